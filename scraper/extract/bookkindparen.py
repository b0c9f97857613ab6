"""A title that carries its kind of book in brackets after it, as info lines and shops give it ("T (उपन्यास)", "T (роман)",
"T (novel)", "T（小说）"): the title without the bracket, when the review itself uses that word on its own for the book.

The bracket holds one word (no figures: "(1984)", "(Book 2)" are other rules'); the review's text names that word
outside the title's own mentions: in a script with capitals, in lower case and never capitalised inside a sentence (a
bracket holding a name or a second title, "T (Leopard)", is capitalised where the text names it); in a script without
capitals (Devanagari, Han, Arabic …) twice, as a review keeps calling its book "this novel".
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book

_KIND = re.compile(r"^(?P<title>\S.*?\S)\s*[(（\[](?P<kind>[^\s()（）\[\]\d]{2,24})[)）\]]$")


def _cased(word: str) -> bool:
    return any(c.isupper() or c.islower() for c in word) and word.lower() != word.upper()


def kind_bracket(book: Book | None, text: str) -> Book | None:
    """`book` without a bracketed kind-of-book word after its title, by how the review's `text` uses that word."""
    if book is None or not text or not book.title.endswith((")", "）", "]")):
        return book
    match = _KIND.match(book.title)
    if not match:
        return book
    kind = match.group("kind")
    rest = text.replace(book.title, " ")  # (the title's own mentions say nothing of the word)
    if _cased(kind):
        lower = kind[:1].lower() + kind[1:]
        capital = kind[:1].upper() + kind[1:]
        used = re.search(rf"(?<!\w){re.escape(lower)}", rest) is not None
        if not used or lower == capital or re.search(rf"(?<=[\w,;]\s){re.escape(capital)}", rest):
            return book
    elif rest.count(kind) < 2:
        return book
    return replace(book, title=match.group("title"))
