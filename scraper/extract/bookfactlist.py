"""A fact box set as a list closing a review: one item credits the book ("T by A", "T – A", "T, A"), its siblings are
the book's facts, each under its label ("Publisher: …", "Pages: 224", "Preis: …": ``bookinfo.is_fact_label``, any
language's), as papers' "The details" boxes list them.

The labelled siblings vouch for the unlabelled item as the book's record: it is read as a headline is
(``bookheadline.from_title``), with the box itself as its context. Read only while no author is found, and only on
list items among a post's last lines (a line opening with "- "); two labelled facts at least, and one unlabelled item
alone (a list of several books is a round-up, not a box), heading the list as a box's credit does (an item after
the facts, "Cover art by X", "Stories by A, B and C", is one more fact or a contents list).
"""

from __future__ import annotations

import re

from .book import Book, Context
from .bookheadline import from_title
from .bookinfo import is_fact_label

_ITEM = re.compile(r"^\s*[-*+]\s+(.+)$")
_LABELLED = re.compile(r"^([^:：]{1,30})\s*[:：]\s*\S")


def fact_list_book(lines: list[str]) -> Book | None:
    """The book the one unlabelled item of a closing fact list credits, its siblings labelled facts; else None."""
    items = [m.group(1).strip() for line in lines[-10:] if line.startswith(("- ", "* ", "+ ")) and (m := _ITEM.match(line))]
    if len(items) < 3:
        return None
    facts, plain = 0, []
    for item in items:
        labelled = _LABELLED.match(item)
        if labelled and is_fact_label(labelled.group(1)):
            facts += 1
        else:
            plain.append(item)
    if facts < 2 or len(plain) != 1 or plain[0] != items[0]:  # (the credit heads the box: no "Cover art by X" after it)
        return None
    book = from_title(plain[0], Context(plain[0]))
    return Book(book.title, book.author, source="details") if book and book.author else None
