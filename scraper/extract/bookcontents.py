"""A post's own table of contents set before its prose: a list whose items are the post's own headings, word for word
("In this issue: 1. The book, briefly 2. The sisters …" over "<h2>The book, briefly</h2> … <h2>The sisters</h2>"),
with the short label above it in the same box ("In this issue", "Contents", "Inhalt", "Índice").

Newsletters (Substack, Ghost, Buttondown) and long reviews open on such a box; its items are links into the post, no
prose, and they fill the opening paragraphs where a review names its book (``bookopening.marked_paragraphs``). A list is
the post's contents only where every item (two at least) is the text of a heading of the same body: a list of books or
of reasons is no heading's words. The label is the box's only other block, four words at most.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_HEADINGS = ".//h2 | .//h3 | .//h4 | .//h5 | .//h6"


def _said(el: HtmlElement) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip().strip(".:·").casefold()


def _cites(el: HtmlElement) -> bool:
    """`el` sets off a title inside it: an italic or cited run, or quotation marks."""
    return bool(el.xpath(".//em | .//i | .//cite | .//q")) or bool(re.search(r"[“”«»„\"]", el.text_content()))


def contents_blocks(body: HtmlElement) -> set:
    """The items of the body's contents lists and their boxes' labels (elements of ``body``)."""
    headings = {_said(h) for h in body.xpath(_HEADINGS)}
    if len(headings) < 2:
        return set()
    out = set()
    for listing in body.xpath(".//ol | .//ul"):
        items = listing.xpath("./li")
        if len(items) < 2 or not all(_said(li) in headings for li in items):
            continue
        out.update(items)
        box = listing.getparent()
        others = [el for el in box if el is not listing] if box is not None else []
        # (the box's label: its one other block, a few words, before the list, setting off no title in italics or
        # quotes: "<em>T</em> by A" over the list names the book, no label)
        if len(others) == 1 and others[0].getnext() is listing and len(others[0].text_content().split()) <= 4 \
                and not _cites(others[0]):
            out.add(others[0])
    return out
