"""The writer's name alone over the text: a magazine's byline, known by the writer's bio the cleaning removed.

A magazine sets its writer's name on a line of its own under the headline ("<p class=…>Ana Lee</p>"), with no label
and no date for the byline rules to read, and closes the article with the writer's bio ("Ana Lee — critic, lives in
Lodz."). The bio goes with the cleaning (a writer's bio, a sign-off); the name it opens with, standing alone on a line
before the text has begun, is the same person's byline, not the review's.

The shape: after the cleaning, a line of the body before any block of twenty words or more whose whole text is the
name that opens a removed bio or sign-off (the part before its dash, comma or colon, four words at most).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

RULE = "byline"
_BIO_RULES = ("writer's bio", "sign-off", "contact bio")
_NAME_END = re.compile(r"\s+[—–-]\s+|[,:：]\s*")
_TEXT_STARTED = 20


def _bio_names(removed: list) -> set[str]:
    names = set()
    for removal in removed:
        if not removal.rule.startswith(_BIO_RULES):
            continue
        parts = _NAME_END.split(removal.text, maxsplit=1)
        if len(parts) == 2 and 1 < count_words(parts[0]) <= 4 and not any(c.isdigit() for c in parts[0]):
            names.add(parts[0].strip())
    return names


def drop_name_bylines(body: HtmlElement, report) -> None:
    """Drop the lines over the text that are only the name a removed bio opens with (module docstring)."""
    names = _bio_names(report.removed)
    if not names:
        return
    for element in list(body.iter("p", "div", "address", "li", "blockquote", "h1", "h2", "h3")):
        if element.find(".//p") is not None or element.find(".//div") is not None:
            continue  # (a box of blocks: its blocks are read one by one)
        text = text_of(element)
        if count_words(text) >= _TEXT_STARTED:
            return  # the text has begun
        if text in names and not any(isinstance(c.tag, str) and text_of(c) and text_of(c) != text for c in element):
            report.add(RULE, element)
            element.drop_tree()
            return
