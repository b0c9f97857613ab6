"""The writer's own shop plugged in a box, narrowed (code review rev31c), in our own words and markup.

shopplug.shop_plug reads "my … shop" only as the writer's own shop: a name and one other word at most between the
possessive and the shop ("my little Etsy shop", "my Busy Bee Crafts shop"), never a word of grammar ("my copy from
the shop"); the short possessives that are other words too (it "mi", "ma") only right before the shop ("ma
boutique"); never inside quotation marks; never a line housekeeping.a_note reads as a note (a free copy's thanks).

Near misses, each in a box or in italics at the post's end: a free copy's thanks naming "my favourite shop", "my copy
was sent by the store", "I bought my copy at the shop", an Italian "mi è stato spedito dal negozio", a character's
"my shop" in quotation marks.
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "This chapter book follows a shy otter who runs the ferry across a wide brown river and keeps a notebook of every "
    "passenger, until the night a heron asks to be taken somewhere the ferry has never gone.",
    "My Year Two readers loved the notebook pages, which are drawn as if in pencil, and argued for a week about "
    "whether the heron was a villain; the vocabulary is rich without being showy.",
    "Two chapters drag in the middle and the map at the front spoils a surprise, but it reads aloud beautifully.",
]
URL = "https://riverdesk.example/2026/02/the-otter-ferry/"


def _page(box: str, lang: str = "en", style: str = "border:1px solid #7a5;padding:8px") -> str:
    last = f"<div style='{style}'><p>{box}</p></div>" if style else f"<p>{box}</p>"
    body = "".join(f"<p>{p}</p>" for p in PARAS) + last
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Otter Ferry – River Desk</title></head>"
            "<body><article class='post'><h1 class='entry-title'>The Otter Ferry</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


def test_the_writers_own_shop_still_goes():
    for box, lang in (
        ("The river-journey worksheets are now in my Busy Bee Crafts shop: "
         "<a href='https://market.example/shop/busybee'>take a look</a>.", "en"),
        ("Las fichas del cuaderno están en mi tienda: <a href='https://tienda.rioclase.example/fichas'>aquí</a>.", "es"),
        ("Karty pracy znajdziecie w moim sklepie: <a href='https://sklep.rzeka.example/karty'>zajrzyjcie</a>.", "pl"),
        ("Рабочие листы лежат в моём магазине: <a href='https://shop.reka.example/listy'>загляните</a>.", "ru"),
        ("Les fiches sont dans ma boutique : <a href='https://boutique.riviere.example/fiches'>par ici</a>.", "fr"),
    ):
        text = extract_page(_page(box, lang), URL).body_text
        assert box[:20] not in text, (box, text[-160:])
        assert all(p[:40] in text for p in PARAS)


def test_notes_and_quotations_in_a_box_stay():
    for box, lang, style in (
        ("<em>Many thanks to Inkwell &amp; Oak, my favourite shop in Bristol, for the proof copy: "
         "<a href='https://bookshop.example/shop/inkwell'>their shelf</a>.</em>", "en", ""),
        ("My copy was sent by the store itself, <a href='https://shop.tidewater.example/'>Tidewater Books</a>, in "
         "exchange for an honest review.", "en", "background:#f4f1e8"),
        ("<em>I bought my copy at the shop on the corner, <a href='https://bookshop.example/shop/corner'>Corner "
         "Books</a> in Leith.</em>", "en", ""),
        ("<em>Mi è stato spedito dal negozio <a href='https://negozio.libriblu.example/lontra'>Libri Blu</a>, copia "
         "omaggio dell'editore.</em>", "it", ""),
        ("<em>\u201cThis is my shop and my river,\u201d the otter tells the heron in chapter one; sample pages from "
         "<a href='https://shop.reedpress.example/otter'>Reed Press</a>.</em>", "en", ""),
        ("« C'est ma boutique, pas la tienne », lance la loutre ; extrait offert par "
         "<a href='https://boutique.roseaux.example/loutre'>les Éditions des Roseaux</a>.", "fr", "border:1px dotted"),
    ):
        record = extract_page(_page(box, lang, style), URL)
        plain = box.replace("<em>", "").replace("\u201c", "")
        assert plain[:16] in record.body_text.replace("\u201c", ""), (box, record.removed)
