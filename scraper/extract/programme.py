"""A page whose headings are a dated programme: a shop's or a library's events for a month, not a review.

A bookshop's events page names a book in one of its headings ("Sunday 7 December, 3 pm: reading circle on *T* by A"),
and the book rules read it there as a review's book. Its structure says otherwise: three headings or more (a Markdown
heading, or a line wholly in bold) each open on a day of the month with its month, each a different day, and each
goes on to say what happens ("7 Dec (Sun), 3 pm: …", "12月7日（日）下午三點：…", "7. 12. — …", "12월 7일 …").
Classify asks it of a post that gives no score of its own whose book was read from a heading or its text (not from its
headline): the post is the programme, and a book one of its entries names is that entry's.

A review never heads its sections with the days of a programme; a reading diary heads its entries with bare dates
("## 3 March", "## 9 March"), with nothing after them, and names its book in its headline: neither is taken. A diary
whose dated headings do say what happened ("## 4 March: the storm chapters") writes its entries in the reader's own
first person (reviewed.FIRST_PERSON: "I missed my stop"), as a programme, in a house's voice, does not: when half of
the dated entries or more are in the first person, the headings are a diary's days, not a programme's. And a
programme's days are the post's own season's: a heading whose date carries a year before the post's own (or, undated,
before the current one) is a day of history ("## 12 June 1940: the harbour closes", a review of a history walking
through its book's days), not an event the page announces.
"""

from __future__ import annotations

import re
from datetime import date

# a heading's or a whole bold line's text
_HEAD = re.compile(r"^(?:#{1,6}\s+(.+)|\*\*([^*]{3,200})\*\*)$")
# a day and its month at the heading's start: in figures ("7.12.", "7/12", "12-7" no year after), in the unspaced
# scripts' marks ("12月7日", "12월 7일"), or a day and a month's word in either order ("7 December", "Dec 7")
_FIGURES = re.compile(r"^\W{0,2}(?:(?:[1-9]|[12]\d|3[01])[./](?:[1-9]|1[0-2])\.?(?![\d/.])|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])")
_WORD_FIRST = re.compile(r"^\W{0,2}(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?([^\W\d_]{3,12})\.?")
_WORD_AFTER = re.compile(r"^\W{0,2}(?:[^\W\d_]{3,12},?\s+)?([^\W\d_]{3,12})\.?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)")
_LETTER = re.compile(r"[^\W\d_]")
# a year right after the day and month ("12 June 1940", "June 12, 1940")
_YEAR = re.compile(r"^,?\s*((?:1[5-9]|20)\d\d)(?!\d)")


def _dated(text: str, this_year: int | None = None) -> str | None:
    """The heading's opening date as written, when it opens on one and goes on after it, in no year before this_year;
    else None."""
    from .worddates import month_names  # (dateparser's locales: read once, when a heading asks)
    found = _FIGURES.match(text)
    if not found:
        for pattern in (_WORD_FIRST, _WORD_AFTER):
            found = pattern.match(text)
            if found and found.group(1).casefold() in month_names():
                break
            found = None
    if not found or len(_LETTER.findall(text[found.end():])) < 4:  # (what happens that day, not a bare date)
        return None
    year = _YEAR.match(text[found.end():])
    if year and int(year.group(1)) < (this_year or date.today().year):  # (a day of history, not of the programme)
        return None
    return found.group(0).strip(" *#").casefold()


def dated_headings(markdown: str, this_year: int | None = None) -> int:
    """How many different days the post's headings open on, each going on to say what happens (0 when half of those
    entries or more, heading and text to the next heading, are in the writer's first person: a reading diary's)."""
    from .reviewed import FIRST_PERSON
    days, entries, entry = set(), [], None
    for line in markdown.splitlines():
        head = _HEAD.match(line.strip())
        day = _dated((head.group(1) or head.group(2)).strip(), this_year) if head else None
        if head:
            entry = [line] if day else None
            if day:
                days.add(day)
                entries.append(entry)
        elif entry is not None:
            entry.append(line)
    voiced = sum(1 for lines in entries if FIRST_PERSON.search("\n".join(lines)))
    return 0 if entries and 2 * voiced >= len(entries) else len(days)


def judge(ev, own_rating: bool) -> tuple[str, str] | None:
    """("event", reason) for a post whose headings are a dated programme and that scores no book of its own."""
    if own_rating or ev.book_source not in (None, "heading", "body"):
        return None
    published = re.match(r"\d{4}", ev.published or "")
    days = dated_headings(ev.body[1], int(published.group(0)) if published else None)
    if days < 3:
        return None
    return "event", f"its headings are a dated programme ({days} days, each with what happens): an events page"
