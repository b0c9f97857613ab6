"""A record's own title row over the page's h1, when the author link or cell beside a heading is read as a book page's.

``bookld.from_author_link`` reads a labelled author cell ("<td>Автор:</td><td>A</td>", "<dt>Author</dt><dd>A</dd>")
beside the page's one h1 as a book page's header: the h1 is the book's title there. A magazine's or a blog's review
sets the same record box (a table or a definition list of "Author", "Title", "Publisher", "Pages") under its own
headline, which is the review's tagline, not the book's name. When the record labels a title as well, beside the same
author, that labelled title names the book: the record says so itself, where the h1 was only its nearest heading.

Read only for a record reading (``source == "record"``) and only once a title or author label is followed by a colon
somewhere in the text (``booklabelfields.has_labels``); the rows are ``booklabelfields.field_pairs``' (the languages'
title and author labels of ``bookinfo``). Left alone: a record whose labelled author is another person, and a title
row that is the h1's title in a longer or shorter form ("T" beside "T: a subtitle", a series' remark).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book
from .booklabelfields import field_pairs, has_labels, labelled_fields


_ROW = re.compile(r"^\|\s*([^|:：]{1,40}[:：])\s*\|\s*([^|]{1,200}?)\s*\|\s*$")


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def record_title(linked: Book, lines: list[str], root, text: str) -> Book | None:
    """`linked` with the title its record's own title row gives, or None (the h1's reading stands)."""
    if linked.source != "record" or not linked.author or not has_labels(text):
        return None
    # (a two-cell row as the text writes it, "| Title: | T |", read as its "Title: T" line: the label cell has its colon)
    rows = [_ROW.sub(r"\1 \2", line) if line[:1] == "|" else line for line in lines]
    title, author = labelled_fields(field_pairs(rows, root))
    if not (title and author) or _letters(author) != _letters(linked.author):
        return None
    own, headed = _letters(title), _letters(linked.title)
    if not own or own in headed or headed in own:
        return None
    return replace(linked, title=title)
