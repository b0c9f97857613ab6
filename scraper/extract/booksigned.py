"""Turkish and Azerbaijani name a book's author by its "signature": "Orhan Kaya imzalı «T»" (signed Orhan Kaya),
"Orhan Kaya imzasıyla çıkan «T»" (come out under his signature), Azerbaijani "Orhan Kaya imzası ilə çıxan «T» romanı".
For a book whose title is known and no author: the name of two to four capitalised words right before the signature
word, the title following within a few words (a publisher's imprint "X Yayınları imzalı" is no person).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ŽƏ]"
_NAME = rf"{_CAP}[\w'’\-]+(?:\s+{_CAP}[\w'’\-]+){{1,3}}"
# "imzalı", "imzasıyla", "imzası ile" (tr), "imzası ilə" (az), with the possessive's buffer after a vowel ("imzasını taşıyan")
_SIGNED = r"imza(?:l[ıi]|s[ıi]yla|s[ıi]\s+il[eə]|s[ıi]n[ıi]\s+ta[şs][ıi]yan)"
_NOT_PERSON = re.compile(r"(?:Yay[ıi]nlar[ıi]|Yay[ıi]nevi|Kitaplar[ıi]|Ne[şs]riyyat[ıi]?|Kitab[ıi]|Dergisi)$")


def signed_author(book: Book | None, text: str) -> Book | None:
    """`book` with the author its text names by signature before its title; else as it was."""
    if book is None or book.author or not book.title or "imza" not in text:
        return book
    title = re.escape(book.title)
    names = {m.group(1) for m in re.finditer(
        rf"(?<![\w\-])({_NAME})\s+{_SIGNED}\s+(?:\S+\s+){{0,3}}?[\"“«„']?{title}(?![\w])", text)}
    names = {n for n in names if not _NOT_PERSON.search(n)}
    return replace(book, author=names.pop()) if len(names) == 1 else book
