"""A picture's caption that is the book's record with a note on the copy pictured: "T, A, new paperback edition",
"T, A, first edition", "T, A, Taschenbuch". Under a cover, a caption names the book, its author and which copy the
picture shows; read as plain parts, "X, Y, a note" is as often a scene, a person and a remark ("The harbour at dawn,
Ana Reyes, taken last spring"). The note tells it: lower-case words that name an edition (``bookedition``'s edition
words, many languages) or a binding (``bookbinding``'s format words), as no scene's remark does. The title is
capitalised, ten words at most, and no person the text calls by surname; the name one the text calls by surname
(``Context.person``), as reviews call authors. One such caption only (two name two books).
"""

from __future__ import annotations

import re

from .book import Context, clean_title, is_name
from .bookbinding import FORMAT_WORD
from .bookedition import EDITION_WORD

_PARTS = re.compile(r"\s*[,،，、]\s+")


def edition_caption(captioned: list[tuple[str, str]], context: Context) -> tuple[str, str] | None:
    """(title, author) of the one caption "T, A, a note on the edition", else None."""
    found = set()
    for caption, _ in captioned:
        parts = _PARTS.split(" ".join(caption.split()).strip(" .*_"))
        if len(parts) != 3:
            continue
        title, name, note = parts
        if not note[:1].islower() or not (EDITION_WORD.search(note) or FORMAT_WORD.search(note)) \
                or len(note.split()) > 6:
            continue
        if title[:1].isupper() and len(title.split()) <= 10 and not (is_name(title) and context.person(title)) \
                and is_name(name) and context.person(name) and name not in context.not_authors:
            found.add((clean_title(title), name))
    return found.pop() if len(found) == 1 else None
