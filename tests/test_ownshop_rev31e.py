"""Code review rev31e, in our own words: shopplug._own_shop, narrowed after rev31c, missed real plugs: "ma petite
boutique Etsy", "my new online shop", "mi pequeña tienda". Now two lower-case words of the writer's own (no word of
grammar) may stand between the possessive and the shop, and the short possessives that are other words too ("mi",
"ma") may take one adjective (no demonstrative, no quantifier).

Fires, each in a box at the post's end: es ("mi pequeña tienda"), it ("il mio nuovo negozio online"), en ("my new
online shop"), de ("meinem kleinen Etsy-Shop"). Near misses: a copy bought "at the little shop" (grammar between),
Italian "ma" before a demonstrative, and rev31c's own (tests/test_ownshop_rev31c.py).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.shopplug import _own_shop

PARAS = [
    "This picture book follows a small hedgehog who opens a lending library in a hollow log and keeps losing the "
    "books to a squirrel who never returns anything on time.",
    "My reception class loved the little library cards drawn on every spread, and we made our own for the reading "
    "corner the same afternoon; the rhymes are gentle and easy to read aloud.",
    "The ending is a little rushed, but the last spread, with every animal reading under the snow, is lovely.",
]
URL = "https://hedgerowreads.example/2026/01/the-hollow-log-library/"


def _page(box: str, lang: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<div style='border:1px solid #9a7;padding:8px'><p>{box}</p></div>"
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Hollow Log Library</title></head>"
            "<body><article class='post'><h1 class='entry-title'>The Hollow Log Library</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>").encode()


@pytest.mark.parametrize("box,lang", [
    ("Las fichas de la biblioteca están en mi pequeña tienda: "
     "<a href='https://tienda.erizo.example/fichas'>echa un vistazo</a>.", "es"),
    ("Le schede della biblioteca sono nel mio nuovo negozio online: "
     "<a href='https://negozio.riccio.example/schede'>date un'occhiata</a>.", "it"),
    ("The library-card printables are now in my new online shop: "
     "<a href='https://shop.hedgehog.example/cards'>have a look</a>.", "en"),
    ("Die Bibliothekskarten gibt es in meinem kleinen Etsy-Shop: "
     "<a href='https://www.etsy.com/shop/igelkarten'>schaut vorbei</a>.", "de"),
])
def test_the_writers_own_shop_goes(box, lang):
    text = extract_page(_page(box, lang), URL).body_text
    assert box[:20] not in text, text[-200:]
    assert all(p[:40] in text for p in PARAS)


@pytest.mark.parametrize("line", [
    "I bought my copy at the little shop on the corner.",
    "Ho cercato ovunque, ma quel negozio era chiuso.",
    "I got my copy from the new shop in town.",
])
def test_no_own_shop(line):
    assert not _own_shop(line)


@pytest.mark.parametrize("line", [
    "Los marcapáginas están en mi pequeña tienda de Etsy.",
    "Les marque-pages sont dans ma petite boutique en ligne.",
    "Bookmarks are in my new online shop.",
])
def test_own_shop(line):
    assert _own_shop(line)
