"""A headline's own words before the title: "Membaca Ulang Deru Campur Debu karya A" (rereading T), "Revisiting Some
Title by A". A headline capitalises every word, so the reader of its shapes cannot tell the blogger's verb from the
title's first word; the post's text can: it writes the same run with its own words in lower case and the title's in
capitals ("… saya membaca ulang Deru Campur Debu dari awal …"). When the text never writes the whole title as the
headline does, and writes it once or more with a lower-case lead of real words (one of four letters or more, so no
bare article: "the Hobbit" in running text is no cut) before a capitalised rest, the rest is the title."""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book


def lowered_lead(book: Book | None, text: str) -> Book | None:
    """`book` without the lead its text writes in lower case before the capitalised rest of its title; else as it was."""
    if book is None or not book.title or not text:
        return book
    words = book.title.split()
    # (cheapest first: a title of three words or more, all capitalised where the text writes them in lower case)
    if len(words) < 3 or not words[0][:1].isupper() or book.title in text:
        return book
    lower = text.casefold()
    if book.title.casefold() not in lower:
        return book
    for cut in range(1, len(words) - 1):
        lead, rest = words[:cut], " ".join(words[cut:])
        if not rest[:1].isupper() or not any(len(w) >= 4 for w in lead):
            continue
        said = re.search(rf"(?<!\w){re.escape(' '.join(w.casefold() for w in lead))}\s+{re.escape(rest)}(?!\w)", text)
        if said and said.group(0)[:1].islower():
            return replace(book, title=rest)
    return book
