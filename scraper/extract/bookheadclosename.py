"""The author closing a headline that opens on the book's title: "T: <a few words of the reviewer's> A".

A blogger heads a short review with the title, a colon and a phrase of her own that ends on the writer's name, joined
by her language's small word for "by" or "from" ("Godlob-like: strange tales from A", "T: kisah-kisah dari A",
"T: crita-crita saka A"), a word no list need hold: the phrase runs in lower case and the name closes it, capitalised.
Read only when the body's readers found that title (the headline's part before the colon) and no author, and only when
the review's text names the person again at least twice (a surname with a case ending glued on counts:
``fragmentrecord.surname_again``), in the same sentence as the title at least once: a headline closing on a place or a
season ("T: a week in Lisbon") names no one the text sets beside the book. The name may be one word, as Javanese and
Indonesian writers' often are; the blog's and the blogger's names are none.
"""

from __future__ import annotations

import re

from .book import Book, Context, letters_of
from .fragmentrecord import surname_again

_SENTENCES = re.compile(r"(?<=[.!?…])\s+")


def head_closing_name(book: Book | None, title: str | None, context: Context) -> Book | None:
    """The body's title-only book with the author its headline closes on (above), else None."""
    if book is None or book.author or not book.title or not title or not title.startswith(book.title):
        return None
    rest = title[len(book.title):]
    if not rest.startswith((": ", "： ")):
        return None
    words = rest[1:].split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and len(words) - k < 3:
        k -= 1
    name = " ".join(words[k:]).strip(".,;")
    if not name or k == 0 or not all(w[:1].islower() for w in words[:k]) or any(c.isdigit() for c in name):
        return None
    surname = name.split()[-1]
    if len(surname) < 4 or any(n and letters_of(name) == letters_of(n) for n in context.not_authors):
        return None
    text = context.text
    if text.count(surname) < 2 or not surname_again(surname, text):
        return None
    if not any(book.title in s and surname in s for s in _SENTENCES.split(text)):
        return None
    return Book(book.title, name, source="title")
