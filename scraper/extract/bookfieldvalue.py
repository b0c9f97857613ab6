"""A span set off in a record line as a field's value: "Publisher: “X” · Series: “Y”" (a link, in italics).

A shop's or a catalogue's details line sets its values off as links ("Editore: <a>X</a> · Collana: <a>Y</a>"), which
the marked paragraphs render in quotes as they render a title set off in a review's opening. A span right after a
label of its own ("Word:", "Two words:") is that field's value: a publisher, a series, a place, never the reviewed
book, unless the label is one of a title ("Title: “X”", in our languages). So is a count set off beside a score
("★★★★☆ 4,1 “36 reviews”", the link to a shop's readers' reviews): a number and one word, in a line of stars.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .bookinfo import TITLE_LABEL

_LABEL_BEFORE = re.compile(r"(?:^|[·•|;,]\s*|\s{2,})([^\W\d_][^\W\d_ '’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*){0,2})\s*[:：]\s*[“«\"„]?\s*$")
_COUNT = re.compile(r"^\d[\d.,]*\s*[^\W\d_]+$")
_SCORE = re.compile(r"[★☆⭐]|(?<![\d.,])\d[.,]\d(?![\d.,])")
_TITLE = re.compile(rf"^(?:{TITLE_LABEL})$", re.I)
_OPEN = re.compile(r"[“«\"„]")


def field_value(paragraph: str, span: str) -> bool:
    """`span` is set off in `paragraph` only right after a label that is not a title's ("Editore: “span”"), or is a
    count beside a score."""
    if _COUNT.match(span) and _SCORE.search(paragraph.replace(span, " ")):
        return True  # (a count beside a score)
    seen = False
    for start in _set_off(paragraph, span):
        label = _LABEL_BEFORE.search(paragraph[:start + 1])
        if not label or _TITLE.match(label.group(1).strip()):
            return False
        seen = True
    return seen


def _set_off(paragraph: str, span: str) -> Iterator[int]:
    r"""The starts of ``re.finditer(rf"[“«\"„]\s?{re.escape(span)}", paragraph)``'s matches, without compiling a
    pattern for each span: an opening quote, then one space taken if the span stands after it, else the span right
    after the quote (re's greedy ``\s?`` giving its space back); non-overlapping as finditer."""
    if span not in paragraph:
        return
    pos = 0
    while (quote := _OPEN.search(paragraph, pos)):
        at = quote.end()
        if at < len(paragraph) and paragraph[at].isspace() and paragraph.startswith(span, at + 1):
            yield quote.start()
            pos = at + 1 + len(span)
        elif paragraph.startswith(span, at):
            yield quote.start()
            pos = at + len(span)
        else:
            pos = quote.start() + 1
