"""A name opening a record line, "A, T. City, House" (or after the line's one-word label, "Record: A, T …"): a
citation names the author first and the title right after the comma, in many languages' bibliographies. Such a name
is the writer, however the prose calls the book's publisher or a place; a name inside a sentence before a comma and
the title ("as Ana Ruiz said, T …") is not at the record's front and counts for nothing here (bookrescueauthor). The title may stand in its quotation
marks, as a review's opening line cites the book in the languages that quote titles ("A, «T» — a trilogy …",
"A, „T“ …"): the name opening the line itself, no label before it (a label may say whose the name is: "Translation: A,
«T»")."""

from __future__ import annotations

import re

# (nothing before the name but the line's label: one word and its colon)
_FRONT = re.compile(r"\s*(?:[^\W\d_]+\s*[:：]\s*)?")
# a title's quotation marks, opening and closing
_MARKS = (("«", "»"), ("“", "”"), ("„", "“"), ("„", "”"), ('"', '"'), ("‘", "’"), ("»", "«"))


def record_front(line: str, start: int, end: int, title: str) -> bool:
    """The name at `line[start:end]` opens the line (after a one-word label) and the title follows its comma."""
    if not title or not _FRONT.fullmatch(line, 0, start):
        return False
    if line.startswith(f", {title}", end):
        return True
    return not line[:start].strip() and any(line.startswith(f", {a}{title}{b}", end) for a, b in _MARKS)
