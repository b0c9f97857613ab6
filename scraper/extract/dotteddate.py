"""A date written "D. M. YYYY" with spaces after the stops, read day first, as every place that writes it means.

htmldate 1.11 misreads the spaced form: "5. 12. 2026" (5 December in Czech, Slovak, Slovene, Croatian, German,
Norwegian …) comes back as 2026-05-12, "5. 12.2026" as 2026-12-01, and after a word ("Vydáno 5. 12. 2026") as
the year alone (2026-01-01); only "5.12.2026" with no spaces is read day first. No convention writes month first
with stops, so when htmldate's date is one of those misreadings of a spaced dotted date in the page's own text, the
date as written replaces it. A date htmldate took from anywhere else (the URL, a worded month, a date that is no
misreading) is left as it is.
"""

from __future__ import annotations

import re
from datetime import date

from lxml.html import HtmlElement

# day. month. year with a space after at least one of the stops; not inside a longer run of digits and stops
_SPACED = re.compile(r"(?<![\d.])(\d{1,2})\.(\s*)(\d{1,2})\.(\s*)((?:19|20)\d\d)(?![\d])")


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def corrected(found: str | None, tree: HtmlElement, url: str | None = None) -> str | None:
    """htmldate's ``found`` (YYYY-MM-DD), or the page's spaced dotted date that it misread."""
    if not found or len(found) != 10 or not found[8:].isdigit() or int(found[8:]) > 12:
        return found  # (every misreading has a day of 12 or less: the written month, or the 1st)
    if url and (found in url or found.replace("-", "/") in url or found.replace("-", "") in url):
        return found  # the address says it
    text = None
    for node in tree.iter("body"):
        text = " ".join(node.itertext())
        break
    if not text or ". " not in text:
        return found
    for match in _SPACED.finditer(text):
        if not (match.group(2) or match.group(4)):
            continue  # "5.12.2026": htmldate reads that one right
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(5))
        right = _day(year, month, day)
        if right is None or right == found:
            continue
        if found in (_day(year, day, month), _day(year, month, 1), _day(year, 1, 1)):
            return right
    return found
