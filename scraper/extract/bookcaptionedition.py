"""A picture's caption that is the book's record with a note on the copy pictured: "T, A, new paperback edition",
"T, A, first edition", "T, A, Taschenbuch". Under a cover, a caption names the book, its author and which copy the
picture shows; read as plain parts, "X, Y, a note" is as often a scene, a person and a remark ("The harbour at dawn,
Ana Reyes, taken last spring"). The note tells it: lower-case words that name an edition (``bookedition``'s edition
words, many languages) or a binding (``bookbinding``'s format words) closing the note, one word before it at most, or an edition's word opening it,
as no scene's remark does ("reading from the new edition", "paperback launch night": ``_copy_note``). The title is
capitalised, ten words at most, and no person the text calls by surname; the name one the text calls by surname
(``Context.person``), as reviews call authors. One such caption only (two name two books).
"""

from __future__ import annotations

import re

from .book import Context, clean_title, is_name
from .bookbinding import FORMAT_WORD
from .bookedition import EDITION_WORD

_PARTS = re.compile(r"\s*[,،，、]\s+")


def _copy_note(note: str) -> bool:
    """`note` names the copy: its edition or binding word closes it, one word before it at most ("new paperback
    edition", "first edition", "pocket"), or an edition's word opens it ("wydanie drugie", "édition de poche"); a
    scene's remark goes on around the word ("reading from the new edition", "signing the paperback", "paperback launch
    night")."""
    ends = [m for rule in (EDITION_WORD, FORMAT_WORD) for m in rule.finditer(note) if not note[m.end():].strip(" .")]
    if any(len(note[:m.start()].split()) <= 1 for m in ends):
        return True
    opening = EDITION_WORD.match(note)
    return bool(opening) and len(note.split()) <= 4


def edition_caption(captioned: list[tuple[str, str]], context: Context) -> tuple[str, str] | None:
    """(title, author) of the one caption "T, A, a note on the edition", else None."""
    found = set()
    for caption, _ in captioned:
        parts = _PARTS.split(" ".join(caption.split()).strip(" .*_"))
        if len(parts) != 3:
            continue
        title, name, note = parts
        if not note[:1].islower() or not _copy_note(note):
            continue
        if title[:1].isupper() and len(title.split()) <= 10 and not (is_name(title) and context.person(title)) \
                and is_name(name) and context.person(name) and name not in context.not_authors:
            found.add((clean_title(title), name))
    return found.pop() if len(found) == 1 else None
