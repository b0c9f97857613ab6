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


_OPENS, _CLOSES = "«“„\"", "»”“\""
# the words between an author's name and the quoted title, matched where the name was found (a pattern with the name in
# it would be compiled anew for each page's author)
_AFTER_NAME = re.compile(rf"(?!\w)\W{{0,3}}(?:[^\W\d_]+\s+){{0,2}}?{_QUOTED}")
_NO_WORD_BEFORE = re.compile(r"(?<!\w)")


def _quoted_alone(short: str, text: str) -> bool:
    """Whether `text` quotes `short` alone, spaces perhaps inside the quotes (the pattern
    ``[«“„"]\\s*short\\s*[»”“"]``, found by str.find: a quote character is no space, so only the space run's edges count)."""
    at = text.find(short)
    while at >= 0:
        start, end = at, at + len(short)
        while start and text[start - 1].isspace():
            start -= 1
        while end < len(text) and text[end].isspace():
            end += 1
        if start and text[start - 1] in _OPENS and end < len(text) and text[end] in _CLOSES:
            return True
        at = text.find(short, at + 1)
    return False


def _after_author(author: str, text: str):
    """The matches re.finditer gives for ``(?<!\\w)author`` + _AFTER_NAME, the name found by str.find."""
    at, done = text.find(author), 0
    while at >= 0:
        match = _AFTER_NAME.match(text, at + len(author)) if at >= done and _NO_WORD_BEFORE.match(text, at) else None
        if match:
            yield match
            done = match.end()
        at = text.find(author, max(at + 1, done))
    return


def full_title(book: Book | None, text: str) -> Book | None:
    """`book` with the full title its text quotes after the author's name, where the short title ends it (in any case: a
    headline capitalises its first word); else as it was."""
    if book is None or not book.author or not book.title or book.author not in text:
        return book
    short = book.title.strip()
    if _quoted_alone(short, text):
        return book  # the text quotes the short title alone: it is the book's own name there
    longer = set()
    for match in _after_author(book.author, text):
        quoted = match.group(1).strip()
        if quoted != short and len(quoted.split()) > len(short.split()) and re.search(rf"(?<!\w){re.escape(short)}$", quoted, re.I):
            longer.add(quoted)
    return replace(book, title=longer.pop()) if len(longer) == 1 else book
