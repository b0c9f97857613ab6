"""A shop's plug set among a post's blocks: "Order the print of this issue's cover, signed. <a href=…shop…>Shop →</a>"
(sitelines.mark asks, anywhere in the body).

A magazine or a blog sells its prints, issues or merchandise from a shop of its own or a partner's and plugs it beside
the text in a line whose link is a button: a short label that is the word for shopping or buying, or ends with an
arrow ("Shop →", "Buy now", "Kaufen ›", "Comprar »"). What marks it: a short line (40 words at most, no score) whose
every link goes to a shop by its address (the word for a shop as the host's first label, its top-level domain, or the
path's first segment: "shop.paper.example", "press.example.shop", "paper.example/store/": ownshop's words), and one link
at least is such a button. A sentence of the review linking a bookshop by its name ("I found it at <the corner
bookshop>") has no button and stays.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .ownshop import SHOP_WORD, unaccented
from .rating import has_score
from .words import count_words

_ARROW = re.compile(r"[→›»▸▶➜➔⟶>]\s*$")
# the button's word: shop or buy, order, in our languages
_BUY = re.compile(
    r"^\W*(?:shop(?:\s+now)?|buy(?:\s+now|\s+it)?|order(?:\s+now)?|pre-?order|get\s+it|store|kaufen|bestellen|jetzt\s+kaufen|acheter|commander|"
    r"boutique|comprar|pedir|tienda|loja|acquista|compra|ordina|negozio|kopen|bestel|bestellen|winkel|köp|beställ|kjøp|bestill|køb|bestil|"
    r"osta|tilaa|kup|zamów|sklep|koupit|objednat|купить|заказать|магазин|придбати|замовити|購入|注文|구매|주문|购买|購買)\W*$", re.I)


def _shop_address(href: str) -> bool:
    parts = urlsplit(href.strip())
    host = (parts.hostname or "").lower()
    labels = host.split(".") if host else []
    segment = (parts.path or "").strip("/").split("/")[0]
    words = ([labels[0], labels[-1]] if len(labels) >= 2 else []) + ([segment] if segment else [])
    return any(SHOP_WORD.match(unaccented(word)) for word in words)


def shop_plug(block: HtmlElement, text: str, words: int) -> bool:
    """Whether a short line plugs a shop with a button-like link (module docstring)."""
    if words > 40 or block.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return False
    links = [a for a in block.iter("a") if (a.get("href") or "").startswith(("http://", "https://", "/"))]
    if not links or not all(_shop_address(a.get("href") or "") for a in links):
        return False
    labels = [" ".join(a.text_content().split()) for a in links]
    return any(label and count_words(label) <= 3 and (_ARROW.search(label) or _BUY.match(label)) for label in labels) \
        and not has_score(text)
