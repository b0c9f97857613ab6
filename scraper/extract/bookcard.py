"""The book a link card in the post names: a publisher's or a shop's page embedded under the review, its card showing
that page's title, "T – A | Publisher" ("T by A | Shop", "A: T · Verlag"). The cleaning takes the card out of the body
as promotion, so the body may keep only the title and the author's surname ("J'ai refermé *T* …", "de Vigan réussit …").

Read only for a review whose book no rule found with its author: a line the cleaning removed (or kept as a line of
its own, ending on a bar and the site's name, T and A then named outside it too; or a block of the post's body
that is that one link and nothing else, which the body's text dropped) that reads, up to its
last "|" (the linked site's name), as a headline naming a book (``bookheadline.from_title``), whose title the kept text names
and whose author it names again by surname. Lines taken out as related posts, comments, navigation, tags or the
sidebar name other pages' books, and are never read; of several cards naming different books none is taken.
"""

from __future__ import annotations

import re

from .book import Book, Context
from .bookheadline import from_title

_ELSEWHERE = re.compile(r"related|comment|nav|menu|sidebar|footer|tag|categor|author box|bio", re.I)


def _linked(body) -> list[str]:
    """The post body's blocks that are one link and nothing else, shaped as a page's title with its site after a bar."""
    found = []
    for link in body.iter("a") if body is not None else ():
        block, text = link.getparent(), " ".join(link.text_content().split())
        if block is not None and " ".join(block.text_content().split()) == text and re.search(r"\s\|\s+[^|]+$", text):
            found.append(text)
    return found


def card_book(book: Book | None, removed: list, context: Context, lines: list[str] = (), body=None) -> Book | None:
    """The one book a link card names, "T – A | Site", T and A's surname in the kept text; else None. A card the
    cleaning kept is a line of its own with the site's name after a bar, T and A named again outside it."""
    if book is not None and book.author:
        return None
    found = set()
    kept = [(line, 2) for line in lines if re.search(r"\s\|\s+[^|]+$", line)]
    removed = [" ".join(r.text.split()) for r in removed if not _ELSEWHERE.search(r.rule) and "\n" not in r.text]
    for text, times in [(t, 1) for t in removed + [t for t in _linked(body) if t not in lines]] + kept:
        if not 8 <= len(text) <= 160:
            continue
        head = re.split(r"\s+[|·•]\s+(?=[^|·•]+$)", text, maxsplit=1)[0]  # (the linked site's name after the last bar)
        card = from_title(head, context)
        if card and card.author and card.title and context.mentions(card.title) >= times and context.vouches_for(card.author, times):
            found.add((card.title, card.author))
    return Book(*found.pop(), source="details") if len(found) == 1 else None
