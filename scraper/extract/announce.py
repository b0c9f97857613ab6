"""What marks a post as a tour stop's, a reveal's, an event's or a read-along's announcement, by its sections.

- headings of a tour stop or a reveal: an extract, a giveaway, the tour's schedule, a pre-order (in our languages);
- a schedule, counted as one of those sections: three list items each led by a day and a month that name a stop or
  a place before what happens there ("4.3. Lukupino — interview"), a clock time's range ("14.00–16.30",
  "21:00〜22:30"), or a read-along's parts (list items in a row, each a range that starts after the one before ends:
  "Week 2: chapters 7–13");
- where the replies under a post start: a heading that counts them ("## Comments (12)"), whose scores are others'.

Pure functions over the cleaned Markdown lines; classify.body_signals reads them.
"""

from __future__ import annotations

import re

from .words import count_words

# Section headings that blog-tour stops, cover reveals and giveaways carry, in our languages.
PROMO_HEADING = re.compile(
    r"\b(excerpt|extract|auszug|leseprobe|extrait|extracto|fragmento|estratto|uittreksel|fragment|giveaway|gewinnspiel|"
    r"sorteo|concours|jeu-concours|concorso|sorteio|winactie|tour (schedule|stops|dates)|blog tour|cover reveal|"
    r"pre-?order|vorbestell\w*|pr[ée]commande\w*|preventa|preordin\w*|pré-venda)\b",
    re.I,
)
ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
# a list item led by a day and month in figures ("4.3.", "04/03", "3-12") or a day and a month's word, then a name, a
# dash or a colon, and what happens there: a tour's stops, an event's programme
_DATED_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+(?:\*\*)?(?:\d{1,2}[./-]\d{1,2}\.?|\d{1,2}\.?\s+[^\W\d]{3,12}\.?)(?:\*\*)?\s+"
                         r"[^—–:|]{2,60}?\s*[—–:|]\s*\S")
# a clock time's range, "14.00–16.30", "19:00 - 21:00", "21:00〜22:30" (a score "4.5–5" has one figure before its point)
_TIME_RANGE = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[.:][0-5]\d\s*[–—~〜～-]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.:])")
# a heading that counts what follows it: "## Comments (12)", "## Bewerbungen (146)": others' replies
_COUNTED_HEADING = re.compile(r"^#{1,6}\s+[^\W\d][^()\n]{0,40}?\s*\(\d+\)\s*$")
_RANGE = re.compile(r"(\d{1,4})\s*[–—-]\s*(\d{1,4})")


def _parts_schedule(lines: list[str]) -> bool:
    """A read-along's schedule: three or more list items in a row, each a short range that starts after the one before
    ends ("Part 1: chapters 1–7", "chapters 8–15" …): the book cut into parts to be read together."""
    run, last = 0, None
    for line in lines:
        found = _RANGE.search(line) if ITEM.match(line) and count_words(line) <= 10 else None
        start, end = (int(found.group(1)), int(found.group(2))) if found else (0, 0)
        if found and start < end and (last is None or start > last):
            run, last = run + 1, end
            if run >= 3:
                return True
        else:
            run, last = 0, None
    return False


def schedules(lines: list[str], markdown: str) -> int:
    """How many kinds of schedule the post holds (0-3): dated stops, a clock time's range, a read-along's parts."""
    dated = sum(1 for line in lines if _DATED_ITEM.match(line))
    return (dated >= 3) + bool(_TIME_RANGE.search(markdown)) + _parts_schedule(lines)


def replies_start(lines: list[str]) -> int | None:
    """The index of the first heading that counts the replies under it, or None."""
    return next((n for n, line in enumerate(lines) if line.startswith("#") and _COUNTED_HEADING.match(line)), None)
