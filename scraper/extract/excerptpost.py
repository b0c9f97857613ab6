"""A post that prints a book's pages ahead of it (wldetect s34): its headline offers an excerpt where a headline puts
its label, among the first words or right after its colon ("Read an extract: T", "Excerpt: T by A", "Preview: a
fragment of «T»"), and the post gives no verdict of its own. The page names the book and its author as a review does,
and most of its text is the book's own voice (a chapter under its heading, a passage in a quotation block); a review
that quotes a passage still rates it, says so in its headline, or is filed as one. A word for a fragment deeper in a
headline's own words ("T review: the fragments of a life") is the post's phrase, no label.
"""

from __future__ import annotations

import re

from .announce import EXTRACT

_EXTRACT = re.compile(rf"(?<!\w)(?:{EXTRACT})(?!\w)", re.I)
_SPLIT = re.compile(r"\s*[:：|]\s+|\s+[–—-]\s+")


def offers_excerpt(headline: str) -> bool:
    """The headline's label holds an excerpt word: in its first four words, or in the first four after its colon."""
    parts = _SPLIT.split(headline.strip(), maxsplit=1)
    return any(_EXTRACT.search(" ".join(part.split()[:4])) for part in parts)


def judge(ev, own_rating: bool, review_marked: bool) -> tuple[str, str] | None:
    """(kind, reason) for an excerpt's post: its headline offers an excerpt, and it gives no verdict of its own."""
    if own_rating or ev.verdict_lines or ev.jsonld_review or review_marked or not offers_excerpt(ev.title or ""):
        return None
    return "announcement", "its headline offers an excerpt of the book and it gives no verdict: an excerpt, not a review"
