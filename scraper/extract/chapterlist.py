"""An episode's chapter list under its show notes: the times a podcast or a video player jumps to, not the review.

A podcast's or a channel's episode page closes its written notes with the chapters of the recording, one list item
each, opened by its time ("00:00 Intro", "06:40 What is the question?", "1:02:15 Listener mail"). The players that
read such lists (YouTube's chapters, Podcasting 2.0 and the hosts' show notes) ask them to start at zero, and the times
run forward: that shape, not the items' words, tells it from a review's own list, in any language. A clock-time
programme ("09:30 Doors open, 10:00 Reading") does not start at zero; a list that does but stands before more of the
review's prose is the review's own (an audiobook reviewed part by part) and stays. Its label ("Chapters",
"Kapitel", "Capítulos", "Timestamps") goes with it by boilerplate's label rule.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

RULE = "episode chapters"
# a time at the item's start, after a bullet or a bracket at most: [h:]mm:ss
_TIME = re.compile(r"^\W{0,3}(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)(?![\d:])")


def _seconds(text: str) -> int | None:
    found = _TIME.match(text)
    if found is None:
        return None
    hours, minutes, seconds = found.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)


def chapter_list(block: HtmlElement, later: list[HtmlElement]) -> bool:
    """`block` is a list of three or more chapters from zero, in order, and none of `later` (the blocks after it) is
    a paragraph of prose (forty words or more)."""
    if block.tag not in ("ul", "ol") or len(block) < 3:
        return False
    times = [_seconds(text_of(item)) for item in block if item.tag == "li"]
    if len(times) < 3 or times[0] != 0 or None in times or any(b <= a for a, b in zip(times, times[1:])):
        return False
    return not any(count_words(text_of(b)) >= 40 for b in later)
