"""A line that gives a day and a clock time is an event's, never a book's record: "Panel on the novel, Saturday 16
January, 4 pm, City Library" names a gathering, its day and its hour, and no bibliographic line (a year, pages, a price,
an ISBN, a house) carries a clock time beside a day.

The day is a weekday's name or a day of the month beside a month's or a weekday's name, in any dateparser locale
(``eventdays.weekday``, ``eventdays.named_day``: "samedi 16 janvier", "Jumamosi", "16. Januar"); the clock is
``eventline``'s (CLOCK or a clock its word leads: "4 pm", "19:30", "19h", "19 Uhr", "saa 4", "ore 18", "19時"). Both are
needed: a record's date alone ("Published 16 January 2021") or an audiobook's length ("11 h 5 min") is none. The line's
figures are looked for first: a line without a figure has no clock and is passed at once.
"""

from __future__ import annotations

from .eventdays import named_day, weekday
from .eventline import CLOCK, CLOCK_LED


def timed(line: str) -> bool:
    """The line names a day (a weekday, or a day of the month by its month's name) and a clock time."""
    if not line or not any(c.isdigit() for c in line) or len(line) > 400:
        return False
    clock = CLOCK.search(line) or CLOCK_LED.search(line)
    if clock is None:
        return False
    rest = line[:clock.start()] + " " + line[clock.end():]
    return weekday(rest) or named_day(rest)
