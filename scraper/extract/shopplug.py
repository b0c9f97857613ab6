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
address. Between the possessive and the shop stand a name and one word at most ("my Etsy shop", "my little Etsy
store", "my Teachers Pay Teachers store"), never a word of grammar ("my copy at the store", "my copy from the shop":
where a copy came from), and the short possessives that are other words too (it "mi", "ma") only right before the
shop ("ma boutique", "mi tienda"). A record box's buy line ("Publisher: <a href=shop.…>…</a>") names no shop of the
writer's, a review's sentence about a character's shop stands in the review's paragraphs or in quotation marks
("“This is my shop,” says Greta"), and a free copy's note ("thanks to my favourite shop for the advance copy",
``housekeeping.a_note``) is the review's disclosure, wherever it is set.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .casefold import bare
from .ownshop import SHOP_WORD
from .promo import set_apart
from .rating import has_score
from .words import count_words

_ARROW = re.compile(r"[→›»▸▶➜➔⟶>]\s*$")
# the button's word: shop or buy, order, in our languages
BUY = re.compile(
    r"^\W*(?:shop(?:\s+now)?|buy(?:\s+now|\s+it)?|order(?:\s+now)?|pre-?order|get\s+it|store|kaufen|bestellen|jetzt\s+kaufen|acheter|commander|"
    r"boutique|comprar|pedir|tienda|loja|acquista|compra|ordina|negozio|kopen|bestel|bestellen|winkel|köp|beställ|kjøp|bestill|køb|bestil|"
    r"osta|tilaa|kup|zamów|sklep|koupit|objednat|купить|заказать|магазин|придбати|замовити|購入|注文|구매|주문|购买|購買)\W*$", re.I)


# the writer's own shop named in the line: "my"/"our" and the word for a shop, a name and one other word at most between
# ("my little Etsy store", "ma boutique Etsy", "meinem Etsy-Shop"): en fr es pt it de nl sv da nb pl cs sk ru uk tr id
# ja zh (`_own_shop` reads the words between; "mi", "ma", also "me"/"but" in it, only right before the shop)
_SHOP = (r"(?:shop|store|e-?shop|boutique|tienda|loja|negozio|winkel|butik|sklep\w*|obchod\w*|магазин\w*|"
         r"крамниц\w*)(?!\w)")
_OWN_SHOP = re.compile(
    r"(?<!\w)(?:(?:my|our|mon|notre|nuestra|nuestro|minha|meu|nossa|nosso|mia|mio|nostra|nostro|meine[mnr]?|"
    r"unsere[mnr]?|mijn|onze|min|mitt|vår|vores|mój|moim|mojego|naszym|nasz|můj|mém|môj|mojom|мой|моём|моем|нашем|"
    r"наш|мій|моєму|нашому)(?P<gap>(?:\s+[^\W\d_][\w'’-]*){0,3}?)|(?-i:mi|ma|Mi|Ma)(?P<adj>\s+[^\W\d_][\w'’-]*)?)"
    r"[\s-]+" + _SHOP +
    r"|(?<!\w)(?:mağaza(?:m|mız)\w*|toko\s+(?:saya|kami))|(?:私の|うちの|自分の)(?:ショップ|ストア)|我的(?:小店|店铺|店舖|商店)",
    re.I)
# the words of grammar that say where a copy came from, never part of a shop's name: "my copy at the store"
_GRAMMAR = frozenset(
    "the a an at from by of in on to for with into le la les l du de des au aux à par chez en el los las del con "
    "por o os as do da dos das em no na il lo gli dal dalla di per der die das den dem des von vom bei beim im aus "
    "zum zur mit het een van bij uit i på från av hos med w z ze od na v в на из от у з від".split())
# (a word after "mi"/"ma" ("me", "but" in it) that is no adjective of the writer's shop: a demonstrative, a quantifier)
_NOT_ADJ = frozenset("quel quello quella questo questa ogni nessun nessuna altro altra un una uno ce cette tout toute "
                     "este esta ese esa cada otra otro".split())
_QUOTES = {"“": "”", "«": "»", "„": "“", "‹": "›"}


def _own_shop(text: str) -> bool:
    """The line names the writer's own shop, outside quotation marks (a character's "my shop" is the story's)."""
    for match in _OWN_SHOP.finditer(text):
        gap = (match.group("gap") or "").split()
        adj = (match.group("adj") or "").strip()
        if gap and (any(w.casefold() in _GRAMMAR for w in gap) or sum(not w[0].isupper() for w in gap) > 2):
            continue  # (up to two words of the writer's own between: "my new online shop", "mon petit Etsy shop")
        if adj and (not adj.islower() or adj in _GRAMMAR or adj in _NOT_ADJ):
            continue  # ("mi"/"ma" take one adjective, "ma petite boutique", "mi pequeña tienda"; not "ma quel negozio")
        before = text[:match.start()]
        if not any(before.count(o) > before.count(c) for o, c in _QUOTES.items()) and before.count('"') % 2 == 0:
            return True
    return False


def _shop_address(href: str) -> bool:
    parts = urlsplit(href.strip())
    host = (parts.hostname or "").lower()
    labels = host.split(".") if host else []
    segment = (parts.path or "").strip("/").split("/")[0]
    words = ([labels[0], labels[-1]] if len(labels) >= 2 else []) + ([segment] if segment else [])
    return any(SHOP_WORD.match(bare(word).replace("ł", "l")) for word in words)


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
    return any(label and count_words(label) <= 3 and (_ARROW.search(label) or BUY.match(label)) for label in labels) \
        or body is not None and _own_shop(text) and set_apart(block, body) and not _a_note(text, block)


def _a_note(text: str, block: HtmlElement) -> bool:
    from .housekeeping import a_note  # (late: housekeeping reads the site lines that read this module)
    return a_note(text, block)
