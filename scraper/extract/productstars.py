"""Customers' stars under a shop's record: a product page (reviewbox.shop_page: a priced h1 beside a cart button) whose
text runs title, description, then the item's details table with an identifier row (ISBN, EAN, GTIN, UPC, JAN: a
13-digit code, or a labelled 8-, 10- or 12-digit one; or a definition list's label item over its code's item), and
only after that table a customer's stars and a line or two of theirs ("Read it at school and again now. Still
funny."). The stars are a buyer's, not the page's verdict: shops set the record's identifiers at the end of the
item's own part and the customers' area under it, whatever the language of the page or of its labels.
reviewed.product_record asks customers_tail() when the page's rating would otherwise make the shop's page a review.

A blogger's review that gives its record (ISBN included) and then writes on and rates the book has a paragraph of
prose after the record (30 words or more, reviewbox.reviews_written's measure): no tail. A score before the record
(a review opening on its verdict) is the page's own: no tail. A plain substring test (a digit and a separator in the
line) comes before the pattern.
"""

from __future__ import annotations

import re

from .scorelines import scored
from .words import count_words

# a table row "| EAN | 978… |" or a labelled line "ISBN: 978-…" (a short label, then the code alone)
_ROW = re.compile(r"^\|?\s*(?P<label>[^\W\d][^|:：\n]{0,30}?)\s*(?:\|\s*|[:：]\s*)(?P<value>[\d][\d\s‐-]{6,20}[\dXx]?)\s*\|?\s*$")
# (a word of its own: not "Upcoming", "Jane")
_ID_LABEL = re.compile(r"(?<![^\W\d_])(?:isbn|ean|gtin|upc|jan|issn)(?![^\W\d_])", re.I)
_CODE = re.compile(r"^(?:[-*+]\s+)?\d[\d\s‐-]{6,20}[\dXx]\s*$")  # (a value line holding the code alone)
_PROSE = 30  # (a written review's paragraph: reviewbox.reviews_written)


def _identifier(line: str) -> bool:
    if len(line) > 70 or not any(c.isdigit() for c in line) or not ("|" in line or ":" in line or "：" in line):
        return False
    found = _ROW.match(line.strip())
    if not found:
        return False
    digits = re.sub(r"[^\dXx]", "", found.group("value"))
    return len(digits) == 13 and digits.isdigit() or len(digits) in (8, 10, 12) and bool(_ID_LABEL.search(found.group("label")))


def _split_identifier(lines, index: int) -> bool:
    """A details list whose label and value are items of their own ("- ISBN", then "- 978…": a definition list's term
    and its value): the identifier's value line, under a short label naming it."""
    line = lines[index]
    if index == 0 or len(line) > 24 or not any(c.isdigit() for c in line):
        return False
    label = lines[index - 1].lstrip("-*+ ").strip()
    digits = re.sub(r"[^\dXx]", "", line)
    return len(label) <= 24 and bool(_ID_LABEL.match(label)) and bool(_CODE.match(line)) \
        and len(digits) in (8, 10, 12, 13)


def customers_tail(lines) -> int | None:
    """The index of the record's identifier row when every scored line of the text comes after it and no paragraph of
    prose does: the stars and notes below are customers'. None otherwise."""
    lines = list(lines)
    at = next((index for index, line in enumerate(lines) if _identifier(line) or _split_identifier(lines, index)), None)
    if at is None:
        return None
    after = lines[at + 1:]
    if not scored(after) or scored(lines[:at]) or any(count_words(line) >= _PROSE for line in after):
        return None
    return at
