"""A date written with its month's name ("12. März 2026", "March 12, 2026", "3 มกราคม 2569", "5 марта 2026 г."),
read as a post's dateline: a book record's header prints no day of the month beside its h1, a post's byline does.

A day, a word and a year (or a word, a day and a year), where the word is a month's name in one of the locales of
dateparser (a dependency of trafilatura's htmldate): an edition line ("1. Auflage 2024", "Band 3, 2019") is no date.
"""

from __future__ import annotations

import re
from functools import lru_cache

# a day, a word, a year; or a word, a day, a year (the day's ordinal and stop, "of", "de", a comma allowed)
WORDED = re.compile(
    r"(?<!\d)\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+)?([^\W\d_]{3,})\.?,?\s+(?:de\s+)?\d{4}(?!\d)|"
    r"(?<![^\W\d_])([^\W\d_]{3,})\.?\s+\d{1,2}(?:st|nd|rd|th)?[.,]?\s+\d{4}(?!\d)"
)


@lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """The months' names (and their abbreviations of three letters or more) of every dateparser locale, casefolded."""
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:  # (without dateparser: the English names)
        return frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"))
    return _names(default_loader, re.compile(r"[^\W\d_]{3,}").fullmatch)


# a word of letters and the vowel signs and other marks written on them (Devanagari "नवंबर", Bengali "নভেম্বর", Tamil
# "நவம்பர்": a mark is no word character to the re module, so month_names' words leave these months out)
MARKED_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0f00-\u0fff\u1000-\u109f\u200c\u200d])+")


@lru_cache(maxsize=1)
def marked_month_names() -> frozenset[str]:
    """The months' names that month_names leaves out because they are written with marks on their letters (the Indic
    scripts', Sinhala's, Tibetan's, Myanmar's), casefolded; empty without dateparser."""
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:
        return frozenset()
    # (not a name cut short from a longer one of its month, with no mark of its cut: mr "जाने" of "जानेवारी" is hi "जाने",
    # to go; "दिस॰" keeps its stop)
    return _names(default_loader, lambda word: MARKED_WORD.fullmatch(word) and not re.fullmatch(r"[^\W\d_]+", word),
                  cut=False)


def _names(loader, kept, cut: bool = True) -> frozenset[str]:
    """The months' names of every locale of the loader that kept() accepts, casefolded (with cut=False, none that opens
    a longer name of the same month and locale: an abbreviation written without its stop)."""
    keys = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december")
    seen: dict[str, set[str]] = {}
    for locale in loader.get_locales():
        for key in keys:
            names = locale.info.get(key, [])
            for word in names:
                if not cut and any(other != word and other.startswith(word) for other in names):
                    continue
                if len(word) >= 3 and kept(word):
                    seen.setdefault(word.casefold(), set()).add(locale.shortname.split("-")[0])
    # (an abbreviation of three letters one small locale alone gives is a word elsewhere: Samburu's "Tom", a volume's)
    return frozenset(word for word, languages in seen.items() if len(word) >= 4 or len(languages) >= 2)


def worded_date(text: str) -> bool:
    """The text holds a whole date whose month is written as a word."""
    for match in WORDED.finditer(text):
        word = (match.group(1) or match.group(2)).casefold()
        if word in month_names():
            return True
    return False


NUMERIC = re.compile(r"(?<!\d)\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_LINES = frozenset(("p", "div", "span", "time", "li", "small"))
# a line opened by a short label and its colon ("Posted: …", "Warning: …"; standfirst.py reads it too)
LABELLED = re.compile(r"^\W*[^\W\d_][^:：]{0,30}[:：]")


def dated(text: str) -> bool:
    """A whole date, in figures or with its month's name."""
    return bool(NUMERIC.search(text)) or worded_date(text)


def byline_dated(box, link, small: bool = True) -> bool:
    """A post's byline around a labelled author link ("Autor: <a>Jana</a> · 12. März 2026"): the link's own line
    holds a date, or a short line of the box is a date with no label of its own (a record's rows label theirs:
    "Erscheinungsdatum: 12.03.2024"); the short lines are read in a small box only (a level or two above the link:
    a whole page's box holds its readers' reviews, each dated)."""
    parent = link.getparent()
    if parent is not None and dated(" ".join(" ".join(parent.itertext()).split())):
        return True
    # (the box's own lines and theirs: not the lines deep in a list below it, its readers' reviews, each dated)
    lines = [e for child in box for e in (child, *child) if isinstance(e.tag, str)] if small else []
    for element in lines:
        if element.tag not in _LINES or len(element) and element.tag != "time":
            continue
        text = " ".join(element.text_content().split())
        if text and len(text.split()) <= 6 and dated(text) and not LABELLED.match(text):
            return True
    return False
