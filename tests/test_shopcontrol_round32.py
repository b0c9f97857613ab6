"""reviewbox: on a shop's product page, a box named for reviews whose few words are all a link's or a button's ("Write
a review", "Erste Bewertung schreiben") is a control, no reader's review; the page with no other review is a record
(round 32). Near misses: a reader's review box in prose beside the same link is still one; a box whose short text is
not all linked is not a control. English and German pages, invented for these tests in our own words and markup."""

from lxml import html

from scraper.extract import extract_page
from scraper.extract.reviewbox import shop_boxes

BLURB = {
    "en": ("A lighthouse keeper's daughter inherits the lamp after a storm and must keep it burning through a winter "
           "when no supply boat can land. The island's few families take sides over whether she should stay. "
           "This edition adds a map of the island and an afterword on the real lights of the northern coast."),
    "de": ("Nach einem Sturm erbt die Tochter eines Leuchtturmwärters die Lampe und muss sie einen Winter lang am "
           "Brennen halten, in dem kein Versorgungsboot anlegen kann. Die wenigen Familien der Insel streiten, ob sie "
           "bleiben soll. Diese Ausgabe enthält eine Karte der Insel und ein Nachwort über die Leuchttürme der Küste."),
}
CTA = {"en": "Write the first review", "de": "Erste Bewertung schreiben"}
MINE = ("I bought this for the train and missed my stop twice. The daughter is stubborn in a way I loved, the island "
        "families are drawn with patience, and the storm chapters are as tense as anything I read this year.")


def page(lang: str, box: str = "") -> str:
    cta = f'<p class="write-review"><a href="/review/771">{CTA[lang]}</a></p>'
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>The Lamp Year - Brightwater Books</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Book","name":"The Lamp Year",
"author":{{"@type":"Person","name":"Orla Penhallow"}},"offers":{{"@type":"Offer","price":"11.20","priceCurrency":"EUR"}}}}</script>
</head><body class="product"><header><a href="/">Brightwater Books</a> <a href="/cart">Cart</a></header>
<main><div class="item-head"><h1>The Lamp Year</h1><h2>Orla Penhallow</h2>{cta}
<div class="price-box"><span class="price">11,20 €</span><button class="add-to-cart">+</button></div></div>
<section class="about"><h3>About</h3><p>{BLURB[lang]}</p></section>{box}
<section class="more"><h3>More</h3><ul><li><a href="/p/1">Salt Roads</a></li><li><a href="/p/2">The Ferry Clock</a></li></ul></section>
</main></body></html>"""


def test_a_write_a_review_link_is_no_readers_review_en_de():
    for lang in ("en", "de"):
        tree = html.fromstring(page(lang))
        assert shop_boxes(tree) == []
        record = extract_page(page(lang).encode(), f"https://brightwater.example/{lang}/p/771")
        assert not record.is_review, record.reason


def test_near_miss_a_readers_review_beside_the_link_is_kept():
    box = f'<section class="reviews"><div class="review-item"><p>{MINE}</p></div></section>'
    tree = html.fromstring(page("en", box))
    assert any("missed my stop" in text for text in shop_boxes(tree))


def test_near_miss_short_text_not_all_linked_is_no_control():
    box = '<div class="review-note">Loved it, <a href="/u/5">Mara</a></div>'
    tree = html.fromstring(page("en", box))
    assert any("Loved it" in text for text in shop_boxes(tree))
