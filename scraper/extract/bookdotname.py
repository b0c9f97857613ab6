"""A headline "Author. Title": the author's name, a full stop, the title (Baltic, Slavic, Romance and Nordic papers).

Papers head a review with the book's author and title parted by a full stop ("Ilze Ozola. Vējainā vasara", "Anna
Nowak. Cichy dom", "Jean Dupont. La maison vide"), and two authors who share a family name are written once, the
given names joined ("Reinis un Matīss …", "Arkadij i Boris …", "Anne et Paul …"): ``book.is_name`` reads neither
(the joined given names have no surname of their own), so ``bookheadline.from_title`` leaves the headline unread.

Read here only where the shape is whole and the rest says "title": the left part is a person's name (or two given
names joined by each language's "and" before one family name), the right part is a short, capitalised phrase that is
no name, with no further full stop (a sentence of its own would be the paper's remark, not a title) and no question or
exclamation; a single author must be vouched for by the text (``Context.vouches_for``: its surname recurs, the blog
and its writer excepted), the joined pair, a shape no headline phrase takes, by its shape. A headline whose right part
is a name ("Anna Nowak. Jan Kowalski": two people) or that ends on a stop stays unread.
"""

from __future__ import annotations

import re

from .book import QUOTES, Book, Context, clean_title, is_name

# "and" between two given names, in the languages whose papers write the headline so
_AND = frozenset(
    "and und et y e en och og i un ir ja és a и і та й kai και ve dan na si și in".split()
)
_PARTICLES = frozenset("de da del della di du van von der den zu af ten ter y bin ibn ben al le la".split())
_CHEAP = re.compile(r"^[^\W\d_][^.!?]{1,60}?[^\W\d_]\.\s+[^\W\d_\s]")  # a word, a stop, a capital: tested first


def _joined(name: str) -> bool:
    """Two given names joined by an "and" before one family name: "Reinis un Matīss Kaudzītes"."""
    words = name.split()
    return (
        len(words) in (4, 5)
        and words[1].lower() in _AND
        and words[0][:1].isupper()
        and words[0].isalpha()
        and is_name(" ".join(words[2:]))
    )


def dotted_name(title: str | None, context: Context | None) -> Book | None:
    """(title, author) of a headline "Author. Title" (module docstring), or None."""
    if not title or context is None or len(title) > 160 or ". " not in title or not _CHEAP.match(title):
        return None
    title = title.strip()
    if title[-1:] in ".!?…" or title.count(". ") != 1:
        return None
    left, right = (p.strip(QUOTES + " ") for p in title.split(". ", 1))
    words = right.split()
    # (a name's every word opens in a capital: ``is_name``'s letter ranges let "Ezera ļaudis" pass)
    named = is_name(right) and all(w[:1].isupper() or w in _PARTICLES for w in words)
    if not (0 < len(words) <= 8 and right[:1].isupper()) or named or re.search(r"\d{3}|[!?]", right):
        return None
    if _joined(left):
        author = left
    elif is_name(left) and context.vouches_for(left):
        author = left
    else:
        return None
    name = clean_title(right)
    return Book(name, author, source="title") if name else None
