"""A club's or a shop's next event, announced on a line of its own under the review: "Next reading circle: Thursday
3 December, 7 pm, the branch library." — the post's tail, not the review's words.

Its shape, whatever the language: a short line (40 words at most) among the post's last two lines left, after the
review's last paragraph (``tailasks.mark`` checks both), opening with a label of a few words and a colon, whose value
gives a day (a figure of one or two digits, a date, or a weekday's name: "Coming up: Thursday's reading hour, 7pm";
eventdays) and a clock time ("19 Uhr", "7 pm", "19:30", "19h", "19 óra", "19時"). The clock is what tells it from a book's record ("Published: 3 March 2025") and from an audiobook's
length ("Length: 12 h 30 min"); a price ("Entry: €5") or a score on the line keeps it (a ticket's price is a shop's
programme line the rules of promo read; a score is the review's).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .eventdays import weekday
from .nodes import text_of
from .promo import PRICE
from .rating import has_score
from .words import count_words

_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "figure")
_MAX_WORDS = 40
# a label: up to five words before the first colon, within 40 characters
_LABEL = re.compile(r"^\W{0,3}([^\W\d_][^:：\d]{0,38}?)\s*[:：]\s*(.+)$", re.S)
# a clock time: "19:30", "19.30", "19h", "19h30", "19 Uhr", "7 pm", "19 óra", "19 hodin", "19 ч", "19時", "19点", "19시"
# (hr/bs/sr "u 19 sati", sl "ob 19 uri", lt "19 val.")
# (not a date "12.03.2025", not a length "12 h 30 min")
CLOCK = re.compile(
    r"(?<![\d.,:])(?:[01]?\d|2[0-3])(?:[:.]\d{2}(?![.\d])|h\d{2}(?!\d)|\s?(?:h|uhr|godz\.?|óra(?:kor)?|hod(?:in)?\.?|"
    r"ч\.?|am|pm|a\.m\.|p\.m\.|saat|giờ|sati|uri|val\.?)(?!\w)(?!\s*\d)|\s?(?:時|点|點|시)(?!\s*\d+\s*分))",
    re.I)
# a day: another figure of one or two digits ("3. Dezember", "Thursday 3", "3/12"), apart from the clock
_DAY = re.compile(r"(?<![\d.,:])(?:0?[1-9]|[12]\d|3[01])(?![\d:])")


# a clock time its word leads ("ore 18", "alle 18.30", "a las 19", "às 19", "kl. 19", "klo 18", "om 20"), where the clock
# takes no suffix
CLOCK_LED = re.compile(r"(?<!\w)(?:ore|alle(?:\s+ore)?|a\s+las|às|kl\.|klo|om)\s+(?:[01]?\d|2[0-3])(?:[:.]\d{2})?(?![\d.,:]?\d)", re.I)
# the line's head before its first colon, which may carry the day and the time itself ("Reading group of Thursday
# 10 December, 6 pm, <the library>: …")
_HEAD = re.compile(r"^\W{0,3}([^\W\d_][^:：]{0,100}?)\s*[:：]\s*(.+)$", re.S)


def _day_and_clock(text: str) -> bool:
    clock = CLOCK.search(text) or CLOCK_LED.search(text)
    return bool(clock) and _day(text[:clock.start()] + " " + text[clock.end():])


def _day(rest: str) -> bool:
    """A day: a figure of one or two digits, or a weekday's name ("Thursday's reading hour …, 7pm": eventdays)."""
    return bool(_DAY.search(rest)) or weekday(rest)


def event_notice(block: HtmlElement) -> bool:
    """A short labelled line whose value gives a day and a clock time (see the module docstring)."""
    if block.tag in _BLOCKED:
        return False
    text = text_of(block).strip()
    if not text or count_words(text) > _MAX_WORDS:
        return False
    found = _LABEL.match(text)
    if not found or count_words(found.group(1)) > 5:
        # (or the head before the colon is the event's name, day and time, the value a short word to the reader)
        head = _HEAD.match(text)
        return bool(head) and count_words(head.group(1)) <= 14 and count_words(head.group(2)) <= 12 \
            and _day_and_clock(head.group(1)) and not PRICE.search(text) and not has_score(text)
    value = found.group(2)
    clock = CLOCK.search(value)
    if not clock or PRICE.search(text) or has_score(text):
        return False
    rest = value[:clock.start()] + " " + value[clock.end():]
    return _day(rest)
