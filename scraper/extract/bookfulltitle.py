"""A book the headline names by its short title, which the review's text gives in full right after its author's name:
"«المتشائل» لإميل حبيبي" over "رواية إميل حبيبي «الوقائع الغريبة في اختفاء سعيد أبي النحس المتشائل»", "„Zapiski“ Jana
Nowaka" over "Jan Nowak, „Zapiski z domu nad rzeką. Zapiski“" — a long title whose short name is its last words, as
long Arabic, Persian and older European titles are called.

The full title is given only where the text names it in quotes within a few words after the author's name, it ends
with the short title as whole words, and the text never quotes the short title alone (a review of "Dune" that mentions
"Herbert's «Children of Dune»" quotes «Dune» too).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book

_QUOTED = r"[«“„\"]([^«»“”„\"]{2,160})[»”“\"]"


def full_title(book: Book | None, text: str) -> Book | None:
    """`book` with the full title its text quotes after the author's name, where the short title ends it (in any case: a
    headline capitalises its first word); else as it was."""
    if book is None or not book.author or not book.title or book.author not in text:
        return book
    short = book.title.strip()
    if re.search(rf"[«“„\"]\s*{re.escape(short)}\s*[»”“\"]", text):
        return book  # the text quotes the short title alone: it is the book's own name there
    longer = set()
    for match in re.finditer(rf"(?<!\w){re.escape(book.author)}(?!\w)\W{{0,3}}(?:[^\W\d_]+\s+){{0,2}}?{_QUOTED}", text):
        quoted = match.group(1).strip()
        if quoted != short and len(quoted.split()) > len(short.split()) and re.search(rf"(?<!\w){re.escape(short)}$", quoted, re.I):
            longer.add(quoted)
    return replace(book, title=longer.pop()) if len(longer) == 1 else book
