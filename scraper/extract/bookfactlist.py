"""A fact box set as a list closing a review: one item credits the book ("T by A", "T – A", "T, A"), its siblings are
the book's facts, each under its label ("Publisher: …", "Pages: 224", "Preis: …": ``bookinfo.is_fact_label``, any
language's), as papers' "The details" boxes list them.

The labelled siblings vouch for the unlabelled item as the book's record: it is read as a headline is
(``bookheadline.from_title``), with the box itself as its context. Read only while no author is found, and only on
list items among a post's last lines (a line opening with "- "); two labelled facts at least, and one unlabelled item
alone (a list of several books is a round-up, not a box), heading the list as a box's credit does (an item after
the facts, "Cover art by X", "Stories by A, B and C", is one more fact or a contents list).

The same box set as lines rather than a list (<br>s or paragraphs in a box, ``_headed_run``): a heading line of its own
(three words at most, no colon, no stop), the credit under it (twelve words at most, no label, no closing stop), then
labelled lines only, two of them facts at least; the credit's author is named again by the text above the box. A
label may give its name in two languages ("Local / Publisher"): a fact label when one side is.
"""

from __future__ import annotations

import re

from .book import Book, Context
from .bookheadline import from_title
from .bookinfo import is_fact_label

_ITEM = re.compile(r"^\s*[-*+]\s+(.+)$")
_LABELLED = re.compile(r"^([^:：]{1,30})\s*[:：]\s*\S")


def _is_fact(label: str) -> bool:
    """A fact label, or a two-language one of which one side is ("Cyhoeddwr / Publisher")."""
    return is_fact_label(label) or " / " in label and any(is_fact_label(side) for side in label.split(" / "))


def _is_heading(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 3 and line[:1].isupper() and not any(c in line for c in ":：.!?,") \
        and not any(c.isdigit() for c in line)


def _headed_run(lines: list[str]) -> tuple[str, int] | None:
    """(the credit, its line's index) of the post's one box of a heading line, a credit and labelled lines under it
    (two facts at least) among the last twelve lines; else None."""
    start = max(0, len(lines) - 12)
    found = []
    for i in range(start, len(lines) - 3):
        credit = lines[i + 1].strip()
        if not _is_heading(lines[i].strip()) or not credit or _LABELLED.match(credit) or len(credit.split()) > 12 \
                or credit.endswith((".", "!", "?", ":", "：")):
            continue
        facts = 0
        for line in lines[i + 2:]:
            labelled = _LABELLED.match(line.strip())
            if not labelled:
                break
            facts += _is_fact(labelled.group(1).strip())
        if facts >= 2:
            found.append((credit, i + 1))
    return found[0] if len(found) == 1 else None


def _headed_book(lines: list[str]) -> Book | None:
    run = _headed_run(lines)
    if run is None:
        return None
    credit, at = run
    book = from_title(credit, Context(credit))
    if not (book and book.author) or not any(book.author.split()[-1] in line for line in lines[:at - 1]):
        return None  # (the review above never names the writer: another book's box)
    return Book(book.title, book.author, source="details")


def fact_list_book(lines: list[str]) -> Book | None:
    """The book the one unlabelled item of a closing fact list credits, its siblings labelled facts; else None."""
    if not any(line.startswith(("- ", "* ", "+ ")) for line in lines[-10:]):
        return _headed_book(lines)
    items = [m.group(1).strip() for line in lines[-10:] if line.startswith(("- ", "* ", "+ ")) and (m := _ITEM.match(line))]
    if len(items) < 3:
        return None
    facts, plain = 0, []
    for item in items:
        labelled = _LABELLED.match(item)
        if labelled and _is_fact(labelled.group(1)):
            facts += 1
        else:
            plain.append(item)
    if facts < 2 or len(plain) != 1 or plain[0] != items[0]:  # (the credit heads the box: no "Cover art by X" after it)
        return None
    book = from_title(plain[0], Context(plain[0]))
    return Book(book.title, book.author, source="details") if book and book.author else None
