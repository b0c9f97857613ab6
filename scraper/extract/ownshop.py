"""The site's own shop plugged on the review's last line (scraper.extract.sitelines).

A newspaper or a magazine that runs a bookshop of its own closes a review with a line sending the reader there ("The
book is in our bookshop", "Knihu koupíte v našem knihkupectví", "Das Buch gibt es in unserem Shop"): whatever the
words, it is short, it is the review's last line, and every link in it goes to the site's own shop: a host under the
site's own domain (its canonical address's) whose first label, or a path whose first segment, is the word for a shop
("shop.paper.example", "obchod.paper.example", "paper.example/boutique/"). The word for a shop is the one lexical part
(a host's name is a word): shop, store, e-shop, bookshop, Czech/Slovak obchod, knihkupectví, French boutique,
librairie, Spanish/Italian/Portuguese tienda, loja, negozio, libreria, livraria, Polish sklep, księgarnia, German
Buchhandlung, Scandinavian butik, bokhandel, boghandel, Finnish kauppa, Dutch winkel, Hungarian bolt, könyvesbolt,
Romanian magazin, Turkish dükkan, kitabevi. A link to the site's reviews, its archive, or another shop stays to other rules.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .casefold import bare
from .rating import has_score
from .sitedomain import declared_hosts, registrable

SHOP_WORD = re.compile(
    r"^(?:e-?shop|shop|store|webshop|bookshop|bookstore|obchod|knihkupectvi|knihkupectvo|boutique|librairie|tienda|loja|"
    r"negozio|libreria|livraria|sklep|ksiegarnia|buchhandlung|butik|bokhandel|boghandel|kauppa|winkel|bolt|konyvesbolt|"
    r"magazin|dukkan|kitabevi)$", re.I)


def _domain(host: str) -> str:
    return registrable(host)  # (sitedomain: "paper.co.uk" of "shop.paper.co.uk", never "co.uk")


def _site_domain(body: HtmlElement) -> str:
    """The domain of the page's own host: its canonical address's or its og:url's, the first that has one, wherever
    the page sets them ("" when it gives neither; ``sitedomain.declared_hosts``)."""
    return _domain(next((host for host in declared_hosts(body, anywhere=True) if host), ""))


def _own_shop(href: str, domain: str) -> bool:
    parts = urlsplit(href.strip())
    host = (parts.hostname or "").lower()
    segment = (parts.path or "").strip("/").split("/")[0]
    if host and _domain(host) != domain:
        return False
    first = host.split(".")[0] if host and host.count(".") >= 2 else ""
    return any(SHOP_WORD.match(bare(word).replace("ł", "l")) for word in (first, segment) if word)


def own_shop_line(block: HtmlElement, body: HtmlElement, text: str, words: int) -> bool:
    """Whether a short line's every link goes to the site's own shop (module docstring); never a line with a score."""
    hrefs = [a.get("href") or "" for a in block.iter("a")]
    if not hrefs or words > 20 or has_score(text):
        return False
    domain = _site_domain(body)
    return bool(domain) and all(_own_shop(href, domain) for href in hrefs)
