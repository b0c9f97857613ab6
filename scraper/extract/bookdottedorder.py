"""A record line in a library's order, its parts parted by full stops: "Name. Title. House. 336 pages. 21,90 euros."
(scraper.extract.bookbiblio.from_bibliography).

Catalan, Spanish, Portuguese, Italian and many other papers close a review with a record whose parts are sentences of
their own, the author first: "Víctor Name. Title. Club Editor. 312 pàgines." bookbiblio reads a name among the parts
after the first as the author ("T1, T2, Name, …"), and a house named like a person ("Club Editor", "Quaderns Crema",
"Grup Llibres") then passes for one, the author's name becoming the title's first half. A title's own parts are parted
by commas or colons, never by a full stop and a space; so where the first part is a name, the second no name and no
detail, and a full stop ends both, the first is the author and the second the title, whatever name-like part follows.
"""

from __future__ import annotations

import re

from .book import QUOTES, clean_title, is_name

_Q = "[" + re.escape(QUOTES) + "]?"


def dotted_order(line: str, segments: list[str], at: int, detail: re.Pattern) -> tuple[str, str] | None:
    """(title, author) of a "Name. Title. X. details" line, when bookbiblio's reading would take segments[at] (a name-like
    part at two or further) as the author: the name before the first stop is the author, the part before the second the
    title. `detail`: bookbiblio's pages, price or ISBN, which the line must give (a record, no sentence)."""
    if at < 2 or len(segments) < 4:
        return None
    head, title = segments[0], segments[1]
    if not is_name(head) or is_name(title) or detail.search(title) or not title[:1].isupper():
        return None
    if not re.match(rf"^{_Q}{re.escape(head)}{_Q}\.\s+{_Q}{re.escape(title)}{_Q}\.\s", line) or not detail.search(line):
        return None
    return clean_title(title), head
