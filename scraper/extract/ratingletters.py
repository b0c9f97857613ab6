"""A score drawn as a run of one letter, a magazine's own scale ("T", "TT", "TTT" for how much its critics liked a book),
valued by the scale's legend printed on the same page.

A rating widget (an element classed as a rating, rating.ratingblocks._RATING_WIDGET) whose whole text is one letter
written once or repeated (at most five times) says nothing by itself: "TT" is two of how many? A magazine that scores
so prints its scale somewhere on the page (a sidebar's key, a footer's "our scale"): the runs of that letter from one
to the top, each standing alone as a word, side by side in one element ("T we like it a little · TT we like it a lot ·
TTT we love it"). The run's length over the legend's top is the score. No legend, no score: a lone "B" or "AA" in a
classed span may be a grade or a code. A reader's "TTT!" in a comment is one length, no legend.
"""

from __future__ import annotations

import re

from .rating import Rating
from .ratingblocks import RATING_WIDGET

_TOP = 5  # the longest run a scale of letters is read with
_RUN = re.compile(rf"([^\W\d_])\1{{0,{_TOP - 1}}}")
_LEGEND_CHARS = 600  # a legend is short: a key of a few steps, not an article


def letter_rating(body, page) -> Rating | None:
    """The score of a letter-run widget in the post `body` (lxml, before cleaning), valued by the legend of that letter's
    runs found in `page` (the document the body is in); else None."""
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        classes = (element.get("class") or "").lower()
        if not classes or not RATING_WIDGET.search(classes):
            continue
        text = element.text_content().strip()
        run = _RUN.fullmatch(text) if 0 < len(text) <= _TOP else None
        if run is None:
            continue
        top = _legend_top(page, run.group(1), element)
        if top and len(text) <= top:
            return Rating(text, round(len(text) / top, 3))
    return None


def _legend_top(page, letter: str, widget) -> int | None:
    """The top of the scale a legend in `page` gives for runs of `letter` (each run from one up to it, standing alone as
    words in one short element, the `widget` itself and what holds it excluded), or None."""
    words = re.compile(rf"(?<![^\W\d_]){re.escape(letter)}+(?![^\W\d_])")  # (case as written: "T", not "t")
    holders = set(widget.iterancestors())
    for element in page.iter():
        if not isinstance(element.tag, str) or element is widget or element in holders:
            continue
        text = element.text_content()
        if len(text) > _LEGEND_CHARS or letter * 2 not in text:
            continue
        lengths = {len(m.group(0)) for m in words.finditer(text)}
        top = max(lengths, default=0)
        if 2 <= top <= _TOP and lengths == set(range(1, top + 1)):
            return top
    return None
