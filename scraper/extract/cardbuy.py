"""The buy link closing a book card: "<div class=card><img><p>Title</p><p>Author</p><p>Publisher</p><a>Buy at …</a></div>".

A magazine or a blog sets the reviewed book's card beside the review: its cover, its record lines (title, author,
publisher, pages), and at the card's end a link to buy it from a bookseller ("Comprar na livraria parceira", "Buy at
our partner bookshop", "Bei uns bestellen"). The record lines are the review's; the link is the shop's.

What marks it: a bare link (no text beside it in its box, no link before it there) that is the last element of a box
holding a picture and two text lines or more before it; short (six words at most), no score, not a name (a name's
words are all capitalised, a call to buy is not: "Buy it here", or one word: "Comprar"); going nowhere on the page
("#", "javascript:") or to another site (the bookseller). A card whose last line is the author's linked name stays.

Or the card closes with a list of such links, one an item ("<ul><li><a>Buy at X</a></li><li><a>Y</a></li></ul>"), the
cover beside the record lines' box rather than in it ("Buy at X", "Xで購入"; two capitalised words are a name).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

RULE = "buy link of a book card"
_CARDS = ("div", "section", "aside", "figure")


def _goes_away(href: str, host: str) -> bool:
    href = href.strip()
    if not href or href.startswith(("#", "javascript:")):
        return True
    other = urlsplit(href).hostname or ""
    return bool(other) and bool(host) and other.removeprefix("www.") != host.removeprefix("www.")


def _a_call(text: str) -> bool:
    from .rating import has_score
    words = text.split()
    if not words or count_words(text) > 6 or has_score(text):
        return False
    return len(words) == 1 or not all(w[:1].isupper() for w in words)


def _buy_list(box: HtmlElement, host: str) -> bool:
    """A list of buy links, one bare link an item, each a call to buy going to a bookseller ("<ul><li><a>Buy at X</a>
    </li><li><a>Yで購入</a></li></ul>"), six at most."""
    items = [c for c in box if isinstance(c.tag, str)]
    if not 1 <= len(items) <= 6 or (box.text or "").strip():
        return False
    for item in items:
        links = list(item.iter("a"))
        if item.tag != "li" or len(links) != 1 or text_of(item) != text_of(links[0]):
            return False
        if not (_a_call(text_of(links[0])) and _goes_away(links[0].get("href", ""), host)):
            return False
    return True


def card_lists(body: HtmlElement, host: str = "") -> list[HtmlElement]:
    """A list of buy links closing a book card: the card's last element, after two short record lines or more, the
    card or the box around it holding the cover ("<div><img></div><div><p>T</p><p>A</p><ul>buy links</ul></div>")."""
    found = []
    for box in body.iter("ul", "ol"):
        card = box.getparent()
        if card is None or card.tag not in _CARDS or (card.text or "").strip() or (box.tail or "").strip():
            continue
        children = [c for c in card if isinstance(c.tag, str)]
        if children[-1] is not box or any(c.tag == "a" or c.tag in ("ul", "ol") for c in children[:-1]):
            continue
        lines = [c for c in children[:-1] if c.tag in ("p", "div", "span", "h3", "h4", "h5") and text_of(c)]
        outer = card.getparent()
        pictured = card.xpath(".//img") or outer is not None and outer is not body and outer.xpath(".//img")
        if len(lines) < 2 or not pictured or any(count_words(text_of(c)) > 15 for c in lines):
            continue
        if _buy_list(box, host):
            found.append(box)
    return found


def _line_count(lines: list[HtmlElement]) -> int:
    """The record's lines: one an element, or one between two <br> in it ("<p><b>T</b><br>A | Publisher</p>")."""
    return sum(1 + sum(1 for br in c.iter("br") if (br.tail or "").strip()) for c in lines)


def card_buttons(body: HtmlElement, host: str = "") -> list[HtmlElement]:
    found = []
    for link in body.iter("a"):
        card = link.getparent()
        if card is None or card.tag not in _CARDS or (card.text or "").strip() or (link.tail or "").strip():
            continue
        children = [c for c in card if isinstance(c.tag, str)]
        if not children or children[-1] is not link or any(c.tag == "a" for c in children[:-1]):
            continue
        lines = [c for c in children[:-1] if c.tag in ("p", "div", "span", "h3", "h4", "h5") and text_of(c)]
        if _line_count(lines) < 2 or not card.xpath(".//img") or any(count_words(text_of(c)) > 15 for c in lines):
            continue
        if _a_call(text_of(link)) and _goes_away(link.get("href", ""), host):
            found.append(link)
    return found


def drop_card_buttons(body: HtmlElement, host: str, report) -> None:
    """Remove the buy link closing a book card (see the module docstring)."""
    from .boilerplate import Removal  # (boilerplate imports many rules: read here, when called)
    for link in card_buttons(body, host) + card_lists(body, host):
        if link.getparent() is not None:
            report.removed.append(Removal(RULE, text_of(link)[:200]))
            link.drop_tree()
