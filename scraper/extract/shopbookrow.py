"""A marketplace's product page that sells a book (readerreview's book_page, for a reader's review kept alone).

A general marketplace (electronics beside books) heads every product alike: its h1 ("T - A") sits with the price and
the buy button, and what says the product is a book is a row of its specification list further down, away from the
h1's box, where book_header does not look: the author's label in a cell of its own and the name in the next
("<li><span>Yazar</span><span>A</span></li>", "<tr><th>Autor</th><td>A</td></tr>", "<dt>Author</dt><dd>A</dd>"), or
one "Author: A" line. A product page (reviewbox.shop_page: its h1's small box holds a shop control) with such a row
is a book's page, whose readers' reviews are what it has to say of the book.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .bookinfo import AUTHOR_LABEL

_LABEL = re.compile(rf"^(?:{AUTHOR_LABEL})\s*[:：]?$", re.I)
_LINE = re.compile(rf"^(?:{AUTHOR_LABEL})\s*[:：]\s*\S", re.I)
_MAX_NAME_WORDS = 6


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _named(value: str) -> bool:
    """A person's name as a value: a few words, no figure ("3 books" is a count, not an author)."""
    return 0 < len(value.split()) <= _MAX_NAME_WORDS and not re.search(r"\d", value)


def author_row(tree: HtmlElement) -> bool:
    """The page holds a specification row labelling the book's author: two cells (label, then the name), a dt and
    its dd, or a short "Author: A" line of its own."""
    for row in tree.iter("li", "tr", "div", "p"):
        cells = [c for c in row if isinstance(c.tag, str)]
        if len(cells) == 2 and not (row.text or "").strip() and _LABEL.match(_text(cells[0])) and _named(_text(cells[1])):
            return True
        if not cells and row.tag in ("li", "p", "div") and len(text := _text(row)) <= 80 and _LINE.match(text):
            return True
    for term in tree.iter("dt"):
        value = term.getnext()
        if value is not None and value.tag == "dd" and _LABEL.match(_text(term)) and _named(_text(value)):
            return True
    return False


def book_product(tree: HtmlElement, product_page: bool) -> bool:
    """A product page (its h1's box holds a shop control) whose specification names the book's author."""
    return product_page and author_row(tree)
