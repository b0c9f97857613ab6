"""A quotation box closing the post right after the review's score line: the theme's aside, not the book's words.

A review quotes its book between its paragraphs, before its verdict; once the score is given ("Rating: 8/10") the
review has ended, and a blockquote right after it is the blog's own box set as a quote (a plea, a notice): ``pleas``
reads it as it reads the other closing lines.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .nodes import text_of
from .rating import has_score


def after_score(block: HtmlElement) -> bool:
    """A blockquote whose previous element, with no text between, is a short line holding the review's score."""
    previous = block.getprevious()
    if block.tag != "blockquote" or previous is None or not isinstance(previous.tag, str) or (previous.tail or "").strip():
        return False
    text = text_of(previous)
    return len(text.split()) <= 12 and has_score(text)
