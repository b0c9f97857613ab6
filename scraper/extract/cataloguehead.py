"""A shop's or catalogue's header over the review: the product's record rows, then the heading of the review's section.

A bookshop's or a catalogue's page prints the book's record at its top, as rows of a label and a value ("Publisher:
Destino", "Year: 2024", "Pages: 256", "ISBN: …"), beside the price and the buy or shelve buttons, and then the review
under a heading of its own ("The bookseller's pick", "Readers' opinions"). The rows are the shop's data, not the
review's text; the heading names the section, not the review. What marks them is structure, in any language:

- a heading (h2, h3) among the body's first blocks, with the review's prose (80 words or more) after it;
- before it, nothing of more than 15 words (no prose: a header), three label rows or more, and the shop's own
  controls: a price, or a buy, shelve or rate box the cleaning removed (a call to action, an interface box, a row of
  links drawn as buttons).

A blogger's own record lines over a review ("Publisher: …", "Pages: …") stand with no price and no buttons, and stay.
``record_rows`` tells a block of such rows set as lines (with <br>) in a paragraph: the book's record, which the
cleaning's lead-in rule must never take for the lead-in of a plea after it. ``mark`` marks the rows and the heading for ``boilerplate.clean_body``, which, as for a standfirst, leaves them in the
tree (the book rules read the record) and reports them; ``extract_page`` leaves their lines out of the body's text.
"""

from __future__ import annotations


from lxml.html import HtmlElement

from . import headerrecord, listheading
from .controls import BUTTON_LINK
from .nodes import text_of
from .promo import PRICE
from .words import count_words

RULE = "catalogue header"
_LABEL_ROW = headerrecord.LABEL_ROW  # a label and its colon opening a short row: "Editorial: Destino", "Kategoria: …"
_CONTROLS = ("call to action", "interface", "membership", "buy box")


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement] | None = None) -> None:
    """Mark the header rows and the section's heading (``drop`` is the cleaning's, filled in place); then, given the
    cleaning's ``boxes``, the heading over a list of readers' review cards (``listheading``)."""
    _mark(items, body, drop)
    for k in headerrecord.rows(items, body, drop):  # the engine's record card in the article's header, beside the text's box
        drop[k] = RULE
    if boxes is not None:
        listheading.mark(items, drop, boxes)


def _mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str]) -> None:
    limit = min(16, len(items))
    # (cheap first: a heading among the first blocks, after nothing longer than a row)
    heading = None
    for i in range(limit):
        if i in drop:
            continue
        if items[i].tag in ("h2", "h3") and i >= 3:
            heading = i
            break
        if count_words(text_of(items[i])) > 15:
            return
    if heading is None:
        return
    before = [k for k in range(heading) if k not in drop]
    rows = [k for k in before if items[k].tag not in ("h1", "h2", "h3") and _LABEL_ROW.match(text_of(items[k]))]
    if len(rows) < 3:
        return
    # (the shop's controls: a buy or rate box the cleaning removed, a price, or removed links drawn as buttons)
    if not (any(drop[k].startswith(_CONTROLS) or _buttons(items[k]) for k in range(heading) if k in drop)
            or any(PRICE.search(text_of(items[k])) for k in before)):
        return
    if sum(count_words(text_of(items[k])) for k in range(heading + 1, len(items)) if k not in drop) < 80:
        return
    for k in rows + [heading]:
        drop[k] = RULE


def _buttons(block: HtmlElement) -> bool:
    """The block holds two links or more drawn as buttons (a "btn" or "button" class): a shop's or catalogue's controls
    ("Add to cart", "Rate", "Want to read")."""
    return sum(1 for a in block.iter("a") if BUTTON_LINK.search(a.get("class") or "")) >= 2


def record_rows(block: HtmlElement) -> bool:
    """Two lines or more of the block open with a label and its colon: the book's record as lines
    ("Book: T<br>Author: A<br>Publisher: P<br>Pages: 152"), or as the rows of a list or a table, one element a row
    (<li>, <dt>/<dd>, <tr>): a newspaper's book card under the review. (A row that is a link, as a list of where to pay
    or follow, "PayPal: <a>…</a>", is no record's row.)"""
    breaks = list(block.iter("br"))
    if breaks:
        lines = [block.text or ""] + [br.tail or "" for br in breaks]
        return sum(1 for line in lines if _LABEL_ROW.match(line)) >= 2
    rows = [row for row in block.iter("li", "dt", "dd", "tr") if not row.xpath(".//a")]
    return sum(1 for row in rows if _LABEL_ROW.match(text_of(row))) >= 2
