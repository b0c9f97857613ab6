"""A headline's own words before the title: "Membaca Ulang Deru Campur Debu karya A" (rereading T), "Revisiting Some
Title by A". A headline capitalises every word, so the reader of its shapes cannot tell the blogger's verb from the
title's first word; the post's text can: it writes the same run with its own words in lower case and the title's in
capitals ("… saya membaca ulang Deru Campur Debu dari awal …"). When the text never writes the whole title as the
headline does, and writes it once or more with a lower-case lead of real words (one of four letters or more, so no
bare article: "the Hobbit" in running text is no cut, and none as its last word: "remembering the Lantern Keeper" keeps
the title's article) before a capitalised rest, and the post's address spells the rest and not the lead with it
("/deru-campur-debu-chairil-anwar/"), the rest is the title. Without the address the lead may be the title's own verb
("Reading Lolita in Tehran" over "… I remember reading Lolita in Tehran …", "Killing the Black Body")."""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book
from .slugspell import slug_words, spells


def lowered_lead(book: Book | None, text: str, url: str | None = None) -> Book | None:
    """`book` without the lead its text writes in lower case before the capitalised rest of its title; else as it was."""
    if book is None or not book.title or not text or not url:
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
        if not rest[:1].isupper() or not any(len(w) >= 4 for w in lead) or len(lead[-1]) < 4:
            continue
        said = re.search(rf"(?<!\w){re.escape(' '.join(w.casefold() for w in lead))}\s+{re.escape(rest)}(?!\w)", text)
        if said and said.group(0)[:1].islower() and spells(slug := slug_words(url), rest) \
                and not spells(slug, book.title):
            return replace(book, title=rest)
    return book
