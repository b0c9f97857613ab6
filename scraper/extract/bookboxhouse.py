"""A publisher's house as a book record names it, and a paper's book box on three lines: "Author: Title." over "Kind. House, City." over "480 pages, 26 euros.".

``bookbiblio._headed`` joins a box's head "Author: Title" with the line of its details under it, and wants a figure
(a year, pages, a price) there. Papers also set the box's middle line as the book's kind and its imprint, with no
figure, and put the figures on the line after it: the head is then read with both lines joined. The middle line is
short and one of its parts is a publisher's house (any language's word for one, ``notewords.PUBLISHER``:
"Carl Hanser Verlag", "Éditions X", "Wydawnictwo Y"); the line after it holds pages, a price or an ISBN. Such a box
also closes its head with a full stop ("Arno Geiger: Unter der Drachenwand."): the stop is kept off the joined record.

A house is never a book's author (``is_house``): a name-shaped run holding a publisher's word of any language
(``notewords.PUBLISHER``: "Carl Hanser Verlag", "Wydawnictwo Znak"), or closed by the words English-speaking and
other imprints close their names on ("Penguin Modern Classics", "Text Publishing", "Faber Books", "Hill Press", a state
house's "… Publishing House": "House" alone closes a person's name too).
A house named after its founder ("Philippe Rey", "Albin Michel") is a name all the same: in a record "*T*, N, 2016,
160 pages" whose rest opens on the year, with no house of its own, N stands where the house stands (French, Spanish
and Italian records give "T, House, year"), and when the text never names N's family name again it is the house
(``imprint_name``): a review names the book's author beyond its record.
"""

from __future__ import annotations

import re

from .bookcaselessname import named_again
from .notewords import PUBLISHER

# the words an imprint's name closes on (a person's name never does); the other languages' houses are PUBLISHER's
_HOUSE_END = re.compile(r"\s(?:Press|Books|Publishing|Publishers|Publications|Classics|Paperbacks|Editions|Bunko|Verlag|"
                        r"Uitgevers|Forlag|Förlag|Kiadó|(?:Publishing|Publishers['’]?|Book|Printing)\s+House|&\s+\w+)\.?$")
_PARTS = re.compile(r"(?<!\b[A-Z])\.\s+|,\s+|[،，、]\s*")


def imprint_details(after: str, following: list[str], detail: re.Pattern) -> str | None:
    """``after`` joined with the line under it, when ``after`` is a short imprint line with no figure (one of its
    parts a house) and the line under it gives the details (``detail``: pages, a price, an ISBN); else None."""
    if not following or len(after) > 100 or any(ch.isdigit() for ch in after) or len(after.split()) > 10:
        return None
    details = following[0]
    if len(details) > 100 or not detail.search(details):
        return None
    parts = [p.strip(" .") for p in _PARTS.split(after) if p.strip(" .")]
    if len(parts) < 2 or not any(PUBLISHER.search(p) for p in parts):
        return None
    return f"{after.rstrip(' .')}. {details}"


def is_house(name: str) -> bool:
    """A publisher's house, not a person: a publisher's word in it, or an imprint's closing word ("… Press")."""
    return bool(_HOUSE_END.search(name) or PUBLISHER.search(name))


_REST_PARTS = re.compile(r",\s*|[.;]\s+")
# (not a span of years, "1911-1988", "1950–": a person's life dates after their name, as a catalogue writes them)
_YEAR_FIRST = re.compile(r"^\W*(?:1[5-9]\d\d|20\d\d)\b(?!\s*[-–—])")


def imprint_name(name: str, rest: str, context) -> bool:
    """``name`` of a record "T, name, rest" is its house: a publisher's word, or an imprint's closing word with no house
    among the rest's parts (a record names one house), or the rest opening on the year with no house of its own and the
    text naming the name nowhere else."""
    if PUBLISHER.search(name) or _HOUSE_END.search(name) and not any(is_house(p) for p in _REST_PARTS.split(rest)):
        return True  # (a name closed by "Press" before a house of the record's own is a person's: "Joy Press, Atria Books")
    return context is not None and bool(_YEAR_FIRST.match(rest)) and not PUBLISHER.search(rest) \
        and not named_again(name, context)
