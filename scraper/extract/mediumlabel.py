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
    r"^\s*(?:(?P<word>video|v[íi]deo|vid[ée]o|wideo|видео|відео|vlog|booktube|podcast|podkast|подкаст)|"
    r"(?:episode|[ée]pisode|episodio|epis[óo]dio|folge|odcinek|aflevering|afl\.|ep\.?|эпизод|выпуск)\s*#?\d{1,4})"
    r"\s*(?::|\s[|–—-])\s*(?=\S)",
    re.I,
)
# a bare medium's word is a book's own head as well ("Video: The Reflexive Medium", "Podcast: A History"): read as the
# label only on a page that plays the medium (an embedded player, a video or audio element, a video's Open Graph
# kind, a podcast's episode), read before the cleaning drops them; an episode's word and its number label alone
_PLAYS = ("//iframe[@src] | //video | //audio | //embed | //lite-youtube | //lite-vimeo"
          " | //meta[starts-with(@property, 'og:video')] | //meta[@property='og:type'][starts-with(@content, 'video')]")


def plays_media(tree) -> bool:
    """The page embeds a player or declares a video (see _PLAYS)."""
    return bool(tree.xpath(_PLAYS))


def unlabelled(book, plays: bool = True):
    """The book read from the headline, its title without the medium's label that opens it (module doc); `plays`:
    the page plays a video or audio (plays_media), else a bare medium's word stays the title's."""
    if book is None or book.source != "title" or not book.title:
        return book
    found = _LABEL.match(book.title)
    if found and found.group("word") and not plays:
        return book
    return replace(book, title=book.title[found.end():].strip()) if found else book
