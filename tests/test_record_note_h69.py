"""A shop's or a library's page of one book whose only reader's words are one short note is a record, no review
(holdingsrecord.noted_record): its record's rows count a standard number's label with its form ("ISBN-13:", "EAN 13:"),
and a library's record that shows its copies (a table of them, or a control to borrow or reserve one: lendingpage's
verbs) is one even when it holds no summary of its own to set the note against. Pages of our own invention (en, fr, pl,
de, es, sv); near misses: a shop's page with no description whose reader's review is its text, a library's record
whose reader's review runs past a note's length, a blog's post with an ISBN-13 line and its own review."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract.holdingsrecord import holdings_record

SHOP = {
    "en": (["Publisher: Harbour Lane", "Pages: 212", "ISBN-13: 978-0-00-000001-7"], "Add to basket",
           "A retired ferry captain takes one last winter crossing with her daughter, and the weather and the past "
           "turn against them before they reach the northern harbour.", "Lovely gift, arrived quickly and well packed, my aunt liked it a lot, thank you."),
    "fr": (["Éditeur : Port du Nord", "Pages : 212", "EAN 13 : 9780000000017"], "Ajouter au panier",
           "Une capitaine de ferry à la retraite fait une dernière traversée d'hiver avec sa fille, et le temps comme "
           "le passé se retournent contre elles avant le port du nord.", "Beau cadeau, bien reçu et bien emballé, ma tante l'a beaucoup aimé, merci à vous."),
    "pl": (["Wydawnictwo: Port Północny", "Strony: 212", "ISBN-13: 978-0-00-000001-7"], "Do koszyka",
           "Emerytowana kapitan promu odbywa ostatni zimowy rejs z córką, a pogoda i przeszłość obracają się przeciw "
           "nim, zanim dotrą do północnego portu.", "Piękny prezent, szybka dostawa i dobre opakowanie, ciocia jest bardzo zadowolona, dziękuję bardzo."),
}


def _shop(lang: str, note: str | None = None, description: bool = True) -> str:
    rows, basket, blurb, short = SHOP[lang]
    items = "".join(f"<li>{row}</li>" for row in rows)
    text = f'<section class="description"><p>{blurb}</p></section>' if description else ""
    return f"""<html lang="{lang}"><body><header><a href="/">Shop</a></header><main>
<div class="head"><h1>Winter Crossing</h1><div class="by">Ann Marsh</div></div>
<div class="buy"><span class="price">14,00 €</span><button>{basket}</button></div>{text}
<div class="customer-reviews"><div class="review-entry"><b>Lena</b> · ★★★★★<p>{note or short}</p></div></div>
<ul class="details">{items}</ul></main><footer><p>© Shop</p></footer></body></html>"""


LIBRARY = {
    "de": ("Vormerken", ["Verfasser", "Marsh, Ann"], "Für den Lesekreis ausgeliehen. Am Anfang zäh, aber die letzte "
           "Überfahrt hat uns danach eine Stunde lang beschäftigt, und alle wollten mehr."),
    "es": ("Reservar ejemplar", ["Autor", "Marsh, Ann"], "Lo pedí para el club de lectura. Empieza lento, pero el "
           "último cruce nos tuvo hablando una hora después de la reunión."),
    "sv": ("Reservera", ["Författare", "Marsh, Ann"], "Lånade den till bokcirkeln. Långsam i början, men den sista "
           "överfarten fick oss att prata en timme efteråt."),
}


def _library(lang: str, note: str | None = None) -> str:
    control, (label, value), short = LIBRARY[lang]
    rows = [(label, value), ("ISBN", "9780000000017"), ("Year", "2024"), ("Pages", "212 p."), ("Series", "Harbour")]
    table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"""<html lang="{lang}"><body><header><a href="/">Catalogue</a></header><main>
<div class="record-head"><h1>Winter Crossing</h1></div><table class="record">{table}</table>
<div class="copies-box"><p>Central · F MAR · 2</p><button>{control}</button></div>
<section class="reader-reviews"><h3>Readers</h3><div class="reader-review"><b>mira</b> · 12.11.2026<p>{note or short}</p>
</div></section></main><footer><p>City Library</p></footer></body></html>"""


def _reason(page: str) -> str | None:
    from scraper.extract import nodes
    tree = lxml_html.fromstring(page)
    nodes.keep_attributes(tree)
    try:
        return holdings_record(tree)
    finally:
        nodes.forget_attributes()


@pytest.mark.parametrize("lang", ["en", "fr", "pl"])
def test_a_shops_page_with_a_standard_numbers_row_and_one_short_note_is_a_record(lang):
    assert "reader's note" in (_reason(_shop(lang)) or "")


@pytest.mark.parametrize("lang", ["de", "es", "sv"])
def test_a_librarys_record_offering_its_copies_with_one_short_note_is_a_record(lang):
    assert "reader's note" in (_reason(_library(lang)) or "")


LONG = ("Borrowed it for our book group and read it twice. The first half is slow, all weather and silences, but the "
        "crossing itself is some of the best writing about the sea I know: every chapter tightens, the daughter's "
        "voice grows sharper, and the ending refuses easy comfort. I would have cut the harbour-master subplot. Still, "
        "it is the novel we argued about longest this year, and I keep thinking of the last page.")


@pytest.mark.parametrize("page", [
    _shop("en", description=False),  # a shop's page whose reader's review is all its text: no library's copies
    _library("de", note=LONG),  # a reader's review past a note's length
    _shop("en", note=LONG, description=False),
])
def test_near_misses_are_left_alone(page):
    assert _reason(page) is None


def test_a_blog_post_with_an_isbn13_line_and_its_own_review_is_no_record():
    own = " ".join([LONG] * 2)
    page = f"""<html><body><main><article class="post"><h1>Winter Crossing by Ann Marsh</h1>
<ul class="book-info"><li>Publisher: Harbour Lane</li><li>Pages: 212</li><li>ISBN-13: 9780000000017</li></ul>
<div class="entry-content"><p>{own}</p></div><div class="review-box"><p>Short and quiet, I liked it a lot, thanks.</p>
</div></article></main></body></html>"""
    assert _reason(page) is None
