"""A record line opening on its kind in capitals: "NOVEL | Author | Title | Publisher, 2006".

Papers set a reviewed book's record as a row of parts, some opening it on the book's kind set in capitals (a section's
kicker carried into the record: "NOVEL", "ROMAN", "POESIE", "DECKARE"), then the author, the title and the publisher.
The head is read as such a label when it is a word for a book's kind (_KINDS, many languages; not any word in capitals:
"NEXT", "UPDATE" over a name and a title are a post's link or notice) of four letters or more, all in capitals, that the post
never names again as such (a title in capitals the review would name), followed by a person's name and a title that
is no publication detail (where both look like names, the author is the one the text calls by surname). Then the part after the name is the title, not the label before it.
"""

from __future__ import annotations

import re

from .book import Context, clean_title, is_name
from .fragmentrecord import MORE_KINDS

_CAPITALS = re.compile(r"^[^\W\d_]{4,}$")
# the head's words: a book's kind (bookgenretail.KIND_WORDS and fragmentrecord's, many languages), not any word in
# capitals ("NEXT", "UPDATE", "NEW" over a name and a title are a post's link or notice, no record)
_KINDS = MORE_KINDS | frozenset("fiction nonfiction non-fiction poetry poesie lyrik krimi thriller sachbuch roman "
                                 "romanzo romans novela".split())


def _alone(name: str, text: str) -> bool:
    """The text says the name's last word apart from the whole name (a surname said alone)."""
    def count(words: str) -> int:
        return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))
    return count(name.split()[-1]) > count(name)


def kind_headed(segments: list[str], tail: re.Pattern, context: Context | None) -> tuple[str, str] | None:
    """(title, author) of ["KIND", "Author", "Title", details…]; None for any other row."""
    if len(segments) < 4 or not _CAPITALS.match(segments[0]) or not segments[0].isupper() or segments[0].casefold() not in _KINDS:
        return None  # (the head a kind's word: "NEXT | A | T | House, 2024" under a review is a link to the next one)
    head, author, title = segments[0], segments[1], segments[2]
    if not is_name(author) or tail.search(title) or not title[:1].isupper():
        return None
    if is_name(title) and not (context is not None and _alone(author, context.text) and not _alone(title, context.text)):
        return None  # (two name-shaped parts: the author is the one the text calls by surname)
    if context is not None and len(re.findall(rf"(?<!\w){re.escape(head)}(?!\w)", context.text)) > 1:
        return None  # the post names it again in capitals: a title, not a label
    if tail.search(author) or not any(tail.search(s) for s in segments[3:]):
        return None  # (a record: its last parts hold a year, pages or a price)
    return clean_title(title), author


def kind_stacked(lines: list[str], tail: re.Pattern, context: Context | None) -> tuple[str, str] | None:
    """The same record set as a box of short lines, one part a line (<br>s or paragraphs between them): "ROMAN" over
    the author over the title over "Publisher, 2005"; the lines are the parts as they stand (a title's own commas, "T,
    or where did you go?", part nothing). Four to six lines, each short, the first the kind in capitals."""
    for i, head in enumerate(lines):
        if len(head) > 30 or not _CAPITALS.match(head) or not head.isupper() or head.casefold() not in _KINDS:  # (kind_headed asks it too)
            continue
        rows = [line.strip() for line in lines[i:i + 6]]
        rows = rows[:next((n + 1 for n, row in enumerate(rows) if n >= 3 and tail.search(row)), 0)]  # (to the row with the details)
        if 4 <= len(rows) and all(len(row) <= 120 for row in rows) and (found := kind_headed(rows, tail, context)):
            return found
    return None
