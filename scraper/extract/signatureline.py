"""A signature after its delimiter in a board's pre-formatted post: the lines after a line of "--" alone.

A bulletin board that keeps a post's plain text (PTT and its kin) prints it as lines in one pre-formatted box: each
line an element of its own (a ``<span>``) or bare text, the line breaks written as newlines rather than ``<br>``.
The writer's signature follows a line that is only the delimiter ("--"), to the post's end: a name, a pointer to the
writer's other place ("<name> | more notes at <address>"). ``others.trim_signature`` reads it in a block of ``<br>``
lines; here the delimiter is the bare text right before a line element, on a line of its own, and every line left
after it in the same box is short (forty words together, five lines at most), the post's text before it long (fifteen
words). The system lines and the readers' pushes after it are other rules' (``sitelines``); a "--" inside a line of
the review ("a pause -- then") is not alone on its line.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from . import editnote
from .nodes import text_of
from .others import DELIMITER, SIGNATURE_WORDS
from .words import count_words

RULE = "signature"


def _text_before(element: HtmlElement) -> str:
    previous = element.getprevious()
    return (previous.tail if previous is not None else element.getparent().text) or ""


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the lines after a delimiter line in a pre-formatted box (module docstring)."""
    editnote.mark(items, drop, boxes)  # (a forum engine's "last edited by … on <date>" under the post: editnote)
    for i, block in enumerate(items):
        parent = block.getparent()
        if parent is None or block.tag not in ("span", "div", "p"):  # (the line after it may be a system line removed)
            continue
        before = _text_before(block)
        lines = [line.strip() for line in before.split("\n")]
        if "\n" not in before or not lines or not DELIMITER.match(next((line for line in reversed(lines) if line), "")):
            continue
        rest = [k for k in range(i, len(items)) if items[k].getparent() is parent and k not in drop and text_of(items[k])]
        words = sum(count_words(text_of(items[k])) for k in rest)
        prior = sum(count_words(text_of(items[k])) for k in range(i) if items[k].getparent() is parent)
        if not rest or len(rest) > 5 or words > SIGNATURE_WORDS or prior < 15:
            continue
        for k in rest:
            drop[k], boxes[k] = RULE, items[k]
        return
