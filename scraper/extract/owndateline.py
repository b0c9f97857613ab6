"""The post's own date left over its text, known by the page's published date, and the writer's name beside it.

A magazine or a newspaper sets the writer's name and the date under the headline, each on a line of its own or both in
one box ("<p>Ana Lee</p><p>20 November 2026</p>", "<div>Ana Lee<br>Published: 20 November 2026</div>"), with no class
the byline rules know and in any language's form of a date. The page's metadata gives its published date: a short line
before the text has begun that holds that very date (in figures, in its script's own digits, with the month's name in
any dateparser locale, or with the year of the Thai calendar) and little else beside it (a label of a word or two, a
clock time, a weekday, a name: four words at most, no sentence, no score) is the engine's dateline, not the review's.
The line right over it, a name alone (one to four words, each capitalised where the script has case, no figure, no
mark but a stop or a hyphen) whose last word the text never says again, is the writer's byline.

What stays: a date that is not the page's (a review's "Read: 3 March 2024", a book's release date); the page's date in
a sentence, or on a labelled line among the book's record lines (a "Label: value" line beside it, or a second label in
the line itself: "Read: 3 May 2026 | Format: paperback"); anything after the
text has begun (a block of twenty words); the book's title over a date line (the text names it again).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lxml.html import HtmlElement

from .bylinelabels import LETTER
from .datelines import CLOCK, NOT_WORD
from .nodes import HEADING_TAGS, text_of
from .rating import has_score
from .words import count_words

RULE = "dateline"
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_TEXT_STARTED = 20
# (a line of its own: a row of spans, the name, the date and the reading time each in one, is datelines' row rules')
_LINE_TAGS = ("p", "div", "address", "h2", "h3", "h4", "h5", "h6")
_INLINE = frozenset(("br", "span", "time", "a", "small", "b", "strong", "em", "i", "abbr", "bdi", "font"))
_WORD = rf"(?:{LETTER})+"
# a whole date in figures: the year first (ISO, "2026/11/28", "2026年11月28日", "2026. 11. 28."), or last, day or month
# first ("28.11.2026", "28. 11. 2026", "11/28/2026"); a year of two figures only last ("28.11.26")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,4})\s?[-/.年년]\s?(\d{1,2})\s?[-/.月월]\s?(\d{1,4})(?!\d)")
# Vietnamese names its month by its number: "3 tháng 12, 2026", "ngày 3 tháng 12 năm 2026"
_VIET = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:,|\s+năm)?\s+(\d{4})(?!\d)", re.I)
# with the month's name: day first ("28 November 2026", "28. listopadu 2026", "28 de noviembre de 2026"), month first
# ("November 28, 2026"), year first (hu "2026. november 28.", lt "2026 m. lapkričio 28 d.", lv "2026. gada 28.
# novembris")
_WORDED = (
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+|d['’])?(?P<m>{_WORD})\.?,?\s+"
               rf"(?:de\s+|del\s+)?(?P<y>\d{{4}})(?!\d)", re.I),
    re.compile(rf"(?P<m>{_WORD})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[.,]?\s+(?P<y>\d{{4}})(?!\d)"),
    re.compile(rf"(?<!\d)(?P<y>\d{{4}})\.?\s+(?:m\.\s+)?(?P<m>{_WORD})\s+(?P<d>\d{{1,2}})(?!\d)"),
    re.compile(rf"(?<!\d)(?P<y>\d{{4}})\.\s+gada\s+(?P<d>\d{{1,2}})\.\s+(?P<m>{_WORD})"),
)
_LABEL = re.compile(r"^\W*[^\W\d_][^:：]{0,30}[:：]")
_SENTENCE = re.compile(r"[^\W\d_][.!?。！？](?:\s|$)")
# a label inside the line ("Read: 3 May 2026 | Format: paperback"): with the line's own, two fields of a record
_FIELD = re.compile(r"(?<=[\s|·•,;/])[^\W\d_][^\W\d_-]{0,20}\s?[:：]")
_NAME = re.compile(rf"^{_WORD}(?:[ .'’-]+{_WORD}){{0,3}}\.?$")


@lru_cache(maxsize=1)
def _months() -> dict[str, frozenset[int]]:
    """Each month's names in every dateparser locale (casefolded, their stops dropped) and the months they name."""
    keys = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december")
    names: dict[str, set[int]] = {}
    try:
        from dateparser.languages.loader import default_loader
        locales = list(default_loader.get_locales())
    except ImportError:  # (without dateparser: the English names)
        locales = []
        for number, key in enumerate(keys, 1):
            names.setdefault(key, set()).add(number)
            names.setdefault(key[:3], set()).add(number)
    for locale in locales:
        for number, key in enumerate(keys, 1):
            for word in locale.info.get(key, []):
                word = word.casefold().rstrip(".")
                if len(word) >= 2 and not any(c.isdigit() for c in word):
                    names.setdefault(word, set()).add(number)
    return {word: frozenset(months) for word, months in names.items()}


