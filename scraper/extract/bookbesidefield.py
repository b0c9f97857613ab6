"""The book's record in a field beside the review's text: content systems keep a review's parts in sibling fields of
the post's box (Drupal's ``field--name-body`` beside a ``field--name-field-book``, a theme's "About the book" box after
the text), and the body found is the text's field alone, so the record line ("A: T. Publisher, 2026. 312 pages.") is
outside it.

Read only when no book with its author was found otherwise: a block beside the body (a sibling of it or of its boxes,
up to the post's <article>) that is a bibliographic record line (``bookbiblio.from_bibliography``: a year, pages, a
price or an ISBN mark it) and not a link (a "read also" list links other reviews' books), whose author the review's
text names by surname. Several different records beside it (a shelf, other books) give none.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .book import Book, Context
from .bookbiblio import from_bibliography

_BLOCKS = {"p", "div", "li", "dd", "dt", "td", "section", "h2", "h3", "h4", "h5", "h6", "blockquote"}
_CHROME = {"nav", "aside", "footer", "form"}


def _lines(box: HtmlElement) -> list[str]:
    """The text of each innermost block in `box` (its own text when it has no blocks), links' text left out."""
    leaves = [e for e in box.iter() if isinstance(e.tag, str) and e.tag in _BLOCKS
              and not any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in e.iterdescendants())]
    lines = []
    for leaf in leaves or [box]:
        text = " ".join(leaf.text_content().split())
        linked = sum(len(" ".join(a.text_content().split())) for a in leaf.iter("a"))
        if text and len(text) <= 300 and linked < len(text) / 2:
            lines.append(text)
    return lines


def _beside(body: HtmlElement) -> list[HtmlElement]:
    """The body's siblings, and its boxes' siblings up to the post's <article> (one level when there is none)."""
    found, node = [], body
    for _ in range(3):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        found += [s for s in parent if s is not node and isinstance(s.tag, str) and s.tag not in _CHROME]
        if parent.tag == "article" or next(parent.iterancestors("article"), None) is None:
            break
        node = parent
    return found


def beside_record(body: HtmlElement | None, context: Context) -> Book | None:
    """The one record line beside the review's body whose author the text names by surname."""
    if body is None:
        return None
    books = set()
    for box in _beside(body):
        for line in _lines(box):
            found = from_bibliography([line], context)
            if found and found[0] and context.vouches_for(found[1]):
                books.add(found)
    if len(books) != 1:
        return None
    title, author = books.pop()
    return Book(title, author, source="details")
