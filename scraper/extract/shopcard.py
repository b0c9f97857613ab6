"""A bookseller's product card spliced into the review: "<div><img><p>Title · Paperback · £12.99</p><p>Click and collect
in two hours.</p><button>Add to basket</button></div>".

A shop's blog sets the reviewed book's product card between the review's paragraphs or under them: its cover, a line
with its price, a line of the shop's terms (delivery, pickup, stock) and a button to buy it. ``controls`` takes a short
box with a control only when no sentence of eight words stands in it (a widget's few words), and ``spliced`` takes a
buy box's price only over the review; a card whose terms run to a sentence slips between them. All of it is the shop's.

Its shape, whatever the language or currency:

- a box inside the body (div, section, aside, figure, or a paragraph) that held a control (a button, a drop-down, a
  button input: ``controls.MARK`` written on its parent before the controls were dropped; not a toggle: a spoiler's
  "Show" beside hidden text is the review's);
- short: 40 words at most in the box;
- a price in it (``promo.PRICE`` and ``spliced``'s other currencies): an amount in a currency, which a widget's box
  (like, follow, vote) never holds and the review's prose, with its sentences, is never as short as;
- no score (a shop's box with the reader's stars is a rating widget the rating rules read), no note the review carries
  (a free-copy disclosure, a content warning), no blockquote, heading, list or table around it.

It is read after the review's first paragraph (30 words or more) only: over the review, a shop's price and buttons
beside its heading are the product page's head, which ``spliced`` (the buy box) and the book rules read. A blogger's own
record card ("Publisher · 320 pages · €18") has no control and stays; a paragraph of prose with an inline button is
longer than a card. A card that closes the post takes the shop's short lines in boxes of their own after it (its terms,
its pledge, each naming the sale), unless the review's prose goes on after it or is itself written in div lines
(``_shop_tail``).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .controls import MARK
from .housekeeping import a_note
from .nodes import HEADING_TAGS, text_of
from .promo import PRICE
from .rating import has_score
from .words import count_words

RULE = "product card"
_MAX_WORDS = 40
_BOXES = ("div", "section", "aside", "figure", "p")
_PROSE = 30  # words: the review's first paragraph, which the card comes after


def _priced(text: str) -> bool:
    from .spliced import MORE_PRICE  # (late: spliced calls this module)
    return bool(PRICE.search(text) or MORE_PRICE.search(text))


def card(anchor: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The product card around a dropped control's parent (see the module docstring), or None."""
    if anchor.get(MARK) != "control" or anchor.tag not in _BOXES:
        return None
    box = anchor
    while True:  # (climb while the box stays a card's size: its cover's and price's wrapper)
        parent = box.getparent()
        if parent is None or parent is body or parent.tag not in _BOXES or count_words(text_of(parent)) > _MAX_WORDS:
            break
        box = parent
    text = " ".join(" ".join(box.itertext()).split())  # (its lines apart: "39,90 zł" closes one, "Zamów" opens the next)
    if not text or count_words(text) > _MAX_WORDS or not _priced(text) or has_score(text) or a_note(text):
        return None
    if any(a.tag in ("blockquote", "li", "td", "table", "h1", "h2", "h3", "h4", "h5", "h6") for a in box.iterancestors()):
        return None
    return box


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the blocks of each product card in the post (see the module docstring)."""
    first = next((i for i, b in enumerate(items) if b.tag not in HEADING_TAGS and count_words(text_of(b)) >= _PROSE), None)
    if first is None:
        return
    for anchor in body.iterdescendants(*_BOXES):
        if anchor.get(MARK) is None or (box := card(anchor, body)) is None:
            continue
        if any(a_note(text_of(b), b) for b in box.iterdescendants("p", "div", "span", "em", "i")):
            continue  # (a free-copy note set in the card is the review's)
        inside = [i for i, item in enumerate(items) if item is box or box in item.iterancestors()
                  or (item in box.iterancestors() and text_of(item) == text_of(box))]
        if inside and min(inside) > first:  # (over the review, a shop's product head is its page's: spliced, the book rules)
            for i in inside:
                if i not in drop:
                    drop[i], boxes[i] = RULE, box
            _shop_tail(items, first, max(inside) + 1, drop)


# the shop's words: its price (``_priced``), or its delivery, shipping, pickup, order, basket, purchase, stock or
# bookshop, the sale and the pledge on it (proceeds, donation, charity) (en de fr es pt it nl sv da/nb pl cs ru): a
# shop's terms and pledge name the sale; the review's closing lines ("The ending is a little rushed") never do
_SHOP_WORDS = re.compile(
    r"deliver|shipping|postage|dispatch|\border|basket|\bcart\b|purchase|in\s+stock|collect|pick[\s-]?up|bookshop|"
    r"\bsales?\b|proceeds|donat|charit|erlös|verkauf|spende|\bventes?\b|bénéfice|\bventas?\b|donaci|vendit|ricavat|"
    r"verkoop|opbrengst|försäljning|\bsalg\b|sprzedaż|dochód|darowizn|prodej|продаж|пожертв|"
    r"versand|lieferung|bestell|\bkauf|abhol|buchhandlung|livraison|commande|retrait|achat|librairie|"
    r"env[ií]o|pedido|compra|librer[ií]a|recogida|spedizion|ordin[ei]|acquist|libreria|ritiro|entrega|encomenda|"
    r"livraria|verzend|levering|bestelling|aankoop|boekhandel|afhal|frakt|leverans|beställ|\bköp|bokhandel|fragt|"
    r"bestilling|\bkøb|\bkjøp|boghandel|wysyłk|dostaw|zamówien|zakup|księgarni|odbiór|doprav|doručen|objednáv|"
    r"nákup|knihkupectv|доставк|заказ|покупк|магазин",
    re.I)


def _shop_tail(items: list[HtmlElement], first: int, start: int, drop: dict[int, str]) -> None:
    """The shop's own lines under a card that closes the post ("Free delivery over $50", "a share of each order
    funds our reading charity"): when every block after the card to the body's end is a short line in a box of its
    own (div, aside, section: no paragraph of the review's, no heading), 25 words at most, naming the sale (a price,
    delivery, an order, the shop: ``_SHOP_WORDS``), with no score and no note the review carries, they go with it.
    One paragraph of prose after the card keeps them all: the review goes on; and a review that writes its own
    paragraphs as divs (as Blogger's editor does: `first`, its first paragraph, a div) keeps its div lines."""
    if items[first].tag == "div":
        return
    rest = [k for k in range(start, len(items)) if k not in drop]
    if rest and all(items[k].tag in ("div", "aside", "section") and count_words(text := text_of(items[k])) <= 25
                    and (_priced(text) or _SHOP_WORDS.search(text)) and not has_score(text) and not a_note(text)
                    for k in rest):
        for k in rest:
            drop[k] = f"{RULE} (the shop's line under it)"
