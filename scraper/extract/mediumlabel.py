"""The medium's label before the book's title in a headline: "Video: T van A", "Podcast – T by A", "Folge 12: T von A".

A booktuber's or a podcast's site heads each post with the form it takes (a video, a vlog, a podcast, a numbered
episode), set apart from the book's line by a colon, a dash or a bar; the headline rules read what follows as "T by A"
and keep the label in the title. The label is the medium's chrome, not the book's title: taken off the title read
from the headline when it opens it, one word (or an episode's word and its number) set apart by the separator, and
something is left. The medium words across our languages (video, vlog, podcast, booktube and the episode words with
a number, as medium.EPISODES and mediumpage read them); a title whose head before its colon is another word stays whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

_LABEL = re.compile(
    r"^\s*(?:video|v[íi]deo|vid[ée]o|wideo|видео|відео|vlog|booktube|podcast|podkast|подкаст|"
    r"(?:episode|[ée]pisode|episodio|epis[óo]dio|folge|odcinek|aflevering|afl\.|ep\.?|эпизод|выпуск)\s*#?\d{1,4})"
    r"\s*(?::|\s[|–—-])\s*(?=\S)",
    re.I,
)


def unlabelled(book):
    """The book read from the headline, its title without the medium's label that opens it (module doc)."""
    if book is None or book.source != "title" or not book.title:
        return book
    found = _LABEL.match(book.title)
    return replace(book, title=book.title[found.end():].strip()) if found else book
