"""A record line written as bare fragments: "Title: subtitle. Name. Publisher." (boilerplate's lead-in rule).

Newspapers in Iceland, Scandinavia and elsewhere close a review with the book's record in fragments split by full
stops, with no label, year or page count for citedrecord to go by. A short line right before a removed ask is taken
as the ask's lead-in ("Like what you read?"); a record is none. Told by shape: three to five parts, none over eight
words, no question or exclamation, and one part between the first and the last a name of one to four capitalised
words (any word in a script without case) that the review names again elsewhere: its author (a sign-off ends on its
writer's name). The book such a line names is read when no other rule found one (fragment_book).
"""

from __future__ import annotations

import re

from .book import Book

_SPLIT = re.compile(r"(?<=[^\W\d_]{2})\.\s+")


def _name(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() or not w[:1].islower() and w[:1].isalpha() and w[:1].upper() == w[:1].lower() for w in words)


def named_record(text: str, elsewhere: str) -> bool:
    """Whether `text` is a record in bare fragments whose author `elsewhere` (the review's other text) names again."""
    text = " ".join(text.split()).rstrip(" .")
    if not text or "?" in text or "!" in text or len(text) > 200:
        return False
    parts = _SPLIT.split(text)
    if not 3 <= len(parts) <= 5 or any(len(p.split()) > 8 for p in parts):
        return False
    return any(_name(p) and re.search(rf"(?<!\w){re.escape(p)}", elsewhere) for p in parts[1:-1])  # (a sign-off ends on its name)


def fragment_book(book: Book | None, lines: list[str], text: str) -> Book | None:
    """The book a record in bare fragments names, among the review's last three lines, when none was found or the
    one found has no author and the record's title is the same: its first part (a subtitle after a colon left out)
    and the name the review names again."""
    for line in lines[-3:]:
        elsewhere = text.replace(line, " ")
        if not named_record(line, elsewhere):
            continue
        parts = _SPLIT.split(" ".join(line.split()).rstrip(" ."))
        title = parts[0].split(":")[0].strip(" *_\"'„“”«»")
        author = next(p for p in parts[1:-1] if _name(p) and re.search(rf"(?<!\w){re.escape(p)}", elsewhere))
        if title and (book is None or book.title.casefold() == title.casefold()):
            return Book(title=title, author=author, source="record")
    return None
