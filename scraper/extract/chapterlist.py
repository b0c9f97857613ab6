"""An episode's chapter list under its show notes: the times a podcast or a video player jumps to, not the review.

A podcast's or a channel's episode page closes its written notes with the chapters of the recording, one list item
each, opened by its time ("00:00 Intro", "06:40 What is the question?", "1:02:15 Listener mail"). The players that
read such lists (YouTube's chapters, Podcasting 2.0 and the hosts' show notes) ask them to start at zero, and the times
run forward: that shape, not the items' words, tells it from a review's own list, in any language. A clock-time
programme ("09:30 Doors open, 10:00 Reading") does not start at zero; a list that does but stands before more of the
review's prose is the review's own (an audiobook reviewed part by part) and stays. Its label ("Chapters",
"Kapitel", "Capítulos", "Timestamps") goes with it by boilerplate's label rule. Only a list of short items (a chapter's
name, not a part's comment) under such a label, or on a page that plays the recording, is read so: a readalong's
programme from midnight ("00:00 Doors open") is neither.
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


# the list's label: chapters, timestamps (en de fr es pt it nl sv da/nb pl cs ru uk tr zh ja ko)
_LABEL = re.compile(
    r"^\W{0,3}(?:chapters|chapter\s+markers|time\s*stamps|kapitel(?:marken)?|zeitstempel|zeitmarken|chapitres|"
    r"horodatages?|cap[ií]tulos|marcas\s+de\s+tiempo|minutagem|capitoli|minutaggio|hoofdstukken|tijdstempels|"
    r"kapitler|tidsstämplar|tidsstempler|rozdziały|znaczniki\s+czasu|kapitoly|časové\s+značky|главы|таймкоды|"
    r"тайм-коды|розділи|таймкоди|bölümler|zaman\s+damgaları|章节|章節|時間軸|チャプター|目次|챕터|타임스탬프)\W{0,3}$",
    re.I)
_SHORT = 12  # (a chapter's name: a few words; a review's part-by-part comment is longer)


def chapter_list(block: HtmlElement, later: list[HtmlElement], before: HtmlElement | None = None,
                 body: HtmlElement | None = None) -> bool:
    """`block` is a list of three or more short chapters from zero, in order, under a chapters' label (`before`, the
    block above it) or on a page that plays (an audio, video or iframe player left in `body`), and none of `later`
    (the blocks after it) is a paragraph of prose (forty words or more)."""
    if block.tag not in ("ul", "ol") or len(block) < 3:
        return False
    texts = [text_of(item) for item in block if item.tag == "li"]
    times = [_seconds(text) for text in texts]
    if len(times) < 3 or times[0] != 0 or None in times or any(b <= a for a, b in zip(times, times[1:])):
        return False
    if any(count_words(text) > _SHORT + 1 for text in texts):
        return False  # (an audiobook reviewed part by part: each item the review's own comment)
    labelled = before is not None and len(label := text_of(before)) < 40 and _LABEL.match(label) is not None
    if not labelled and (body is None or next(body.iter("audio", "video", "iframe"), None) is None):
        return False  # (a programme from midnight, "00:00 Doors open", plays nothing and is labelled no chapters)
    return not any(count_words(text_of(b)) >= 40 for b in later)
