"""The post's conditional ask spliced between the review's paragraphs, not after them.

Blog engines and their ad or widget plugins let the blogger put a fixed line in the middle of every post ("▼ If this
post was worth your time, tap the heart below!", "如果觉得这篇文章有用，请点个赞 ↓", "이 글이 도움이 되셨다면 하트
한 번 부탁드려요"). It is the line ``ifhelped.conditional_ask`` reads among the last lines (a condition about the post
itself, an ask of the reader, short, no score, no note of the review), but it stands mid-post, where ``ifhelped`` does
not look. There it is taken only when the page sets it apart from the review's paragraphs:

- it sits alone in a box of its own inside the body (a plugin's or the theme's wrapper: ``promo.own_wrapper``), or
  is typeset as an aside (boxed, shrunk, wholly in italics: ``promo.set_apart``);
- or it opens on a pointing mark (▼ ↓ ⬇ 👇 ☟) that sends the reader to a button below.

It goes alone (the review goes on after it). A reviewer's "if you liked this book, read her first novel" names the
book as what pleased and opens on no condition about the post; a plain paragraph of the review, in the flow of the
others, is never taken.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .ifhelped import conditional_ask
from .nodes import text_of
from .promo import own_wrapper, set_apart

RULE = "spliced plea"
# a mark pointing down to the page's buttons, opening the line
_POINTER = re.compile(r"^\W{0,2}[▼▽↓⇓⬇⤵👇☟]")


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark a conditional ask set apart between the review's paragraphs (see the module docstring)."""
    for i, block in enumerate(items):
        if i in drop or not conditional_ask(block):
            continue
        text = text_of(block)
        if _POINTER.match(text) or own_wrapper(block, body) or set_apart(block, body):
            drop[i] = RULE
            parent = block.getparent()
            boxes[i] = parent if parent is not None and parent is not body and own_wrapper(block, body) else block
