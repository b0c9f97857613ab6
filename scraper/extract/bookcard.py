"""The book a link card in the post names: a publisher's or a shop's page embedded under the review, its card showing
that page's title, "T – A | Publisher" ("T by A | Shop", "A: T · Verlag"). The cleaning takes the card out of the body
as promotion, so the body may keep only the title and the author's surname ("J'ai refermé *T* …", "de Vigan réussit …").

Read only for a review whose book no rule found with its author: a line the cleaning removed that reads, up to its
last "|" (the linked site's name), as a headline naming a book (``book.from_title``), whose title the kept text names
and whose author it names again by surname. Lines taken out as related posts, comments, navigation, tags or the
sidebar name other pages' books, and are never read; of several cards naming different books none is taken.
"""

from __future__ import annotations

import re

from .book import Book, Context, from_title

_ELSEWHERE = re.compile(r"related|comment|nav|menu|sidebar|footer|tag|categor|author box|bio", re.I)


def card_book(book: Book | None, removed: list, context: Context) -> Book | None:
    """The one book a removed link card names, "T – A | Site", T and A's surname in the kept text; else None."""
    if book is not None and book.author:
        return None
    found = set()
    for item in removed:
        text = " ".join(item.text.split())
        if _ELSEWHERE.search(item.rule) or not 8 <= len(text) <= 160 or "\n" in item.text:
            continue
        head = re.split(r"\s+[|·•]\s+(?=[^|·•]+$)", text, maxsplit=1)[0]  # (the linked site's name after the last bar)
        card = from_title(head, context)
        if card and card.author and card.title and context.mentions(card.title) and context.vouches_for(card.author):
            found.add((card.title, card.author))
    return Book(*found.pop(), source="details") if len(found) == 1 else None
