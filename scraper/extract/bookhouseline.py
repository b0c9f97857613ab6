"""A book's fact box set on four short lines, title first: the title, the author, the house's line (the publisher and
the year, an edition: "House, new edition 2026"), then the count line ("440 pages") — as Nordic and Finnish papers set
it under a kind heading ("Roman", "Romaani"). ``bookbiblio._stacked`` reads the three-line box "T" / "A" / details,
its details line giving pages, a price or an ISBN; here the house's line stands between the author and the counts, and
bookstackedname's author-first window ("A" / "T" / details) would read the house's line as the title.

``housed`` joins the house's line to the count line right below it ("House, new edition 2026, 440 pages"), so the
three-line windows see the box whole: a short line with no sentence's end that names a year (or a publisher's word)
and gives no count of its own, over a short line that gives pages, a price or an ISBN. Read on a box's lines only
(the last lines of a post); lines of prose are long or end a sentence and are left as they are.
"""

from __future__ import annotations

import re

from .notewords import PUBLISHER

_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
_ENDS = (".", "!", "?", ":", ";", "…")


def housed(lines: list[str], detail: re.Pattern) -> list[str]:
    """`lines` with each house line joined to the count line below it (`detail`: bookbiblio's pages/price/ISBN)."""
    if len(lines) < 4:
        return lines
    out, skip = [], False
    for line, below in zip(lines, lines[1:] + [""]):
        if skip:
            skip = False
            continue
        house = line.strip()
        if below and 3 <= len(house) <= 80 and len(below) <= 60 and not house.endswith(_ENDS) and not detail.search(house) \
                and (_YEAR.search(house) or PUBLISHER.search(house)) and detail.search(below):
            out.append(f"{house}, {below.strip()}")
            skip = True
            continue
        out.append(line)
    return out
