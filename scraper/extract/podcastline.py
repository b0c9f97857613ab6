"""A line plugging a numbered episode of a podcast, set apart by the pictograph it opens on: anywhere in the body.

Between a review's paragraphs or after them, a blogger drops a line sending the reader to the podcast where the book
was talked about: "🎙️ More on this on the podcast: <Show>, episode 62, out now", "🎧 この本については、ポッドキャスト
「…」第18回でも話しています". The wording is the writer's; the shape is the plug's:

- it opens on a pictograph (a symbol character: 🎧, 🎙️, 📻, ▶️), the mark a template or a writer sets before a notice
  and not before a sentence of the review;
- it names a podcast (``houseads._PODCAST``, the word in many languages) and a number that is an episode's: of one
  to three digits (a year is not), and labelling rather than counting, so no word follows it after a space ("episode
  41, out today", "#62 is out", "第7回"), where a count's noun would ("12 chapters", "2 million listeners");
- short (30 words; 90 letters in the scripts written without spaces), no score.

A review's sentence about a podcast opens on its subject; "🎧 The audiobook runs nine hours" names no podcast;
"🎙️ The heroine hosts a true-crime podcast" numbers no episode; "🎧 Podcast score: 4/5" is a score; a review's
sentence about a book on podcasting counts ("📖 This book about podcasting has 12 chapters"), dates ("🎙 In 2019 the
author started a podcast") or names a chapter ("🎧 Chapter 7 is the best: …"), and stays.
"""

from __future__ import annotations

import re
import unicodedata

from .rating import has_score
from .siteaccounts import _short  # (30 words; 90 letters in the scripts written without spaces)

RULE = "podcast plug"
# an episode's number: one to three digits, after "#" or with no word after it past a space (a count's noun)
_EPISODE_NO = re.compile(r"#\s?\d{1,3}(?!\d)|(?<![\d#])\d{1,3}(?![\d.,:/]?\d)(?!\s+[^\W\d_])")


def _pictograph_first(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and unicodedata.category(stripped[0]) == "So"


def podcast_plug(text: str) -> bool:
    """The line opens on a pictograph and plugs a numbered podcast episode (module docstring)."""
    from .houseads import _PODCAST  # (late: houseads asks this module)
    if not _pictograph_first(text) or not _short(text):
        return False
    return bool(_EPISODE_NO.search(text) and _PODCAST.search(text)) and not has_score(text)
