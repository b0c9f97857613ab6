"""A headline's tagline read into the title: "Author: Title – the honeymoon that sets off the wrong way".

Papers head a review "Author: Title – tagline", the tagline after a spaced dash a phrase of their own that opens in
lower case (a book's subtitle after a dash opens on a capital where its script has them). Read off the headline, the
title runs on into the tagline; it is cut at the dash when the post's text names the part before it as a whole and
names neither the whole title nor the part after the dash (a subtitle the text gives in full stays).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book

_TAGGED = re.compile(r"^(?P<head>.+?)\s+[–—-]\s+(?P<tail>.+)$")


def _named(part: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text, re.I) is not None


def headline_tail(book: Book | None, text: str) -> Book | None:
    """`book` without a lower-case tagline after a spaced dash that its text never names; else as it was."""
    if book is None or not book.title or not text:
        return book
    match = _TAGGED.match(book.title.strip())
    if not match:
        return book
    head, tail = match.group("head").strip(), match.group("tail").strip()
    if not tail[:1].islower() or len(tail.split()) < 2 or not head[:1].isupper():
        return book  # (a subtitle opens on a capital; "T – ja" is no tagline)
    if book.author and head.casefold() == book.author.casefold():
        return book
    if _named(book.title, text) or _named(tail, text) or not _named(head, text):
        return book
    return replace(book, title=head)
