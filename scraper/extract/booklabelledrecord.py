"""The body's labelled record of the book ("Title: T" and "Author: A" rows, a list, a definition list or a table), in
place of a headline reading whose author the text never names.

A newspaper's or a magazine's review often heads its text with the book's record set out in labelled rows, while its
headline is the review's own tagline ("Resensi Novel: Two Women, One Basket", "Review: Salt, Smoke and Silence"). Read
after a review label as "T, A" or "T – A", such a tagline pairs a phrase with words that only look like a name; the
record's rows say which book it is. ``find_book`` reads the same rows first, but only when the headline found nothing.

The headline's reading stands when the text names its author (by surname, as ``Context.vouches_for`` counts), when
the record has no title row or no author row, when the record's author is no one the text names again, or when both
name the same person. The labels are ``bookinfo``'s (the languages' title and author labels); the rows are read by
``booklabelfields.field_pairs``, which costs a walk of the lines only: it runs only for a headline author the text never
names, and only once a title or author label is followed by a colon somewhere in the text (``has_labels``).
"""

from __future__ import annotations

import re

from .book import Book, Context
from .booklabelfields import field_pairs, has_labels, labelled_fields
from .bookinfo import AUTHOR_LABEL, TITLE_LABEL


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def labelled_record(book: Book | None, lines: list[str], root, context: Context) -> Book | None:
    """The body's labelled record's book, where the headline's reading names an author the text never does; else None."""
    if not (book and book.author and book.source == "title") or context.vouches_for(book.author):
        return None
    if not has_labels(context.text):
        return None  # (no "Title:" or "Author:" row anywhere: most posts)
    for rows in _records(lines, root):
        title, author = labelled_fields(rows)
        if title and author and _letters(author) != _letters(book.author) and context.vouches_for(author, 2):  # (named again beyond its row)
            return Book(title, author, source="details")
    return None


def _records(lines: list[str], root) -> list[list[tuple[str, str]]]:
    """Of each run of consecutive labelled lines (a list's marker before the label is no part of it) that holds a title
    row, that row and the author row nearest to it; then the root's definition lists and tables. A record's author row
    is the one beside its title row, not the post's byline row run on above it ("Writer: <the journalist> | Editor: …",
    where a language says "writer" for both)."""
    runs, run = [], []
    for line in lines + [""]:
        pairs = field_pairs([_MARKER.sub("", line)], None) if line else []
        if pairs:
            run += pairs
            continue
        at = next((i for i, (label, _) in enumerate(run) if re.fullmatch(TITLE_LABEL, label.strip(), re.I)), None)
        if at is not None:  # the title row and, of the author rows, the nearest to it (after it on a tie)
            authors = sorted((i for i, (label, _) in enumerate(run) if re.fullmatch(AUTHOR_LABEL, label.strip(), re.I)),
                             key=lambda i: (abs(i - at), i < at))
            runs.append([run[at]] + [run[i] for i in authors[:1]])
        run = []
    return runs + ([pairs] if root is not None and (pairs := field_pairs([], root)) else [])


_MARKER = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+")
