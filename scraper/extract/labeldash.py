"""A record line under a book's title label, the title and its author parted by a spaced dash, the imprint after a
comma ("Book: T — A, House", "पुस्तक: T — A, प्रकाशन", "Книга: T – A, Издателство"), as a reviewer closes a short post
on the book read.

The label is ``bookinfo``'s title label ("Book", "Title", "पुस्तक", "বই" …): a label of its own says the line is the
book's record, not the post's words. The part after the dash is a name of two to four words, capitalised as names are
or written in a script without case, with no figure in it; and the post's other text names that person again by
family name (``fragmentrecord.surname_again``; a caseless name by the word its family name opens, a case ending glued
on). A labelled title alone ("Book: T"), a dash inside a sentence ("Book: a story — told by the river") or a house
the text never names as a person ("Book: T — Mauj Press") is no such record.

Read by ``booklabelfields.labelled_fields`` (the house after the comma is no author), by
``fragmentrecord.fragment_book`` among the post's last lines, by ``closing_record`` (a book so read from one of the
post's last three lines is its record, as fragmentrecord's closing records are: the book of a short post), and by
``leadin.never_lead_in`` (the line is the review's, whatever ask follows it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bookinfo import TITLE_LABEL, label_of

_TITLE = re.compile(rf"(?:{TITLE_LABEL})", re.I)
# the value: a title, a spaced dash, the author's name, then at most a comma or a bracket and the imprint
_DASH = re.compile(r"^(?P<title>[^—–]{1,90}?)\s+[—–]\s+(?P<author>[^,;—–()\[\]\d.!?]{3,60}?)\s*(?:[,;(\[]\s*[^—–]*)?$")
# a name in a script without case (no Latin, Greek or Cyrillic letters)
_CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def _named(author: str) -> bool:
    words = author.split()
    if not 2 <= len(words) <= 4:
        return False
    if _CASED.search(author):
        return all(w[:1].isupper() for w in words if len(w) > 3) and words[0][:1].isupper() and words[-1][:1].isupper()
    return all(w[:1].isalpha() for w in words)


def dash_record(text: str, elsewhere: str) -> tuple[str, str] | None:
    """(title, author) of "Book: T — A, House" (above), A named again by family name in `elsewhere`; else None."""
    from .fragmentrecord import surname_again, _SCRIPT_WORD  # (late: fragmentrecord reads this module)
    text = " ".join(text.split()).strip(" *_")
    found = label_of(text) if len(text) <= 200 else None
    if not found or not _TITLE.fullmatch(found[0]):
        return None
    match = _DASH.match(found[1].strip(" *_").rstrip(". "))
    if not match:
        return None
    title, author = match.group("title").strip(" *_\"'„“”«»"), match.group("author").strip(" *_")
    if not title or len(title.split()) > 12 or not _named(author):
        return None
    surname = author.split()[-1]
    if _CASED.search(author):
        again = surname_again(surname, elsewhere)
    else:  # (a caseless family name opening a word of the text, a case ending perhaps glued on)
        again = len(surname) >= 3 and any(w.startswith(surname) for w in _SCRIPT_WORD.findall(elsewhere))
    return (title, author) if again else None


def closing_record(book, lines: list[str], text: str):
    """`book`, read from a labelled field, as the post's record when one of its last three lines is its dash record."""
    if book is None or book.source != "details" or not book.author:
        return book
    for line in lines[-3:]:
        found = dash_record(line, text.replace(line, " "))
        if found and found[0].casefold() == book.title.casefold() and found[1] == book.author:
            return replace(book, source="record")
    return book
