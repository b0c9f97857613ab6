"""A review whose book the text names but once: the post's headline opens on that book's title, set off.

A headline that opens on a title in quotation or title marks («T».. …, „T“ – …, 『T』…), or whose last clause, after
its separator, ends on one ("The tree in the garden; a second look at «T»", "Salt and silence: on „T“"), names its
subject; when
the book the text names is that title, the headline asks no question and the text calls its book "the book", "the
novel" (reviewed.work_clues), one mention in the text is no passing one. A comparison with a film ("Os Maias, from
book to screen") sets nothing off; a request for read-alikes ("After 《T》, what next?") asks.
"""

from __future__ import annotations

import re

from .reviewed import _ASKING, _VOICE, _clues

# a title that opens on a title set off in quotation or title marks: «T».. …, „T“ – …, 『T』…, and in the single marks
# that British English, Bengali and Hindi papers set titles in, ‘T’: …, or French ‹T›, Korean 〈T〉
_OPENS_SET_OFF = re.compile(r"^\W{0,2}?[«“„\"『《「‘‹〈]([^»”“\"』》」’›〉\n]{2,80})[»”“\"』》」’›〉]")
# ... or whose last clause, after the headline's separator (";", ":", "؛", a dash, a bar), ends on one: a kicker that
# names the piece's subject ("…; a second look at «T»", "…: über „T“")
_CLOSES_SET_OFF = re.compile(r"(?:[;:؛|]|\s[—–-])\s*[^;:؛|«“„\"『《「‘‹〈»”』》」’›〉]{0,50}"
                             r"[«“„\"『《「‘‹〈]([^»”“\"』》」’›〉\n]{2,80})[»”“\"』》」’›〉]\W{0,2}$")


def headline_work(ev) -> bool:
    """The post's title opens on the book's title set off, asks no question, and the text calls its book "the book",
    "the novel": the headline's subject, a review whose book the text names but once (a mention in passing is not in
    the headline; a comparison with a film or a request for read-alikes asks or names the other medium)."""
    found = _OPENS_SET_OFF.match(ev.title or "") or _CLOSES_SET_OFF.search(ev.title or "")
    if not (found and ev.book_title and found.group(1).strip().casefold() == ev.book_title.strip().casefold()) \
            or _ASKING.search(ev.title):
        return False
    return any(clue.startswith(_VOICE[0]) for clue in _clues(ev))
