"""A figure's caption that sets the book's record author first, in commas: "A, „T“, edition of House", "A, «T»", or "A,
T, House" under a headline that is that title whole.

Albanian, Slavic, Romance and many other desks caption a cover with the author's name, then the title as its own comma
part, then the edition or the house. The title is told by its quote marks, or, unquoted, by the headline that names
it whole (the post's own headline is the book's title); the name before it must be a person the text names again
(``bookcaptionby._person``, passed in as `person`). A caption that is a sentence (the part after the name runs on with no
comma, a bracket or a stop closing it) or one whose name part is a place or a date (no person the text names) is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_QUOTED = r"“(?P<q1>[^“”]{1,80})”|«(?P<q2>[^«»]{1,80})»|„(?P<q3>[^„“”]{1,80})[“”]|\"(?P<q4>[^\"]{1,80})\""
_NAME_FIRST = re.compile(
    rf"^\s*(?P<name>[^,;:()\[\]|—–\"“”«»„‘’\d]{{3,60}}?)\s*,\s+(?:{_QUOTED}|(?P<plain>[^,;:()\[\]|\"“”«»„‘’]{{1,80}}?))"
    r"\s*(?:[,;(]|\.(?:\s|$)|$)")
# after an unquoted title, the part that names its edition or house: words, no figure (a photo credit's place closes
# on its year or date, "Name, Place, 2023", "Name, Place, March 2023")
_HOUSE_AFTER = re.compile(r"\s*,\s*[^\W\d_][^,;()\d]*(?:[,;(]|$)")
# (or its year of publishing in brackets, as a record dates a work: "A, T (1953), new edition", "A, T (first published
# 1953)"; a photo's "A, Place (2019)" names no person the text calls by surname, and a title not the headline's must
# be capitalised as one: ``_TITLED``; the words before the year are a record's, lower-case, "first published", never a
# date's capitalised month or season, "Edinburgh Book Festival (August 2019)": ``_dated``)
_YEAR_AFTER = re.compile(r"\s*\((?:(?P<words>[^()\d]{0,30})\s)?(?:1[5-9]\d\d|20\d\d)\)")


def name_first(captions: list[str], headline: str, person: Callable[[str], bool]) -> tuple[str, str] | None:
    """(title, author) of the one caption "A, «T», …" (or "A, T, …" with T the headline whole) whose A is a `person`."""
    found = set()
    wanted = " ".join(headline.split()).casefold()
    for caption in captions:
        text = " ".join(caption.split())
        match = _NAME_FIRST.match(text) if caption and len(caption) <= 200 else None
        if not match:
            continue
        quoted = next((g for g in match.group("q1", "q2", "q3", "q4") if g), None)
        title = (quoted or "").strip() or (match.group("plain") or "").strip()
        dated = not quoted and _dated(_YEAR_AFTER.match(text, match.end("plain"))) and _titled(title)
        if not quoted and not dated and (not wanted or title.casefold() != wanted
                                         or not _HOUSE_AFTER.match(text, match.end("plain"))):
            continue  # (an unquoted title needs its edition or house after it: a photo's "A, Place, 2023" has a date)
        name = " ".join(match.group("name").split())
        if title and title != name and person(name):
            found.add((title, name))
    return found.pop() if len(found) == 1 else None


def _titled(title: str) -> bool:
    """A title's words as a title opens: its first capitalised, two words or more (a lone word is a place as often)."""
    return len(title.split()) >= 2 and title[:1].isupper()


def _dated(match: re.Match | None) -> bool:
    """A bracketed year dating a work: the year alone, or after lower-case words ("first published 1953"); a capital
    opening the words is a date's month or a season ("August 2019", "Summer 2019"): a photo's, no record's."""
    return bool(match) and not (match.group("words") or "").strip()[:1].isupper()
