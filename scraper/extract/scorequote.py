"""A quotation box closing the post right after the review's score line: the theme's aside, not the book's words.

A review quotes its book between its paragraphs, before its verdict; once the score is given ("Rating: 8/10") the
review has ended, and a blockquote right after it is the blog's own box set as a quote (a plea, a notice): ``pleas``
reads it as it reads the other closing lines.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .rating import has_score


def after_score(block: HtmlElement) -> bool:
    """A blockquote whose previous element, with no text between, is a short line holding the review's score."""
    previous = block.getprevious()
    if block.tag != "blockquote" or previous is None or not isinstance(previous.tag, str) or (previous.tail or "").strip():
        return False
    text = text_of(previous)
    return len(text.split()) <= 12 and has_score(text) and not _quotation(block)


# a quotation's marks at its opening ("“…”", "«…»", "„…“", "「…」") and its attribution ("— Author, p. 12")
_OPENS_QUOTED = re.compile(r"^\W{0,3}?[\"“”„«»‹›「『〝]")
_ATTRIBUTION = re.compile(r"(?:^|\n)\s*[—―–-]\s*\w")


def _quotation(block: HtmlElement) -> bool:
    """The box is the book's words quoted, as a review sets its favourite line after the verdict: it opens on a
    quotation mark, or carries its attribution (a ``cite`` or ``footer``, a last line opening on a dash). The blog's
    own box set as a quote holds neither (rev-bpworld)."""
    if any(isinstance(e.tag, str) and e.tag in ("cite", "footer") for e in block.iter()):
        return True
    text = text_of(block).strip()
    last = text.splitlines()[-1] if text else ""
    return bool(_OPENS_QUOTED.match(text) or _ATTRIBUTION.match(last))
