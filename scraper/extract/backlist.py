"""A short post that opens or closes on the record of a book published years before it: no news of the book, its
judgement (detshort5).

A capsule review of 80 to 180 words in a language our voice words do not cover (Armenian, Kinyarwanda, Portuguese
without "I recommend") still heads or signs itself as a reviewer does, with the book's line of record: "T, A (1918),
House", "— A, «T» (1886)", "T, A (House, 2022): a remark". The notices
that are as short and carry the same line (a publisher's announcement, a cover reveal, a pre-order, an excerpt of a
new book) are news: the book they cite is this year's or next (reviewed._record_after reads a record dated after the
post as a forthcoming book's). A record dated two years or more before the post's own date cites a book that is no
news, and a short post that cites it and names it again in its prose (a word of the record's author or title, bare or
with a case ending: "Րաֆֆու", "Mukasonga") is about that book: the two marks of one work reviewed.voiced_marks asks.

A record line: one of the post's first two or last two lines; the part of it that holds the year (before or after a
remark's colon) is three fields or more split by commas or brackets, sixteen words at most, one field
the year alone, no address on the web, no field a sentence's lower-case words (a page count's "120 pages" opens on
its figure). A label may stand before a closing record, the colophon of the edition read ("Edição lida: A, T, House,
2013, 120 páginas"); an opening record opens its line (a signature's dash before it at most): a label heading the
post ("From our archive: …", "Our December pick: …") says what a notice does with the book (rev-detshort5). A
dash-signed record under a post that opens on a quotation set whole in quotation marks signs that quotation ("quote of
the day"), not the post. An event's notice (a meeting's day and hour)
is judged before this is asked (gatherings, shortmarks). A post whose prose opens on its author's death is an obituary
(backlistnews.py, mend5).
"""

from __future__ import annotations

import re

from .backlistnews import tells_a_death
from .datelines import RECORD_SEPARATORS

CITES_BACKLIST = "cites a book published years before the post"
NAMES_IT_AGAIN = "names its record's author or title again in its prose"

_FIELDS = re.compile(rf"\s*[{RECORD_SEPARATORS}()\[\]]\s*")
_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")
_POSTED = re.compile(r"(1[5-9]\d\d|20\d\d)-")
_TRIM = "*_«»“”„‘’\"'《》「」『』—–-. "
_LOWER = re.compile(r"^[a-zà-öø-ÿα-ωа-яա-ֆ]")  # (a cased script's word of prose; a figure or a caseless script's word is none)
_WORD = re.compile(r"[^\W\d_]{4,}")
_SIGNED = re.compile(r"\s*[—–-]")
# (a line set whole in quotation marks, its closing mark at its end or before a stop: a quotation, not prose)
_QUOTATION = re.compile(r"[“„«\"‘「『][^“”„«»\"「」『』]{8,}[”“»\"’」』][.!?…]?")


def _record_fields(line: str, labelled: bool) -> list[str] | None:
    """The fields of the line's record (the colon's side that holds the year; `labelled`: after a label too), or None
    when it is no record."""
    if "://" in line or len(line.split()) > 30:
        return None
    for part in re.split(r"[:：]\s", line)[:None if labelled else 1]:
        fields = [f.strip(_TRIM) for f in _FIELDS.split(part)]
        fields = [f for f in fields if f]
        if len(fields) >= 3 and len(part.split()) <= 16 and any(_YEAR.fullmatch(f) for f in fields) \
                and not any(_LOWER.match(f) for f in fields):
            return fields
    return None


def backlist_marks(lines, published: str | None) -> tuple[str, ...]:
    """(CITES_BACKLIST, NAMES_IT_AGAIN) when one of the post's first two or last two lines is the record of a book dated
    two years or more before the post and its prose names a word of that record again; () otherwise."""
    posted = _POSTED.match(published or "")
    lines = [line for line in lines if line.strip()]
    if not posted or len(lines) < 2:
        return ()
    for at in {0, 1, len(lines) - 2, len(lines) - 1}:
        fields = _record_fields(lines[at], labelled=at >= len(lines) - 2 and at > 1)
        if not fields or _SIGNED.match(lines[at]) and _QUOTATION.fullmatch(lines[0].strip()):
            continue  # (no record, or the signature of the quotation the post opens on)
        year = max(int(f) for f in fields if _YEAR.fullmatch(f))
        if year > int(posted.group(1)) - 2:
            continue
        prose = "\n".join(line for n, line in enumerate(lines) if n != at)
        words = [word for f in fields if not _YEAR.fullmatch(f) for word in _WORD.findall(f)]
        if any(_again(word, prose) for word in words):
            if tells_a_death(prose, lambda sentence: any(_again(word, sentence) for word in words)):
                return ()  # (an obituary: the record is the life's work; backlistnews.py)
            return (CITES_BACKLIST, NAMES_IT_AGAIN)
    return ()


def _again(word: str, prose: str) -> bool:
    """The prose names the record's word (four letters or more, not lower-case) again, bare or its stem with an ending
    of up to three letters (the word's last letter taken off when it has five or more: a case ending replaces it)."""
    if word[:1].islower():
        return False
    stem = word[:-1] if len(word) >= 5 else word
    return re.search(rf"(?<!\w){re.escape(stem)}\w{{0,3}}(?!\w)", prose) is not None
