"""A reader's review box with its own stars on a shop's or a catalogue's page (reviewbox.py): two marks of one work
for a short review whose book was not read. Our own markup and words, in three markups and languages; near misses:
one box alone (no list of readers' reviews), boxes with no stars, a post whose longest line is outside the boxes.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.reviewbox import box_marks, starred_boxes

REVIEW_ES = ("Lo compré para mi madre y terminé leyéndolo yo primero, en dos tardes de lluvia. La historia de las dos "
             "hermanas que heredan la pensión del puerto está contada sin prisa, con un humor seco que no esperaba.")
REVIEW_DE = ("Ich habe lange gezögert, weil mir die ersten Seiten zu langsam waren, aber ab dem zweiten Teil konnte ich "
             "es kaum weglegen. Die Fischerfamilie am Haff wirkt so echt, dass ich sie vermisse.")

SVG_STARS = '<div class="buyer-rating__stars">' + '<svg class="icon-star--on"></svg>' * 4 + '<svg class="icon-star"></svg></div>'
ARIA_STARS = '<div class="stars" role="img" aria-label="4 von 5 Sternen"></div>'


def _list(item_class: str, stars: str, first: str, second: str = "Gut verpackt.") -> str:
    return (f'<ul class="buyer-reviews"><li class="{item_class}">{stars}<p>{first}</p></li>'
            f'<li class="{item_class}">{stars}<p>{second}</p></li></ul>')


@pytest.mark.parametrize("markup, text", [
    (_list("buyer-review", SVG_STARS, REVIEW_ES), REVIEW_ES),
    (_list("kundenbewertung", ARIA_STARS, REVIEW_DE), REVIEW_DE),
    (_list("comment_item", '<span class="rating" title="4 of 5"></span>', REVIEW_ES), REVIEW_ES),
])
def test_a_readers_review_box_with_its_own_stars(markup, text):
    tree = lxml_html.fromstring(f"<html><body><main><h1>Libro</h1>{markup}</main></body></html>")
    assert len(box_marks(starred_boxes(tree), [text, "Gut verpackt."])) == 2


@pytest.mark.parametrize("markup", [
    f'<div class="buyer-review">{SVG_STARS}<p>{REVIEW_ES}</p></div>',  # one box alone
    _list("buyer-review", "", REVIEW_ES),  # no stars
    _list("buyer-review", '<span class="rating">muy bueno</span>', REVIEW_ES),  # a rating word, no icons or score
])
def test_near_misses_of_a_starred_review_box(markup):
    tree = lxml_html.fromstring(f"<html><body><main>{markup}</main></body></html>")
    assert not box_marks(starred_boxes(tree), [REVIEW_ES])


def test_a_post_whose_longest_line_is_outside_the_boxes():
    tree = lxml_html.fromstring(f"<html><body><article><p>{REVIEW_DE} {REVIEW_DE}</p></article>"
                                f"{_list('comment', SVG_STARS, 'Schöner Text, danke dir für den Tipp!', 'Danke!')}</body></html>")
    assert not box_marks(starred_boxes(tree), [f"{REVIEW_DE} {REVIEW_DE}", "Schöner Text, danke dir für den Tipp!"])


def test_a_short_readers_review_on_a_shops_page_is_a_review():
    page = (f'<html><head><title>DETALLES</title></head><body><div class="product-page">'
            f'<h2 class="product-section__title">DETALLES</h2><div class="price">12,90 €</div>'
            f'<section class="buyer-reviews"><div class="buyer-review">{SVG_STARS}<div class="buyer-review__text"><p>{REVIEW_ES} '
            f'Los personajes secundarios, en cambio, se quedan a medio dibujar y el final llega demasiado rápido, como si '
            f'faltaran páginas. Aun así lo recomiendo para leer despacio, con un café, en una tarde sin prisa ni ruido, '
            f'y pienso regalarlo otra vez esta Navidad a mi hermana, que vive lejos del mar. Le quito una estrella por la '
            f'encuadernación, que se abrió por la mitad a la segunda semana de uso.</p></div></div>'
            f'<div class="buyer-review">{SVG_STARS}<div class="buyer-review__text"><p>Llegó bien.</p></div></div></section>'
            f'</div></body></html>')
    record = extract_page(page, "https://tienda.example.es/p/12345")
    assert record.kind == "review", record.reason


def _empty_record_page(stars: str) -> str:
    text = (f"{REVIEW_DE} Am Ende wird es mir ein wenig zu schnell erzählt, die letzten Kapitel wirken gehetzt, und "
            f"die Schwester bleibt blass. Trotzdem lese ich als Nächstes den zweiten Band der Reihe, den ich mir schon "
            f"bestellt habe, und verschenke diesen an meinen Vater, der am Haff aufgewachsen ist und die Gegend kennt. "
            f"Die Sprache ist schlicht, manchmal fast karg, aber gerade das passt zu den langen Wintern, von denen das "
            f"Buch erzählt, und zu den Menschen, die wenig sagen und viel meinen.")
    item = (f'<li class="review comment"><div class="comment-text">{stars}<p class="meta"><strong>Jana</strong></p>'
            f'<div class="description"><p>{text}</p></div></div></li>')
    other = f'<li class="review comment"><div class="comment-text">{stars}<div class="description"><p>Gut.</p></div></div></li>'
    return (f'<html><head><title>Das Haff</title></head><body><main><h1 class="product_title">Das Haff</h1>'
            f'<p class="price">14,00 €</p><div id="reviews"><div id="comments"><ol class="commentlist">{item}{other}</ol>'
            f'</div></div></main></body></html>')


def test_an_emptied_page_whose_readers_boxes_had_stars_keeps_its_readers_review():
    record = extract_page(_empty_record_page(ARIA_STARS), "https://laden.example.de/produkt/das-haff/")
    assert record.kind == "review" and "Fischerfamilie" in record.body_text, record.reason


def test_an_emptied_page_whose_comments_had_no_stars_stays_no_review():
    record = extract_page(_empty_record_page(""), "https://laden.example.de/produkt/das-haff/")
    assert record.kind != "review"


def test_starred_boxes_come_in_the_order_a_walk_of_the_page_meets_their_lists():
    # a list of starred boxes before the items of another list, inside it (read in one walk of the named elements, then
    # put in the order of their lists in the page, each list's boxes in their own order)
    inner = _list("reply-review", SVG_STARS, "Inner one.", "Inner two.")
    outer = (f'<div class="reviews"><div>{inner}</div><div class="review-item">{SVG_STARS}<p>Outer one.</p></div>'
             f'<div class="review-item">{SVG_STARS}<p>Outer two.</p></div></div>')
    tree = lxml_html.fromstring(f"<html><body><main><h1>Libro</h1>{outer}</main></body></html>")
    found = starred_boxes(tree)
    assert [text[-10:] for text in found] == ["Outer one.", "Outer two.", "Inner one.", "Inner two."]
