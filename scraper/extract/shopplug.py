"""A shop's plug set among a post's blocks: "Order the print of this issue's cover, signed. <a href=…shop…>Shop →</a>"
(sitelines.mark asks, anywhere in the body).

A magazine or a blog sells its prints, issues or merchandise from a shop of its own or a partner's and plugs it beside
the text in a line whose link is a button: a short label that is the word for shopping or buying, or ends with an
arrow ("Shop →", "Buy now", "Kaufen ›", "Comprar »"). What marks it: a short line (40 words at most, no score) whose
every link goes to a shop by its address (the word for a shop as the host's first label, its top-level domain, or the
path's first segment: "shop.paper.example", "press.example.shop", "paper.example/store/": ownshop's words), and one link
at least is such a button. A sentence of the review linking a bookshop by its name ("I found it at <the corner
bookshop>") has no button and stays.

The writer's own shop on a marketplace is plugged the same way without a button, in a box set apart from the review (a
border, a background, small print: ``promo.set_apart``): "**New:** the reading-log sheets are in my Etsy shop. <a
href=…/shop/<name>>Have a look</a>". There the line names the shop as the writer's own ("my … store",
"ma boutique", "mi tienda", "meinem Shop", "mój sklep", "мой магазин": ``_OWN_SHOP``), every link going to a shop by its
address. A record box's buy line ("Publisher: <a href=shop.…>…</a>") names no shop of the writer's, and a review's
sentence about a character's shop stands in the review's paragraphs, not in a box.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .ownshop import SHOP_WORD, unaccented
from .promo import set_apart
from .rating import has_score
from .words import count_words

_ARROW = re.compile(r"[→›»▸▶➜➔⟶>]\s*$")
# the button's word: shop or buy, order, in our languages
_BUY = re.compile(
    r"^\W*(?:shop(?:\s+now)?|buy(?:\s+now|\s+it)?|order(?:\s+now)?|pre-?order|get\s+it|store|kaufen|bestellen|jetzt\s+kaufen|acheter|commander|"
    r"boutique|comprar|pedir|tienda|loja|acquista|compra|ordina|negozio|kopen|bestel|bestellen|winkel|köp|beställ|kjøp|bestill|køb|bestil|"
    r"osta|tilaa|kup|zamów|sklep|koupit|objednat|купить|заказать|магазин|придбати|замовити|購入|注文|구매|주문|购买|購買)\W*$", re.I)


# the writer's own shop named in the line: "my"/"our" and the word for a shop, three words at most between ("my little
# Etsy store", "ma petite boutique Etsy", "meinem Etsy-Shop"): en fr es pt it de nl sv da nb pl cs sk ru uk tr id ja zh
_OWN_SHOP = re.compile(
    r"(?<!\w)(?:my|our|ma|mon|notre|mi|nuestra|nuestro|minha|meu|nossa|nosso|mia|mio|nostra|nostro|meine[mnr]?|"
    r"unsere[mnr]?|mijn|onze|min|mitt|vår|vores|mój|moim|mojego|naszym|nasz|můj|mém|môj|mojom|мой|моём|моем|нашем|наш|"
    r"мій|моєму|нашому)(?:\s+[^\W\d_][\w'’-]*){0,3}?[\s-]+(?:shop|store|e-?shop|boutique|tienda|loja|negozio|winkel|"
    r"butik|sklep\w*|obchod\w*|магазин\w*|крамниц\w*)(?!\w)|(?<!\w)(?:mağaza(?:m|mız)\w*|toko\s+(?:saya|kami))|"
    r"(?:私の|うちの|自分の)(?:ショップ|ストア)|我的(?:小店|店铺|店舖|商店)", re.I)


def _shop_address(href: str) -> bool:
    parts = urlsplit(href.strip())
    host = (parts.hostname or "").lower()
    labels = host.split(".") if host else []
    segment = (parts.path or "").strip("/").split("/")[0]
    words = ([labels[0], labels[-1]] if len(labels) >= 2 else []) + ([segment] if segment else [])
    return any(SHOP_WORD.match(unaccented(word)) for word in words)


def shop_plug(block: HtmlElement, text: str, words: int, body: HtmlElement | None = None) -> bool:
    """Whether a short line plugs a shop with a button-like link, or (`body` given) the writer's own shop in a box set
    apart (module docstring)."""
    if words > 40 or block.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return False
    links = [a for a in block.iter("a") if (a.get("href") or "").startswith(("http://", "https://", "/"))]
    if not links or not all(_shop_address(a.get("href") or "") for a in links):
        return False
    labels = [" ".join(a.text_content().split()) for a in links]
    if has_score(text):
        return False
    return any(label and count_words(label) <= 3 and (_ARROW.search(label) or _BUY.match(label)) for label in labels) \
        or body is not None and _OWN_SHOP.search(text) is not None and set_apart(block, body)