def _ascii_digits(text: str) -> str:
    """Every script's decimal digits as ASCII ("২৭" → "27", "٢٧" → "27")."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def own_date(text: str, year: int, month: int, day: int) -> re.Match | None:
    """The date in the text that is the given day, in any of the forms above (``text`` with ASCII digits)."""
    years = (year, year + 543)  # (the Thai calendar's year)
    for found in _NUMERIC.finditer(text):
        a, b, c = (int(g) for g in found.groups())
        if len(found.group(1)) == 4 and len(found.group(3)) <= 2:
            readings = [(a, b, c)]
        elif len(found.group(1)) <= 2 and len(found.group(3)) in (2, 4):
            full = c if len(found.group(3)) == 4 else 2000 + c
            readings = [(full, b, a), (full, a, b)]  # (day first, or month first)
        else:
            continue
        if any(y in years and m == month and d == day for y, m, d in readings):
            return found
    for found in _VIET.finditer(text):
        if int(found.group(3)) == year and int(found.group(2)) == month and int(found.group(1)) == day:
            return found
    for pattern in _WORDED:
        for found in pattern.finditer(text):
            if int(found.group("y")) in years and int(found.group("d")) == day \
                    and month in _months().get(found.group("m").casefold(), ()):
                return found
    return None


def _line_text(element: HtmlElement) -> str:
    """The line's text, its breaks and inline parts read apart ("Ana Lee<br>Published: 3 May 2026")."""
    return " ".join(" ".join(element.itertext()).split())


def _a_line(element: HtmlElement) -> bool:
    """Inline parts and breaks only: a line, not a box of blocks."""
    return all(not isinstance(c.tag, str) or c.tag in _INLINE for c in element)


def _labelled(element: HtmlElement | None) -> bool:
    return element is not None and isinstance(element.tag, str) and _LABEL.match(text_of(element)) is not None


def _dated_line(element: HtmlElement, text: str, ymd: tuple[int, int, int]) -> bool:
    """A short line holding the page's date and little else (module docstring)."""
    if count_words(text) > 12 or not any(c.isdigit() for c in text):
        return False
    plain = _ascii_digits(text)
    found = own_date(plain, *ymd)
    if found is None:
        return False
    after = plain[found.end():]
    rest = CLOCK.sub(" ", plain[:found.start()] + " " + after)
    words = [w for w in NOT_WORD.split(rest) if w]
    if len(words) > 4 or any(c.isdigit() for c in rest) or _SENTENCE.search(rest) or has_score(text):
        return False
    label = _LABEL.match(text)
    # a labelled date that is a record's field, the reviewer's or the book's, not the engine's dateline: a second label
    # in the line ("Read: 3 May 2026 | Format: paperback"), a value after the date ("First published: 28.11.2026 ·
    # Harbour Press"), or labelled lines beside it ("Read: 3 May 2026" among "Pages: 320", "Publisher: …")
    return not (label and (_FIELD.search(text, label.end()) or any(NOT_WORD.split(CLOCK.sub(" ", after)))
                           or _labelled(element.getprevious()) or _labelled(element.getnext())))


def _name_over(line: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The line right over the dateline when it is a name alone the text never says again (module docstring)."""
    above = line.getprevious()
    if above is None or not isinstance(above.tag, str) or above.tag in HEADING_TAGS \
            or above.tag not in _LINE_TAGS or not _a_line(above):
        return None
    text = text_of(above)
    if not text or len(text) > 40 or not _NAME.match(text) or not 1 <= len(text.split()) <= 4 \
            or any(w[:1].islower() for w in text.split()):
        return None
    last = re.split(r"[ .'’-]+", text.rstrip("."))[-1]
    return above if text_of(body).count(last) <= 1 else None


def drop_own_datelines(body: HtmlElement, published: str | None, report) -> tuple[str, ...]:
    """Drop the line before the text that holds the page's published date, and the writer's name right over it; their
    texts."""
    found = _ISO.match(published or "")
    if found is None:
        return ()
    ymd = tuple(int(g) for g in found.groups())
    for element in body.iter(*_LINE_TAGS, "p", "li", "blockquote", "td"):
        if element.tag in ("p", "li", "blockquote", "td") or element.tag == "div" and _a_line(element):
            text = text_of(element)
            if count_words(text) >= _TEXT_STARTED:
                return ()  # the text has begun
        if element.tag not in _LINE_TAGS or not _a_line(element) or any(a.tag == "a" for a in element.iterancestors()):
            continue
        if _dated_line(element, _line_text(element), ymd):
            name = _name_over(element, body)
            lines = ([name] if name is not None else []) + [element]
            texts = tuple(_line_text(line) for line in lines)
            for line in lines:
                report.add(RULE, line)
                line.drop_tree()
            return texts
    return ()
