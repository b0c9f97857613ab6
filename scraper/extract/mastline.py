"""The sender's strapline under its logo, over a newsletter's (or a shop's page's) headline.

A mailed newsletter opens with the sender's logo and, under it in small print, what the sender is and where ("books
and coffee since 1998 · Mill Lane, Leeds", "Buchhandlung am Markt · seit 1982"). Where the body found holds that
header cell, the strapline is the first line of the text, before the headline. Its shape, whatever the language:

- it is the body's first line and the next is a heading (h1–h3): it stands over the headline, not in the text;
- an image (the logo) stands before it in the same box;
- it is short (12 words at most), without a link, and set in small print (a ``<small>``, or a font size of its own:
  ``promo.SET_APART_STYLE``) or in a ``<small>``/``<font>`` of its own;
- no score, not a heading, list or quotation.

A cover picture's caption sits in a ``<figure>`` or under the headline; a review's first paragraph is no small print
over the title.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from . import cmsid, sectionslug
from .nodes import text_of, NOT_LINES as _NOT_LINES
from .promo import SET_APART_STYLE
from .rating import has_score
from .words import count_words

RULE = "masthead"
_MAX_WORDS = 12
_HEADINGS = ("h1", "h2", "h3")


def _small(block: HtmlElement, text: str) -> bool:
    for element in block.iter():
        if element.tag == "small" or SET_APART_STYLE.search(element.get("style") or "") and "font-size" in (element.get("style") or ""):
            if len(text_of(element)) >= 0.9 * len(text):
                return True
    return False


def _logo_before(block: HtmlElement) -> bool:
    """An image before the line in its box (a sibling before it, or inside one)."""
    for sibling in block.itersiblings(preceding=True):
        if sibling.tag == "img" or isinstance(sibling.tag, str) and next(sibling.iter("img"), None) is not None:
            return True
    return False


def strapline(block: HtmlElement, following: HtmlElement | None) -> bool:
    """The line is the sender's strapline over the headline (see the module docstring)."""
    if following is None or following.tag not in _HEADINGS or block.tag in _NOT_LINES:
        return False
    text = text_of(block)
    if not text or count_words(text) > _MAX_WORDS or has_score(text) or next(block.iter("a"), None) is not None:
        return False
    return _small(block, text) and _logo_before(block)


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the strapline opening the body over its headline."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    if len(live) >= 2 and strapline(items[live[0]], items[live[1]]):
        drop[live[0]], boxes[live[0]] = RULE, items[live[0]]
    sectionslug.mark(items, drop, boxes)  # the section's label linked over the headline (sectionslug)
    cmsid.mark(items, drop, boxes)  # the news engine's number of the article, at the body's edge (cmsid)
