"""A newsletter laid out in sections, one of them the review: the sections after the review's are not the review.

A bookshop's or a library's letter sets its month in boxes, each opened by a heading of one level: the book of the
month, then the readings with their dates and times, the opening hours, a coupon box. The review is the box that holds
the heading naming the book (the headline's shapes, or a column's label before them: ``bookheadinglabel``); the boxes
that follow it, from the first one opened by a heading of the book heading's level or higher, are the letter's other
topics and go, and so do the letter's greeting paragraphs just before the review's box (back to its headline).

Only where all of this holds (a blog review with its own subheadings keeps them all):
- the page is a mail's, laid out in tables (``layout``: every row one cell holding blocks) around the heading;
- the book heading sits in a box of its own (the largest element around it holding no other heading of its level or
  higher) with at least two paragraphs: a review whose sections run as flat siblings is not cut;
- the cut boxes, taken together, hold less text than the review's box.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .book import Context
from .bookheadline import from_title
from .bookheadinglabel import labelled_heading
from .layout import page_cells

_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _book_heading(body: HtmlElement) -> HtmlElement | None:
    """The first h2–h4 in the body that names a book with an author the text vouches for."""
    context = Context(_text(body))
    for heading in body.iter("h2", "h3", "h4"):
        words = _text(heading)
        found = from_title(words, context) or labelled_heading(words, context)
        if found and found.author:
            return heading
    return None


def _opens_section(element: HtmlElement, level: int) -> bool:
    """The element is, or holds, a heading of `level` or higher."""
    return any(isinstance(e.tag, str) and _LEVELS.get(e.tag, 9) <= level for e in element.iter())


def cut_after_review_section(body: HtmlElement, report) -> int:
    """Drop the newsletter's sections after the review's own box; how many elements went."""
    # (no table in or around the body: no mail layout, and the book heading, a title read for each heading of the
    # whole body's text, ~0.15 ms a page, is not asked)
    if next(body.iter("table"), None) is None and next(body.iterancestors("table"), None) is None:
        return 0
    heading = _book_heading(body)
    if heading is None or not any(page_cells(t) is not None for t in heading.iterancestors("table")):
        return 0
    level = _LEVELS[heading.tag]
    box = heading
    while box is not body:
        parent = box.getparent()
        if parent is None or any(e is not heading and isinstance(e.tag, str) and _LEVELS.get(e.tag, 9) <= level
                                 for e in parent.iter()):
            break
        box = parent
    if box is heading or box is body or len(box.xpath(".//p")) < 2:
        return 0
    following = [s for s in box.itersiblings() if isinstance(s.tag, str)]
    start = next((i for i, s in enumerate(following) if _opens_section(s, level)), None)
    if start is None:
        return 0
    cut = following[start:]
    if sum(len(_text(s)) for s in cut) >= len(_text(box)):
        return 0
    # the letter's greeting: its paragraphs just before the review's box, back to its headline
    for before in box.itersiblings(preceding=True):
        if not isinstance(before.tag, str) or before.tag != "p" or _opens_section(before, 6):
            break
        cut.append(before)
    for element in cut:
        report.add("mail section", element)
        element.drop_tree()
    return len(cut)
