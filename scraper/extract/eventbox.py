"""A club's or a shop's event notice set apart anywhere in the post: "Next meeting: Tuesday 4 March, 7 pm, upstairs at
the library", a boxed card "<h3>The author in conversation</h3><p>At our Fitzroy shop, Friday 12 June, 6.30pm.</p>
<a>Book now</a>", "📌 Reminder: the club's live chat is on Wednesday at 9 pm".

``eventline`` and ``eventdays`` read such a line at the post's tail; a club's wiki, a community platform or a
bookseller's blog sets the same notice between the review's paragraphs or under them in a box of its own. It is the
organiser's, not the review's. Its shape, whatever the language:

- set apart from the review's paragraphs: boxed, shrunk or wholly in italics (``promo.set_apart``: a theme's callout,
  card or notice class, a background), or alone in a wrapper of its own (``promo.own_wrapper``);
- or in a page builder's text block of its own under its heading and nothing else ("<div><h4>Come and talk about it</h4>
  <p>The club meets every first Tuesday at the library, 7pm. All welcome.</p></div>", the review in the blocks around
  it), when the line is a standing invitation (``eventdays.standing_invite``: a day, a gathering and a bid to come, all
  three) with its clock time: a section of the review under its own heading does not bid the reader come at an hour
  (a scene's "the choir meets on Sunday and all are welcome" gives none);
- short: its box holds 60 words at most (a boxed paragraph of prose is longer);
- or in a box its class names an event's ("event-note", "agenda"), a day of the month beside its month enough
  (``_event_classed``: the box's class says what the clock would);
- it names a day of the week (``eventdays.weekday``: any dateparser locale, and the unspaced scripts) and a clock time
  (``eventline.CLOCK``: "19:30", "7 pm", "20 h", "19 Uhr", "19時"; or one its word leads, "alle 18", "klo 18");
- no price (a ticket's price is a shop's programme line ``promo`` reads), no score, no note the review carries (a
  content warning, a free-copy disclosure), not a quote, a heading, a list or a table; but an e-mail letter draws its
  box as a table of one row and one cell between the review's paragraphs, and that table is the notice's box.

The weekday and the clock together are what tell it from a boxed record ("Published Thursday 3 March 2025" gives no
clock; "19.90 €" is a price) and from a boxed quote of the book (a blockquote, never taken). The whole box goes: its
heading, its line and its booking link.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .eventdays import named_day, standing_invite, weekday
from .eventline import CLOCK_LED, CLOCK
from .housekeeping import a_note
from .nodes import text_of
from .promo import PRICE, own_wrapper, set_apart
from .rating import has_score
from .words import count_words

RULE = "event notice"
_MAX_WORDS = 60
_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "figure", "li", "td")


def _box(block: HtmlElement, body: HtmlElement) -> HtmlElement:
    """The smallest box around the block that still holds 60 words at most (the notice's card), inside the body."""
    box = block
    while True:
        parent = box.getparent()
        if parent is None or parent is body or parent.tag in ("article", "main", "body", "html") \
                or parent.tag not in ("div", "section", "aside") or count_words(text_of(parent)) > _MAX_WORDS:
            return box
        box = parent


def _layout_cell(block: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The table inside the body whose one cell holds the block and nothing else of 60 words or more: an e-mail
    letter's box drawn as a table of one row and one cell (a table of rows and cells is data, never taken)."""
    table = next((a for a in block.iterancestors() if a.tag in ("table", "blockquote", "li")), None)
    if table is None or table.tag != "table" or body not in table.iterancestors() or len(table.xpath(".//td|.//th")) != 1 \
            or table.xpath(".//th") or count_words(text_of(table)) > _MAX_WORDS:
        return None
    return table


_LEAVES = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "figcaption")


def _boxed_notice(box: HtmlElement) -> bool:
    """The box's text is an event notice, or is one with its heading and its lines read apart: the markup's text glues
    a card's heading to its line ("Book club in DecemberTuesday 15 Dec, 6 pm"), the weekday lost in the glued word."""
    text = text_of(box)
    # (a box over 60 words is no notice read either way: the leaves leave out 4 characters at most, two words, and
    # reading them apart only adds words; asked first, so a long box's leaves are never walked)
    if count_words(text) > _MAX_WORDS + 2:
        return False
    if event_notice(text):
        return True
    leaves = [text_of(e) for e in box.iter(_LEAVES) if not any(a.tag in _LEAVES for a in e.iterancestors())]
    return len(leaves) > 1 and sum(map(len, leaves)) + 4 >= len(text) and event_notice(" ".join(leaves))


def _programme(block: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The box of a house's programme: a box set apart that holds one heading and this list only, each of its two to
    six rows a clock time ("<h4>Our festival: the programme</h4><ul><li>Friday, 6 pm: …</li><li>Saturday, 11 am: …</li>
    </ul>"), the whole a notice (a weekday and a clock, no price, 60 words at most). A reviewer's list of the book's
    chapters or of other books gives no clock in each row, and stands in the post's own flow, not in a box."""
    box = block.getparent()
    if box is None or box is body or box.tag not in ("div", "section", "aside") or (box.text or "").strip():
        return None
    parts = [c for c in box if isinstance(c.tag, str)]
    if len(parts) != 2 or parts[1] is not block or parts[0].tag not in ("h2", "h3", "h4", "h5", "h6", "p") \
            or any((c.tail or "").strip() for c in parts):
        return None
    rows = [li for li in block if isinstance(li.tag, str)]
    if not 2 <= len(rows) <= 6 or any(r.tag != "li" for r in rows) \
            or not all(CLOCK.search(t) or CLOCK_LED.search(t) for t in map(text_of, rows)):
        return None
    if not set_apart(box, body) or not _boxed_notice(box) or a_note(text_of(box)):
        return None
    return box


def _headed_wrapper(block: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The box of a text block holding a heading and the block under it and nothing else, 60 words at most, with the
    review's text outside it (the body holds 40 words more), the block a standing invitation with its clock time: a page
    builder's block of its own (module docstring)."""
    parent = block.getparent()
    if parent is None or parent is body or parent.tag not in ("div", "section", "aside") or (parent.text or "").strip():
        return None
    parts = [c for c in parent if isinstance(c.tag, str)]
    if len(parts) != 2 or parts[1] is not block or parts[0].tag not in ("h2", "h3", "h4", "h5", "h6") \
            or any((c.tail or "").strip() for c in parts):
        return None
    words = count_words(text_of(parent))
    if words > _MAX_WORDS:
        return None
    text = text_of(block)
    if not (CLOCK.search(text) or CLOCK_LED.search(text)) or not standing_invite(block) \
            or count_words(text_of(body)) < words + 40:
        return None
    return _box(parent, body)


# a theme's or the writer's class for an event's box: "event-note", "events", "agenda-box", "meetup"
_EVENT_CLASS = re.compile(r"(?:^|[-_])(?:events?|agenda|meetups?)(?:[-_]|$)", re.I)


def _event_classed(box: HtmlElement, block: HtmlElement) -> bool:
    """A box its class names an event's ("<div class='event-note'>"), short, that names a day of the month beside its
    month or a weekday ("on 19 December", ``eventdays.named_day``), no price, score or note: the organiser's notice,
    though it gives no clock time. A review's paragraph about a historical march on a date stands in no such box."""
    text = text_of(box)
    if not any(_EVENT_CLASS.search(t) for e in {box, block} for t in (e.get("class") or "").split()):
        return False
    return 0 < count_words(text) <= _MAX_WORDS and named_day(text) and not (PRICE.search(text) or has_score(text)
                                                                              or a_note(text))


def event_notice(text: str) -> bool:
    """A short text naming a weekday and a clock time, with no price, score or note (see the module docstring)."""
    if not text or count_words(text) > _MAX_WORDS or PRICE.search(text) or has_score(text):
        return False
    clock = CLOCK.search(text) or CLOCK_LED.search(text)
    if not clock or not weekday(text[:clock.start()] + " " + text[clock.end():]):
        return False
    return not a_note(text)


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark each event notice set apart in the post (see the module docstring), with the box it stands in."""
    for i, block in enumerate(items):
        if i in drop:
            continue
        if block.tag in ("ul", "ol"):
            box = _programme(block, body)
            if box is not None:
                drop[i], boxes[i] = RULE, box
            continue
        if block.tag in _BLOCKED:
            continue
        cell = _layout_cell(block, body)
        if cell is not None:  # (a letter's one-cell table around the notice is its box)
            if _boxed_notice(cell) and not a_note(text_of(block), block):
                drop[i], boxes[i] = RULE, cell
            continue
        if any(a.tag in ("blockquote", "li", "td", "table") for a in block.iterancestors()):
            continue
        if block.tag == "p" and (headed := _headed_wrapper(block, body)) is not None:
            drop[i], boxes[i] = RULE, headed  # (under its heading in a text block of its own: a standing invitation)
            continue
        if not (set_apart(block, body) or own_wrapper(block, body)):
            continue
        box = _box(block, body)
        if box is not block and not (set_apart(box, body) or own_wrapper(box, body)):
            box = block
        if (_boxed_notice(box) or _event_classed(box, block)) \
                and not any(a_note(text_of(b), b) for b in items if b is not block and box in b.iterancestors()):
            drop[i], boxes[i] = RULE, box
