"""The writer's own shop plugged in a box set apart from the review (round s27), in our own words and markup.

shopplug.shop_plug, given the body: a short line whose every link goes to a shop by its address (a path or a host named
for a shop: "etsy.example/shop/<name>", "shop.<site>", "/tienda/<name>") that names the shop as the writer's own ("my …
shop", "ma boutique", "meinem Shop", "mi tienda") goes when a box sets it apart (a border, a background:
promo.set_apart), with no button-like link.

Near misses: a record box's buy line that names no shop of the writer's ("Publisher: <a href=shop.…>North Press</a>"),
the same plug in a plain paragraph of the review, a box naming a character's shop.
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "Every spring my Year Three class reads this picture book about a hedgehog who builds a library in a hollow log, "
    "and every spring they spend the following week building libraries out of shoeboxes.",
    "It works in a classroom because the hedgehog keeps a list of rules that the other animals keep breaking, and "
    "the children love to argue about which rules are fair and which are just the hedgehog being bossy.",
    "The rhyme stumbles on a couple of pages and the ending is rushed, but the illustrations reward a second look.",
]


def _page(box: str, lang: str = "en", style: str = "border:2px dashed #c63;padding:10px", paras=PARAS) -> str:
    last = f"<div style='{style}'><p>{box}</p></div>" if style else f"<p>{box}</p>"
    body = "".join(f"<p>{p}</p>" for p in paras) + last
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Hedgehog's Library – Chalk Dust</title></head>"
            f"<body><article class='post'><h1 class='entry-title'>The Hedgehog's Library</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


URL = "https://chalkdust.example/2026/03/the-hedgehogs-library/"


def test_the_writers_own_shop_plugged_in_a_box_goes():
    for box, lang in (
        ("<b>New this term:</b> the shoebox-library planning sheet is in my little Etsy shop. "
         "<a href='https://www.etsy.example/shop/ChalkDustClassroom'>Have a look</a>.", "en"),
        ("Les fiches de lecture sont dans ma boutique en ligne : "
         "<a href='https://boutique.craiedouce.example/fiches'>par ici</a>.", "fr"),
        ("Die Lesekarten gibt es in meinem Shop: "
         "<a href='https://shop.kreidestaub.example/lesekarten'>hier entlang</a>.",
         "de"),
        ("Las fichas están en mi tienda de recursos: "
         "<a href='https://profes.example/tienda/tiza-blanca'>echa un vistazo</a>.",
         "es"),
    ):
        text = extract_page(_page(box, lang), URL).body_text
        plain = box.replace("<b>", "").replace("</b>", "")
        assert plain[:20] not in text, (box, text[-160:])
        assert all(p[:40] in text for p in PARAS)


def test_near_misses_stay():
    for box, style in (
        # a record box's buy line: no shop of the writer's
        ("Publisher: <a href='https://shop.northpress.example/hedgehog'>North Press</a>, 2024, 32 pages.",
         "background:#f3f0e8"),
        # the plug in a plain paragraph of the review: nothing sets it apart
        ("I keep the planning sheet in my little Etsy shop, <a href='https://www.etsy.example/shop/ChalkDustClassroom'>"
         "Chalk Dust</a>, next to the reading logs.", ""),
        # a box of the review's about a character's shop
        ("The hedgehog's shop sells acorn bookmarks: <a href='https://shop.example/acorns'>the publisher's page</a>.",
         "border:1px solid #999"),
    ):
        text = extract_page(_page(box, style=style), URL).body_text
        plain = box.split("<a")[0]
        assert plain[:20] in text, (box, text[-160:])
