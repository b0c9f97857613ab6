"""A shop's product page that credits the book's author on the line right above its title: Shopify's themes set the
product's vendor (a bookshop fills it with the author) as a small caption over the h1 ("Lloyd Jones" over "Mister
Pip"), and so do many shop themes of other engines.

Read only on a product page (``bookproducthead.product_heading``: its one h1 in a box with a button and a price): the
element just before the h1 (or before the h1's own box, two levels up at most) holds a name alone, not a house
(``bookboxhouse.is_house``: "Penguin Books" is the vendor of a publisher's shop) nor a person addressed by a title
("Mr Watts"), and a paragraph of the page names the name's surname again (the description, a staff pick's "Jones
writes …"): a brand or a category over the title is no author.

Read last, on a review's page only (``vendored``, from ``pagebook.finish_book``): the caption is the shop's credit, so
it replaces the author a rule read from the prose when the titles agree, and gives one to a title read without. A
person the prose addresses by a title of address ("Mr Watts", bookaddressed) is a character, never the author: without
a caption to replace them, the book goes (a wrong book is worse than none). The page's kind is left as the rules before
read it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import BY_RECORD, Book, is_name
from .bookaddressed import addressed
from .bookboxhouse import is_house
from .bookproducthead import h1s, product_heading
from .nodes import shown_text


def vendor_line(tree) -> tuple[str, str] | None:
    """(title, author) of a product page whose h1 has the author's name alone on the line above it."""
    heading = product_heading(tree)
    if not heading:
        return None
    root = tree.getroottree().getroot()
    heads = h1s(root)  # (none left once the cleaning took the product's box: the heading is the page's, read before)
    if len(heads) != 1:
        return None
    element = heads[0]
    for _ in range(3):
        before = element.getprevious()
        while before is not None and not (isinstance(before.tag, str) and (shown_text(before) or "").strip()):
            before = before.getprevious()  # (an image, a comment, an empty box between them)
        if before is not None:
            name = " ".join(shown_text(before).split())
            if 2 <= len(name.split()) <= 4 and is_name(name) and not is_house(name) and not addressed(name) \
                    and name != heading and _named_in_prose(root, before, name):
                return heading, name
            return None
        element = element.getparent()
        if element is None:
            return None
    return None


def _named_in_prose(root, caption, name: str) -> bool:
    """The name's surname in a paragraph of the page other than the caption (a heading or a title repeating it is no
    vouching: a category's caption is the page's section name too), said apart from the whole name: a writer is
    called by the surname ("Jones writes"), a brand is said whole ("Lonely Planet's guide", "from Dorling Kindersley")."""
    surname = name.split()[-1]
    return any(p is not caption and surname in " ".join(p.text_content().split()).replace(name, " ") for p in root.iter("p"))


def vendored(book: Book | None, tree) -> Book | None:
    """The book with the vendor caption's author (the titles agreeing), or without an addressed person as its author."""
    found = vendor_line(tree) if tree is not None else None
    if found and (book is None or book.title.casefold() == found[0].casefold()):
        return replace(book, author=found[1]) if book else Book(found[0], found[1], source="details")
    return None if book and book.author and addressed(book.author) and not _credited(book, tree) else book


def _credited(book: Book, tree) -> bool:
    """The page credits the addressed name as the book's writer: the title, then a by-word and the name ("North and
    South by Mrs Gaskell", "Gitanjali by Mr. Tagore": older-style credits, and pen names such as "Miss Read"); a
    character is only talked about ("Mr Harlan's only book")."""
    text = " ".join((tree.getroottree().getroot().text_content() if tree is not None else "").split())
    return bool(re.search(rf"{re.escape(book.title)}\W{{0,3}}\s+{BY_RECORD}\s+{re.escape(book.author)}(?!\w)", text, re.I))
