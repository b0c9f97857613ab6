"""The shop's availability line under a bookshop's review: "In the shop for 14.90 € — <a>more picture books</a>", de
"Bei uns im Laden vorrätig, 12 €", lb "Am Buttek verfügbar fir 14,90 €".

A bookshop's blog closes its review with the line that says the book is on its shelves and at what price: the
shop's line, not the review's. Its shape, in any language:

- a shop named (``buyline.SHOP``, or the general shop nouns ``_STORE``), the book said to be available or in stock
  (``_AVAILABLE``) or bid to be bought (``buyline.BUY_OPEN``), the shop and that word a few words apart in one clause,
  and a price (``promo.PRICE``), all in one short line (25 words at most), not a heading, quotation, list or table, no
  score;
- not in the reviewer's first person singular ("I paid 3 € for it at a flea-market stall, and it is available
  everywhere": the review's);
- after the review's last paragraph and its score among the body's last lines (``partnerline.mark`` gives the place).

What stays: the book's record with its price and no shop ("Diogenes, 48 pages, 14.90 €"); a shop and a price with
no availability or bid ("the shop where the boy spends his last 5 € is the novel's best scene"); the reviewer's own
buying.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .adnotice import _BLOCKED
from .buyline import BUY_OPEN, SHOP
from .casefold import any_word
from .nodes import text_of
from .promo import PRICE
from .rating import has_score
from .reviewed import FIRST_PERSON
from .words import count_words

RULE = "shop availability line"
_MAX_WORDS, _GAP = 25, 3
_CLAUSE_END = re.compile(r"[,.;:!?]")
# the shop's general nouns SHOP lacks: de nl fr es it pt pl sv/da/nb lb tr id sw
_STORE = any_word(r"laden geschäft winkel boutique magasin tienda negozio loja sklep\w* butik\w* buttek\w* mağaza\w* "
                  r"dükkan\w* toko duka")
# available, in stock: en de nl fr es it pt pl sv da nb lb ru tr id sw
_AVAILABLE = any_word(r"available in_stock on_(?:our|the)_shelf verfügbar erhältlich lieferbar vorrätig beschikbaar "
                      r"op_voorraad disponibles? en_stock disponibil[ei] dispon[ií]ve(?:l|is) dostępn\w* tillgänglig "
                      r"på_lager tilgængelig tilgjengelig в_наличии mevcut stokta tersedia (?:ki|i|u|zi|li|ya)?napatikana")


def shop_availability(block: HtmlElement) -> bool:
    """A short line naming the shop, the book's availability or the bid to buy, and a price (module docstring)."""
    if block.tag in _BLOCKED or not (text := text_of(block)) or count_words(text) > _MAX_WORDS or has_score(text):
        return False
    if not PRICE.search(text) or FIRST_PERSON.search(text):
        return False
    shops = [*SHOP.finditer(text), *_STORE.finditer(text)]
    said = [*_AVAILABLE.finditer(text), *filter(None, [BUY_OPEN.match(text)])]
    return any(_near(text, shop, word) for shop in shops for word in said)


def _near(text: str, a: re.Match, b: re.Match) -> bool:
    """The shop and its availability (or the bid) said together: a few words apart in one clause ("Available in the
    shop", de "im Laden vorrätig"); far apart or across a clause's end, the shop is another's or a name ("laden with
    fine maps, is available", "Published by Boutique Press; available from June": rev-bpaffil35)."""
    gap = text[min(a.end(), b.end()):max(a.start(), b.start())]
    return len(gap.split()) <= _GAP and not _CLAUSE_END.search(gap)
