"""The site's listing of its coming events under the review: a box holding a label and a list of dated lines ("<div>
<h3>Coming up</h3><ul><li>4 March, 7 pm – the reading circle at the library</li><li>11 March – book swap</li></ul>
</div>"). For ``boilerplate.clean_body`` (``mark``).

``eventbox`` and ``eventline`` read one event's notice; a club's or a library's site prints its programme as a small
list in a widget of its own after the post. Its shape, whatever the language:

- a box (a ``div``) holding only a label (a heading or a short line, no link, no sentence stop) and a list of two to
  eight items;
- each item a short line (40 words at most) opening on its date: a day and a month's name (``worddates.month_names``,
  every dateparser locale, either order) or a numeric day and month, then a dash, a colon or a comma;
- one item at least gives a clock time too (``eventline.CLOCK``, ``CLOCK_LED``): a programme, not a chronology;
- after the review's last paragraph: no paragraph of 20 words or more after the box;
- not in a mail laid out in tables (a cell around it): ``mailsections`` cuts a letter's sections after the review's,
  this one with the others after it (opening hours, a coupon), which it finds by the headings still there.

What stays: the book's chronology in a box between the review's paragraphs (a paragraph after it), the same dated
list with no hour in it (a timeline of the story after the review), a list whose lines do not open on a date.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .eventline import CLOCK, CLOCK_LED
from .nodes import HEADING_TAGS, text_of
from .words import count_words
from .worddates import month_names

RULE = "events listing"
_LABEL_WORDS, _ITEM_WORDS, _PROSE = 6, 40, 20
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# the item's opening date, then its dash, colon or comma: "12 dicembre, ore 18 –", "March 4:", "4.3. –"
_OPENING = re.compile(rf"^\W{{0,2}}(?:{_DAY}\.?\s+([^\W\d_]{{3,}})\.?|([^\W\d_]{{3,}})\.?\s+{_DAY}(?:st|nd|rd|th)?|"
                      rf"{_DAY}[./]\s?(?:0?[1-9]|1[0-2])\.?)(?=[\s,:–—-])")
_STOP = re.compile(r"[.!?。！？]\s*$")


def _dated(item: HtmlElement) -> bool:
    text = text_of(item).strip()
    found = _OPENING.match(text)
    if not found or count_words(text) > _ITEM_WORDS:
        return False
    month = found.group(1) or found.group(2)
    return month is None or month.casefold() in month_names()


def listing(box: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The box's label and its list of dated lines (module docstring), or None."""
    if box.tag != "div" or box.getparent() is None or (box.text or "").strip():
        return None
    children = [c for c in box if isinstance(c.tag, str)]
    if len(children) != 2 or any((c.tail or "").strip() for c in children):
        return None
    label, dates = children
    words = text_of(label).strip()
    if not (label.tag in HEADING_TAGS or label.tag in ("p", "div", "strong", "b")) or label.xpath(".//a") \
            or not 1 <= count_words(words) <= _LABEL_WORDS or _STOP.search(words) or dates.tag not in ("ul", "ol"):
        return None
    items = [c for c in dates if isinstance(c.tag, str)]
    if not 2 <= len(items) <= 8 or any(li.tag != "li" or not _dated(li) for li in items) \
            or not any(CLOCK.search(text_of(li)) or CLOCK_LED.search(text_of(li)) for li in items):
        return None
    return label, dates


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark an events listing's label and list after the review's last paragraph."""
    for i, block in enumerate(items):
        parent = block.getparent()
        if i in drop or parent is None or (pair := listing(parent)) is None or pair[0] is not block \
                or next(parent.iterancestors("td"), None) is not None:
            continue  # (a mail laid out in tables: ``mailsections`` cuts its sections after the review's, all of them)
        inside = [k for k in range(i, len(items)) if parent in items[k].iterancestors()]
        if any(count_words(text_of(items[k])) >= _PROSE for k in range(i + 1, len(items)) if k not in inside):
            continue  # (the review goes on after it)
        for k in inside:
            if k not in drop:
                drop[k], boxes[k] = RULE, parent
