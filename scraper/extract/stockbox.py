"""The copy's own boxes set inside a review's body: where to get it, and a shop's info panels. For
``boilerplate.clean_body`` (``mark``).

A library's catalogue or a bookshop's product page sets its reviewer's text among boxes about the copy, not about the
book: how many copies the library holds and how many are out, which floor the original stands on, whether the shop
can have it ready for collection, what the parcel costs. Their words are the site's own, in any language; their shape
and the theme's names for them mark them:

- availability box: a box (``div``, ``section``, ``aside``, a list) that the theme names, by a whole part of its class
  or id, for the copy's availability, holdings, stock, loans, pick-up or shipping (Drupal's paragraph types, Shopify's
  ``pickup-availability``, a library's ``holdings``), short (50 words at most, half the body at most), rows and not
  prose (no sentence of 14 words or more, no row of three sentences), and no score: the catalogue's box, gone whole with its heading and its
  hold button. A reviewer's paragraph in such a box (a long sentence, "I waited three months for the library's one
  copy and it was worth every day of it") stays, and so do the same rows in a box the theme names otherwise.
- price box: a box the theme names "price" holding one price alone (its currency's code at most): the product's
  price over a shop's staff review. A review's sentence on the price has words of its own and stays.
- info panels: two collapsible panels or more in a row (``details``), each a short title (four words at most, no
  sentence stop) over a few words (15 at most, no score), after the review's last paragraph (no paragraph of prose
  follows them in the body), in a box of their own that holds nothing else: a product page's tabs ("Details",
  "Shipping & returns"). A spoiler panel stays: alone, or with prose in it, or with the review going on after it, and
  so does a run set among the text's own paragraphs (content warnings, spoilers, the review's closing sections).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import own_texts, text_of
from .promo import PRICE
from .rating import has_score
from .words import count_words

RULE, PANEL_RULE, PRICE_RULE = "availability box", "info panels", "product price"
# the theme's names for the copy's availability (en, and the class names themes in other languages keep in English;
# de/nl/sv/da/no/fr/es/it/pt words for stock and loans): a whole part of the class or id, cut at "-", "_" and spaces
_STOCK_WORDS = ("availability available avail holding holdings stock instock inventory pickup pick-up clickcollect "
                "click-collect loan loans lending copies shipping delivery fulfilment fulfillment bestand "
                "verfuegbarkeit verfügbarkeit beschikbaarheid voorraad tillganglighet tilgjengelighet tilgaengelighed "
                "disponibilite disponibilidad disponibilita disponibilidade lager").split()
_STOCK_CLASS = re.compile(rf"(?:^|[-_\s])(?:{'|'.join(map(re.escape, _STOCK_WORDS))})(?:$|[-_\s])", re.I)
# a theme's box for the product's price ("price", Shopify's "price-item", WooCommerce's "price"), read only when its
# whole text is one price
_PRICE_CLASS = re.compile(r"(?:^|[-_\s])price(?:$|[-_\s])", re.I)
_WORDS, _ROW_WORDS = 50, 14
_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]?")
# a row of three sentences or more is prose however short they are: a staff pick's "Quiet and sad. Rask writes the
# sea like nobody else. Read it slowly." in a product card the theme names "instock"
_STOP, _PROSE_STOPS = re.compile(r"\w[.!?。！？](?:\s|$)"), 3
_PANEL_TITLE, _PANEL_WORDS = 4, 15
_CONTAINERS = {"div", "section", "aside", "ul", "ol", "dl", "table", "p"}


_ROW_TAGS = {"p", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "div", "a", "span"}


def _rows_only(box: HtmlElement) -> bool:
    """No sentence of prose: every sentence of each of the box's rows (its innermost lines) is shorter than a
    reviewer's, and so is the text the box holds directly."""
    rows = [text_of(e) for e in box.iter(*_ROW_TAGS) if next(e.iterdescendants(*_ROW_TAGS), None) is None]
    rows.append(" ".join(own_texts(box)))
    return all(len(s.split()) < _ROW_WORDS for row in rows for s in _SENTENCE.findall(row)) \
        and not any(len(_STOP.findall(row)) >= _PROSE_STOPS for row in rows)


def availability_boxes(body: HtmlElement, total: int, priced: set) -> list[HtmlElement]:
    """The outermost boxes in the body that the theme names for the copy's availability and that hold rows only."""
    found: list[HtmlElement] = []
    for element in body.iter(*_CONTAINERS):
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if element is body or not names.strip() or not (_STOCK_CLASS.search(names) or _PRICE_CLASS.search(names)):  # (the cheap test first: the theme's name)
            continue
        if any(box in found for box in element.iterancestors()):
            continue
        text = text_of(element)
        if _PRICE_CLASS.search(names):  # (a theme's price box: one price alone, its currency's code at most)
            if text and PRICE.search(text) and not re.sub(r"\b[A-Z]{3}\b|[\s*/]", "", PRICE.sub("", text)):
                found.append(element); priced.add(element)
        elif text and count_words(text) <= _WORDS and len(text) <= total / 2 and _rows_only(element) and not has_score(text):
            found.append(element)
    return found


def _panel(details: HtmlElement) -> bool:
    summary = next(details.iterchildren("summary"), None)
    if summary is None:
        return False
    title = text_of(summary)
    rest = text_of(details)[len(title):] if text_of(details).startswith(title) else text_of(details)
    return 0 < count_words(title) <= _PANEL_TITLE and not re.search(r"[.!?。！？]\s*$", title) \
        and count_words(rest) <= _PANEL_WORDS and not has_score(rest)


def info_panels(body: HtmlElement, items: list[HtmlElement]) -> list[HtmlElement]:
    """A run of two short collapsible panels or more after the review's last paragraph, in a box of their own that holds
    nothing else: that box."""
    first = next(body.iter("details"), None)
    if first is None:  # (the cheap test: no panel at all)
        return []
    parent = first.getparent()
    run = [d for d in parent.iterchildren("details")] if parent is not None else []
    if len(run) < 2 or not all(_panel(d) for d in run):
        return []
    # after the review's last paragraph: no block of prose (20 words or more) after the run's last panel
    last = run[-1]
    after = False
    for block in items:
        if block is last or last in block.iterancestors():
            after = True
            continue
        if after and block not in run and count_words(text_of(block)) >= 20:
            return []
    # (in their own box, holding nothing else: a run set among the text's paragraphs is the review's own, its spoilers,
    # content warnings or closing sections)
    if parent is not body and all(child.tag == "details" for child in parent if isinstance(child.tag, str)):
        return [parent]
    return []


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the availability boxes and the info panels among a post body's blocks."""
    total = sum(len(text_of(b)) for b in items)
    priced: set = set()
    found = [(box, PRICE_RULE if box in priced else RULE) for box in availability_boxes(body, total, priced)] + [(box, PANEL_RULE) for box in info_panels(body, items)]
    for box, rule in found:
        for i, item in enumerate(items):
            if i not in drop and (item is box or box in item.iterancestors()):
                drop[i], boxes[i] = rule, box
