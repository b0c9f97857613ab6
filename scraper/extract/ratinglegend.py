"""A rating given as a word of the blog's own scale ("Ocena: bardzo dobra", "Verdict: keeper"), valued by the scale's
legend printed on the same page.

A labelled line whose whole value is a word or two, no figure, says nothing by itself: "bardzo dobra" is which step
of how many? A blog that rates so prints its scale somewhere on the page (a sidebar's key, a footer's "how I rate"):
its steps side by side in one short element, split by one separator ("weak · average · good · very good · superb").
The value's place on that legend, lowest first as a key is read, over the legend's length is the score. No legend, no
score: a verdict word alone is a judgement (the reviewer's own, kept in the body), not a number.
"""

from __future__ import annotations

import re

from .rating import LABEL, Rating

# one separator between a legend's steps: a middle dot, bullet, bar, slash, arrow or semicolon (set apart or not), a
# dash or comma set apart by spaces
_SEP = re.compile(r"\s*[·•|/→›»;]\s*|\s+[–—-]\s+|,\s+")
_STEPS = (3, 10)  # a scale has three steps at least, ten at most
_LEGEND_CHARS = 300  # a legend is short: a key of a few words, not a paragraph
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_VALUE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ -](?=[^\W\d_])){0,30}")  # the value: a word or a few, letters only


def legend_rating(lines: list[str], page) -> Rating | None:
    """The score of a labelled rating line in `lines` (the cleaned body) whose value is a word or two of a scale, read by
    that scale's legend found in `page` (the document, its sidebars kept); else None."""
    for line in lines:
        text = line.strip(" *_")
        label = LABEL.match(text)
        if label is None or not label.group(0).rstrip().endswith((":", "：", "–", "—", "|", "=")):
            continue
        value = text[label.end():].strip(" *_.!")
        if not _VALUE.fullmatch(value) or len(value.split()) > 3:
            continue
        if (place := _legend_place(page, value.casefold())) is not None:
            return Rating(value, round(place[0] / place[1], 3))
    return None


def _legend_place(page, value: str) -> tuple[int, int] | None:
    """The step (from 1) of `value` and the number of steps of a legend in `page` that holds it, or None: a short element
    whose whole text is three to ten distinct steps of a word or three, split by one separator."""
    for element in page.iter():
        if not isinstance(element.tag, str) or len(element):  # (the element holding the steps as its own text)
            continue
        text = (element.text or "").strip()
        if not text or len(text) > _LEGEND_CHARS or value not in text.casefold():
            continue
        seps = {s.strip() or "," for s in _SEP.findall(text)}
        steps = [s.casefold() for s in _SEP.split(text)]
        if len(seps) == 1 and _STEPS[0] <= len(steps) <= _STEPS[1] and len(set(steps)) == len(steps) \
                and all(_VALUE.fullmatch(s) and len(s.split()) <= 3 for s in steps) and value in steps and _titled(element):
            return steps.index(value) + 1, len(steps)
    return None


def _titled(element) -> bool:
    """Whether the element is set under a heading of its own (a widget's "How I rate" over its key): the heading right
    before it or before the box it alone fills, two levels up at most. A menu, a breadcrumb, a line of genres or moods in
    the post, a footer's links stand under none: a run of words split by dots that is no scale."""
    for _ in range(3):
        before = element.getprevious()
        if before is not None:
            return isinstance(before.tag, str) and before.tag in _HEADINGS and not (before.tail or "").strip()
        if (element := element.getparent()) is None or (element.text or "").strip():
            return False
    return False
