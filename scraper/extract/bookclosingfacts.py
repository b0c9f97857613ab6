"""The book's bare facts closing a review, the title first and its author's full name next, unlabelled.

Two shapes, in any language and script, read only while no author is found and only on the post's last lines:

- a list under a heading line of its own ("Book details", "Datos del libro"): two to four short items, the first the
  title, the second the author ("V. Surname with C. Writer": a co-writer after the name is cut), the rest the house;
- the last line alone, "T, A, House" in commas: three parts or four, each short, no sentence's stop at all.
  In a script without capitals the person's part is told as ``bookcaselessrecord.caseless_order`` tells it (either order).

The author part must be a full name (two words or more, initials counting) whose last word, the surname, the review's
own text names again before the facts (a case ending perhaps glued on: ``fragmentrecord.surname_again``); the title
part must not be that name. A closing line of a sentence's commas ("Warm, funny, and Tolstoy-ish") names no one the
text named; a list of places or of people names them in every item, and its first is no title.
"""

from __future__ import annotations

import re

from .book import Book
from .bookcaselessrecord import _CASED, caseless_order
from .fragmentrecord import surname_again

_ENDS = ("!", "?", "¿", "¡", "？", "！", "。", ":", "：", ";", "।", "॥", "۔", "؟", ".")


def _named(part: str, before: str, not_authors: tuple[str, ...]) -> str | None:
    """The part's leading full name (two words to four) whose last word `before` names again, or None."""
    words = part.split()
    for end in range(min(len(words), 4), 1, -1):
        name, last = " ".join(words[:end]), words[end - 1].strip(",.")
        if last[:1].islower():
            continue  # (a name's word in a cased script opens in capitals: not "with" of a co-writer's credit)
        if surname_again(last, before) and not any(name in n or n in name for n in not_authors if n):
            # (what follows the name is a co-writer's credit, a word and a name: "with C. Writer", or nothing)
            return name if end == len(words) or len(words) - end >= 2 else None
    return None


def _facts(title: str, author: str, before: str, not_authors: tuple[str, ...]) -> Book | None:
    title, author = title.strip(" *_"), author.strip(" *_")
    if not title or not author or len(title.split()) > 10 or len(author.split()) > 8:
        return None
    name = _named(author, before, not_authors)
    if name is None or surname_again(title.split()[-1], before) and len(title.split()) <= 2:
        return None  # (no name the text repeats, or a title that is a name itself: a list of people)
    return Book(title, name, source="details")


def closing_facts(lines: list[str], not_authors: tuple[str, ...] = ()) -> Book | None:
    """The book the post's closing facts name (see the module docstring), else None."""
    if len(lines) < 3:
        return None
    last = lines[-1]
    if last.startswith("- "):  # a closing list: its items, the line over them its heading
        k = len(lines) - 1
        while k > 0 and lines[k - 1].startswith("- "):
            k -= 1
        items, heading = [line[2:] for line in lines[k:]], lines[k - 1]
        if not 2 <= len(items) <= 4 or len(heading.split()) > 5 or heading.endswith(_ENDS) or any(
                i.endswith(_ENDS + (".",)) for i in items) or k < 2:
            return None
        return _facts(items[0], items[1], "\n".join(lines[:k - 1]), not_authors)
    # (a record's three parts or four, "T, A, House[, Year]", no sentence's stop after it nor inside a part: a closing
    # sentence of clauses ends on its stop, "…, but the ending drags.")
    if len(last) > 160 or last.endswith(_ENDS) or last.count(",") not in (2, 3):
        return None
    parts = [p.strip() for p in last.split(",")]
    if any(not p or len(p.split()) > 6 or any(e in p for e in (": ", "： ", "? ", "! ")) or re.search(r"[^\W\d_]{2}\.\s", p)
           for p in parts):
        return None
    if any(p[:1].islower() for p in parts):
        return None  # (a record's parts open as names do; a clause's run on in lower case: "Thanks, A, for the copy")
    before = "\n".join(lines[:-1])
    if not _CASED.search(last):  # (a caseless script's: which part is the person's is bookcaselessrecord's reading)
        ordered = caseless_order(parts[:2], before)
        return _facts(*ordered, before, not_authors) if ordered else None
    return _facts(parts[0], parts[1], before, not_authors)
