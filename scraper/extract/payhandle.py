"""A payment service named with where to pay it: the site's bid for money by mobile money, between the review's
paragraphs or in its tail, in any language.

Across Africa, the Levant and the Gulf a blog is tipped by mobile money: the wallet's name and the writer's phone
number, till or merchant code ("… Airtel Money on 0999 …", "EcoCash merchant code 0555…", "Orange Money: 72 …"), often
with no bid word this module could know (Setswana, Twi, Shona, Chichewa …). The handle is what the line is for, and no
review gives one. Its shape:

- a short paragraph of its own (45 words at most: ``tailasks.short_line``; not a heading, quotation, list or table),
  no score, no note the review carries, not opening on a quotation mark;
- a payment service named (``payline.PAY_SERVICE``, platform knowledge across regions) and, within six words after
  it, a handle (HANDLE): a run of six to thirteen digits, in groups or not, an international "+" perhaps, no currency
  sign or name by it (``payline.SUM``); a run shaped as a plain count (no leading 0: "50 000 000", "150000") is a
  handle only with no word after it ("… 72 555 019." is; "50 000 000 transfers" is the book's figure); a date
  ("14.02.2021") or a range of two like ends ("2007-2017", "1140-2231") is none.

What stays: a character who sends money by phone (no handle); a price paid by a wallet ("1 200 shillings, paid by
Orange Money": a sum, and no run of six digits); a book on mobile money and its figures (a count with its word after
it); a year or a page count beside a wallet (fewer than six digits).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of

_MAX_WORDS, _AFTER_WORDS = 45, 6
# a handle: digits in groups split by a space, a dot or a hyphen, a "+" perhaps before (its digits counted after)
HANDLE = re.compile(r"(?<![\w.,/+-])\+?\d{2,6}(?:[ .-]\d{2,6}){0,5}(?![\w/]|[.,-]\d)")
# a plain count's shape: no leading 0, one run or thousands' groups of three
_COUNT = re.compile(r"[1-9]\d{0,2}(?:[ .]\d{3})+|[1-9]\d+")
_WORD_AFTER = re.compile(r"\s*[^\W\d_]")
# a date ("14.02.2021", "2016-05-12") or a range whose two ends are alike ("2007-2017", "1140-2231"): a review's
# figure, no number to pay (rev-plea40)
_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:1[5-9]|20)\d\d|"
                   r"(?:1[5-9]|20)\d\d([./-])(?:0[1-9]|1[0-2])\2(?:0[1-9]|[12]\d|3[01])")
_RANGE = re.compile(r"([1-9]\d+)-([1-9]\d+)")


def _handle(found: re.Match, text: str) -> bool:
    """The run is a handle: six to thirteen digits, not a plain count with a word after it."""
    digits = sum(c.isdigit() for c in found.group())
    if not 6 <= digits <= 13 or _DATE.fullmatch(found.group()):
        return False
    if (ends := _RANGE.fullmatch(found.group())) and len(ends.group(1)) == len(ends.group(2)):
        return False
    return not (_COUNT.fullmatch(found.group()) and _WORD_AFTER.match(text, found.end()))


def wallet_handle(text: str) -> bool:
    """A payment service with a handle within six words after it, no sum in between or by the handle."""
    from .payline import PAY_SERVICE, SUM  # (late: payline reads this module)
    if not any(c.isdigit() for c in text):
        return False  # (most lines: no figure at all)
    for service in PAY_SERVICE.finditer(text):
        after = text[service.end():]
        reach = re.match(r"(?:\W*[^\W\d]+){0,%d}" % _AFTER_WORDS, after)
        for found in HANDLE.finditer(after, 0, reach.end() + 40):
            if found.start() > reach.end() + 3:
                break
            window = after[max(0, found.start() - 4):found.end() + 12]
            if _handle(found, after) and not SUM.search(window):
                return True
    return False


def handle_line(block: HtmlElement) -> bool:
    """A short paragraph of its own naming a payment service with where to pay it (module docstring)."""
    from .housekeeping import a_note
    from .payline import _QUOTED
    from .rating import has_score
    from .tailasks import short_line
    if block.tag not in ("p", "div") or not (text := short_line(block, _MAX_WORDS)) or _QUOTED.match(text):
        return False
    return wallet_handle(text) and not has_score(text) and not a_note(text, block)
