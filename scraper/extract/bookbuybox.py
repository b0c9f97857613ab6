"""The book of a buy box set among a review's paragraphs: "<aside><h4>Buy the Book</h4><img …><p>T</p><p>A</p>
<a>Buy now</a></aside>", as magazines that review one book a post put its cover, title and author with a shop button
between two paragraphs of the text.

The extractor's body drops the box (an aside, a promotion), and the text may name the author by surname only, so no
other rule reads the full record. What marks the box, by shape and place, not by its wording:

- a link or button whose whole label is the word for buying or ordering (shopplug's button words, ~25 languages), or
  a short heading opening on a buy verb ("Buy the book", "Acheter le livre", "Das Buch kaufen", "Compra il libro");
- its box (the nearest aside, div, section or figure up to three levels above, 40 words at most) stands among the
  post's own paragraphs: a sibling paragraph of prose (20 words or more) beside it;
- apart from the button and the heading, the box holds exactly two lines of text: the title, then the author (a
  person's name, perhaps after "by");
- the post's text names the author (by surname: ``Context.vouches_for``).

A box of several books (a shop row, "more from this author"), a box in the sidebar or footer (no prose beside it), a
box without a name line, or whose author the review never names, gives nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from .book import Book, Context, leading_author, is_name
from .shopplug import BUY
from .words import count_words

# a short heading opening on a buy or order verb ("Buy the Book", "Acheter le livre", "Das Buch kaufen")
_BUY_HEAD = re.compile(
    r"^\W*(?:buy|order|purchase|get\s+the\s+book|acheter|commander|comprar|compra|acquista|ordina|kaufen|bestellen|"
    r"kopen|bestel|köp|kjøp|køb|osta|tilaa|kup|zamów|koupit|kúpiť|kupi|купить|купити|придбати|купи|satın\s+al|"
    r"cumpără|vásárold|購入|구매|购买)\b|\b(?:kaufen|bestellen|kopen|bestellen|köpa|kjøpe|købe|ostaa|satın\s+al)\W*$", re.I)
_BOXES = ("aside", "div", "section", "figure")
_SKIP = ("img", "input", "button", "form", "script", "style", "source", "picture", "svg")
_HEADS = ("h2", "h3", "h4", "h5", "h6")
_BY_LEAD = re.compile(r"^(?:by|von|de|di|door|par|por|av|af|od|от|від)\s+", re.I)


def _label(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _buy_control(element: HtmlElement) -> bool:
    text = (element.text or "").strip() if len(element) == 0 else _label(element)
    return bool(text) and len(text) <= 30 and _buy_label(text)


@lru_cache(maxsize=8192)  # (a site's menus, sidebars and tag clouds: the same labels on every page, ~0.2 ms a page)
def _buy_label(text: str) -> bool:
    return bool(BUY.match(text) or _BUY_HEAD.match(text))


def _box(control: HtmlElement) -> HtmlElement | None:
    for level, box in enumerate(control.iterancestors()):
        if level >= 3:
            return None
        if box.tag in _BOXES:
            return box if count_words(_label(box)) <= 40 else None
    return None


def _among_prose(box: HtmlElement) -> bool:
    parent = box.getparent()
    if parent is None:
        return False
    return any(s is not box and s.tag == "p" and count_words(_label(s)) >= 20 for s in parent)


def _lines(box: HtmlElement) -> list[str]:
    lines = []
    for element in box.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        if element.tag in ("a",) + _HEADS and _buy_control(element):
            continue
        if any(a.tag in ("a", "button") + _HEADS for a in element.iterancestors() if a is not box and _buy_control(a)):
            continue
        if len(element) and any(isinstance(c.tag, str) and c.tag not in _SKIP for c in element):
            if (element.text or "").strip():
                return []  # text beside its own children: not a box of plain lines
            continue
        text = " ".join(element.text_content().split())
        if text:
            lines.append(text)
    return lines


def buy_box(tree: HtmlElement) -> tuple[str, str] | None:
    """(title, author) of the one buy box among the post's paragraphs (module docstring), before the cleaning; else None."""
    found = set()
    for control in tree.iter("a", "button", *_HEADS):
        if not _buy_control(control):
            continue
        box = _box(control)
        if box is None or not _among_prose(box):
            continue
        lines = _lines(box)
        if len(lines) != 2 or count_words(lines[0]) > 15:
            continue
        name = _BY_LEAD.sub("", lines[1])
        author = leading_author(name) if is_name(name) else None
        if author and author == name and not is_name(lines[0]):
            found.add((lines[0], author))
    return found.pop() if len(found) == 1 else None


def buy_box_book(found: tuple[str, str] | None, context: Context) -> Book | None:
    """The buy box's book when the text names its author."""
    if not found or not context.vouches_for(found[1]):
        return None
    return Book(title=found[0], author=found[1], source="buy box")
