"""The book a list's heading or item names ("### T – A", "1. **T, A**: …"): how a round-up, a thread or a wrap-up
sets off each book it lists, read by the classifier's layout counts (classify.body_signals)."""

from __future__ import annotations

import re

from .book import Context, from_title


def listed_book(line: str):
    """The book a heading or list item names; the heading or a bold span opening the item is set off as one
    unit ("### Das Haus am Deich – Frauke Brandes", "1. **Title, Author**: …"), italics read as quotes."""
    text = re.sub(r"(?<![*\w])[*_]([^*_]{2,120})[*_](?![*\w])", r"“\1”", line)  # *Title* → “Title”
    bare = re.sub(r"^(?:[-*+]|\d+[.)]|#+)\s+|\*\*", "", text)
    book = from_title(bare) or from_title(re.sub(r"^(?:#+\s+)?(?:\d+[.)]\s+)?|\*\*", "", text))
    # the bold span and what follows it up to the first stop: "**Tidewater**, Rosa de la Cruz. Grief and …"; its number
    # may stand inside the bold, and its title in italics inside it ("**3. *Tidewater* – Rosa de la Cruz.** Grief …")
    span = re.search(r"^(?:[-*+]|\d+[.)]|#+)?\s*\*\*(?:\d+[.)]\s+)?([^*]{3,150})\*\*((?:,|\s[-–—])[^.:;*]{3,60})?", text)
    # (its author in brackets after the title stays outside the quotes, and nothing after the bold is the author's:
    # "**Tidewater (Rosa de la Cruz)** — grief and …")
    bracket = span and re.fullmatch(r"(.+?)\s*(\([^()]{3,60}\))", span.group(1))
    bold = span and (span.group(1) if "“" in span.group(1) else f"“{bracket.group(1)}” {bracket.group(2)}" if bracket
                     else "“" + span.group(1) + "”")
    unit = (bold + ("" if bracket else span.group(2) or "")) if span else (
        re.sub(r"^#+\s+(?:\d+[.)]\s+)?", "", line) if line.startswith("#") else None)
    if not (book and book.author) and unit:
        book = from_title(unit, Context(unit))
    return book
