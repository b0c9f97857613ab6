"""A page whose headings are a dated programme: a shop's or a library's events for a month, not a review.

A bookshop's events page names a book in one of its headings ("Sunday 7 December, 3 pm: reading circle on *T* by A"),
and the book rules read it there as a review's book. Its structure says otherwise: three headings or more (a Markdown
heading, or a line wholly in bold) each open on a day of the month with its month, each a different day, and each
goes on to say what happens ("7 Dec (Sun), 3 pm: …", "12月7日（日）下午三點：…", "7. 12. — …", "12월 7일 …").
Classify asks it of a post that gives no score of its own whose book was read from a heading or its text (not from its
headline): the post is the programme, and a book one of its entries names is that entry's.

A review never heads its sections with the days of a programme; a reading diary heads its entries with bare dates
("## 3 March", "## 9 March"), with nothing after them, and names its book in its headline: neither is taken.
"""

from __future__ import annotations

import re

# a heading's or a whole bold line's text
_HEAD = re.compile(r"^(?:#{1,6}\s+(.+)|\*\*([^*]{3,200})\*\*)$")
# a day and its month at the heading's start: in figures ("7.12.", "7/12", "12-7" no year after), in the unspaced
# scripts' marks ("12月7日", "12월 7일"), or a day and a month's word in either order ("7 December", "Dec 7")
_FIGURES = re.compile(r"^\W{0,2}(?:(?:[1-9]|[12]\d|3[01])[./](?:[1-9]|1[0-2])\.?(?![\d/.])|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])")
_WORD_FIRST = re.compile(r"^\W{0,2}(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?([^\W\d_]{3,12})\.?")
_WORD_AFTER = re.compile(r"^\W{0,2}(?:[^\W\d_]{3,12},?\s+)?([^\W\d_]{3,12})\.?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)")
_LETTER = re.compile(r"[^\W\d_]")


def _dated(text: str) -> str | None:
    """The heading's opening date as written, when it opens on one and goes on after it; else None."""
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
    return found.group(0).strip(" *#").casefold()


def dated_headings(markdown: str) -> int:
    """How many different days the post's headings open on, each going on to say what happens."""
    days = set()
    for line in markdown.splitlines():
        head = _HEAD.match(line.strip())
        day = _dated((head.group(1) or head.group(2)).strip()) if head else None
        if day:
            days.add(day)
    return len(days)


def judge(ev, own_rating: bool) -> tuple[str, str] | None:
    """("event", reason) for a post whose headings are a dated programme and that scores no book of its own."""
    if own_rating or ev.book_source not in (None, "heading", "body"):
        return None
    days = dated_headings(ev.body[1])
    if days < 3:
        return None
    return "event", f"its headings are a dated programme ({days} days, each with what happens): an events page"
