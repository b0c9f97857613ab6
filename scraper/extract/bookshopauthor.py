"""The book of a shop's product page whose one reader's review was kept alone (readerreview.keep_review): the product's
h1 (bookproducthead.product_heading) is the book's title, and the author is the one the product's record labels
("Автор | Surname I.", "Autor: …", "著者：…": a table row, a definition list, bookbiblio's labelled fields).

Shops give the author as a record does, often by surname and initials ("Surname I.", "I. J. Surname"), while the
page's own prose (the product's description, the review) names the person in full: the initials are given back as that
name where the page writes it once the same way, the given name opening with the initial, beside the surname in the
form the record gives or with a case ending the given name shares (Slavic genitive "Given-a Surname-a": the ending goes
from both). A name the page never writes in full stays as the record gives it.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .book import Book
from .booklabelfields import field_pairs, labelled_fields

# "Surname I.", "Surname I. J.", or "I. Surname", "I. J. Surname" (the record's dots may have been trimmed)
_SURNAME_FIRST = re.compile(r"^(?P<surname>[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?)\s+(?P<initials>[^\W\d_](?:\.\s?[^\W\d_])?\.?)$")
_INITIALS_FIRST = re.compile(r"^(?P<initials>[^\W\d_]\.(?:\s?[^\W\d_]\.)?)\s*(?P<surname>[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?)$")
_ENDING = 3  # letters of a case ending at most
# a hard ending on the surname and the soft one a Russian man's given name takes for it ("Андрея Соболева", "Игорю Соболеву")
_SOFT = {"а": "я", "у": "ю"}
# the endings of a given name in another case than the nominative (Slavic), or that leave it in doubt: not read as written
_OBLIQUE = ("ы", "и", "е", "у", "ю", "y", "ą", "ę", "ě", "e", "i", "u")


def record_author(tree: HtmlElement) -> str | None:
    """The author the page's record labels (a table row, a definition list), read before cleaning."""
    return labelled_fields(field_pairs([], tree))[1]


def full_name(author: str, text: str) -> str:
    """The author's initials given back as the name the page writes in full (see the module's docstring)."""
    found = _SURNAME_FIRST.match(author) or _INITIALS_FIRST.match(author)
    if not found:
        return author
    surname, initial = found.group("surname"), found.group("initials")[0]
    if not initial.isupper() or len(surname) < 3:
        return author
    names = set()
    pattern = rf"(?<!\w)({re.escape(initial)}[^\W\d_]+)\s+({re.escape(surname)}[^\W\d_]{{0,{_ENDING}}})(?!\w)"
    for given, form in re.findall(pattern, text):
        ending = form[len(surname):]
        if not ending:  # (a given name declined beside a surname that is not is no nominative: "Anny Nowak", "Анне Соболь")
            names.add(given if not given.endswith(_OBLIQUE) else None)
        elif given.endswith(ending) and len(given) - len(ending) >= 3:
            names.add(given[:-len(ending)])
        elif ending in _SOFT and given.endswith(_SOFT[ending]) and len(given) >= 5:  # "Андрея" by "-ова": Андрей, Игоря: Игорь
            stem = given[:-len(_SOFT[ending])]
            names.add(stem + ("й" if stem[-1] in "аеиоуэюяё" else "ь"))
        else:
            names.add(None)
    names.discard(None)  # (an occurrence that cannot be read tells nothing)
    return f"{names.pop()} {surname}" if len(names) == 1 else author


def shop_book(heading: str | None, tree: HtmlElement) -> Book | None:
    """The product's h1 as the title, by the record's author named in full where the page does (its text nodes
    kept apart: a record's label and value, "Автор" | "Surname I.", are no name)."""
    author = record_author(tree) if heading else None
    if not heading or not author:
        return None
    return Book(heading, full_name(author, " | ".join(tree.itertext())), source="details")
