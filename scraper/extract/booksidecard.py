"""A reader's review whose book card stands in the page's sidebar, beside the review ("<aside><h2 class='book-card__title'>
T</h2><p class='book-card__author'>by A</p></aside>"), as review platforms lay out one reader's review of a book.

``bookld.from_card`` leaves a card in the chrome alone (a blog's sidebar may show what its writer is reading now, or a
shelf): here a sidebar's one card is the reviewed book only when the page's own title (``<title>``, og:title) or its
h1 names the card's title whole. A sidebar with several cards (a shelf, related books) gives none.
"""

from __future__ import annotations

import copy
import re

from lxml.html import HtmlElement

from .book import Book
from .bookld import from_card

# the page's side column: an <aside>, or a box its class calls a sidebar
_SIDE = re.compile(r"(?:^|[\s_-])(?:sidebar|side-?col(?:umn)?|aside)(?:$|[\s_-])", re.I)
_BY_WORD = re.compile(r"^(?:by|de|von|di|par|por|door|av|od|от|від|автор[:\s])\s*", re.I)


def _sides(tree: HtmlElement) -> list[HtmlElement]:
    found = [e for e in tree.iter("aside")] + [e for e in tree.iter("div", "section") if "side" in (e.get("class") or "").lower() and _SIDE.search(e.get("class"))]
    return [e for e in found if not any(a in found for a in e.iterancestors())]


def _named(title: str, texts: list[str]) -> bool:
    words = re.compile(rf"(?<!\w){re.escape(title.casefold())}(?!\w)")
    return any(words.search(" ".join(t.split()).casefold()) for t in texts)


def side_card(tree: HtmlElement, titles: list[str]) -> Book | None:
    """The one book card in the page's sidebars whose title the page's own titles (`titles`: <title>, og:title) or its
    h1 name whole: the book a reader's review beside it is about."""
    books = []
    for side in _sides(tree):
        if "book" not in " ".join(e.get("class") or "" for e in side.iter()).lower():
            continue  # (most sidebars hold no book's card)
        box = copy.deepcopy(side)  # read as a page of its own: its own box is no chrome there
        box.tag = "div"
        box.attrib.pop("class", None)
        book = from_card(box)
        if book is not None:
            books.append(book)
    if len(books) != 1 or not books[0].title or not books[0].author:
        return None
    book = books[0]
    author = _BY_WORD.sub("", book.author).strip()
    heads = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    if not author or not _named(book.title, titles + heads):
        return None
    return Book(book.title, author, source="details")
