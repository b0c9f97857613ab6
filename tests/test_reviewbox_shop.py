"""A product page's single reader's review box (reviewbox.shop_boxes, det11): on a shop's or a catalogue's book page
(an h1 beside a price, a cart or a buy control), a reader's review written in a box whose class names a review, a
rating or a comment is one reader's review of the page's one work, whatever its length, starred or not, its score
read or not. Our own pages and words, in several markups and scripts; near misses stay as they were."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.reviewbox import box_marks, shop_boxes

REVIEW_FR = ("J'avais lu des extraits au lycée, mais le lire en entier est une autre affaire. La vieille tante qui tient "
             "la ferme, son entêtement, la façon dont tout le village la craint et l'admire à la fois, tout cela est "
             "très vivant. Quelques chapitres du milieu traînent un peu, surtout les veillées, mais j'ai fini les cent "
             "dernières pages en une soirée. L'édition est soignée, le papier épais.")
REVIEW_PL = ("Czytałam fragmenty w szkole, ale całość to zupełnie coś innego. Upór starego rybaka, wieś, która boi się go "
             "i podziwia zarazem, rzeka opisana tak, że sama staje się bohaterką. Środek trochę się dłuży, za to ostatnie "
             "rozdziały przeczytałam jednym tchem. Babcia opowiadała mi o tych stronach, więc wiele starych słów "
             "rozpoznałam od razu i bardzo mnie to cieszyło. Wydanie staranne, papier gruby, polecam.")
REVIEW_EL = ("Είχα διαβάσει αποσπάσματα στο σχολείο, αλλά ολόκληρο είναι άλλο πράγμα. Το πείσμα του γέρου ψαρά, το χωριό "
             "που τον φοβάται και τον θαυμάζει μαζί, το ποτάμι που γίνεται κι αυτό ήρωας. Στη μέση αργεί λίγο, αλλά τα "
             "τελευταία κεφάλαια τα διάβασα μονορούφι. Η γιαγιά μου μιλούσε για αυτά τα μέρη, γι' αυτό πολλές παλιές "
             "λέξεις τις αναγνώρισα αμέσως και χάρηκα πολύ. Προσεγμένη έκδοση, χοντρό χαρτί.")


def _woo(review: str, *, price: bool = True) -> str:
    buy = '<p class="price">14,50 €</p><button class="single_add_to_cart_button">Ajouter au panier</button>' if price else ""
    return (f'<html><head><title>La Ferme des Aulnes – Marthe Duval – Librairie</title></head><body>'
            f'<header><a href="/">Librairie du Port</a></header><main><div class="product">'
            f'<h1 class="product_title">La Ferme des Aulnes</h1>{buy}'
            f'<table class="shop_attributes"><tr><th>Auteur</th><td>Marthe Duval</td></tr><tr><th>Pages</th><td>312</td></tr></table>'
            f'<div id="reviews"><h2>Avis des lecteurs</h2><ol class="commentlist"><li class="review">'
            f'<p class="meta"><strong>Claire</strong> – 3 novembre 2026</p><div class="description"><p>{review}</p></div>'
            f'</li></ol></div></div></main><footer><p>© 2026 Librairie du Port</p></footer></body></html>')


def _magento(review: str) -> str:
    return (f'<html><head><title>Stary rybak | Księgarnia</title></head><body><main>'
            f'<div class="product-info-main"><h1 class="page-title"><span>Stary rybak</span></h1>'
            f'<div class="price-box"><span class="price">39,90 zł</span></div>'
            f'<button class="action primary tocart">Do koszyka</button></div>'
            f'<div class="block review-list" id="customer-reviews"><ol class="items review-items">'
            f'<li class="item review-item"><div class="review-title">Piękna rzecz</div>'
            f'<div class="review-content">{review}</div><p class="review-author">Ola</p></li></ol></div>'
            f'</main></body></html>')


@pytest.mark.parametrize("page", [_woo(REVIEW_FR), _magento(REVIEW_PL), _woo(REVIEW_EL)])
def test_a_single_unstarred_readers_review_on_a_product_page_is_a_review(page):
    record = extract_page(page, "https://shop.example.net/p/4411")
    assert record.kind == "review", record.reason


def test_shop_boxes_skip_the_boxes_that_hold_the_heading_or_the_price():
    tree = lxml_html.fromstring('<html><body><div class="product-review-page"><h1>T</h1><p class="price">5 €</p>'
                                '<div class="review"><p>Ein schönes Buch über den Fluss und das Dorf am Ufer.</p></div>'
                                '</div></body></html>')
    assert shop_boxes(tree) == ["Ein schönes Buch über den Fluss und das Dorf am Ufer."]


def test_no_shop_boxes_on_a_blog_post_without_price_or_cart():
    tree = lxml_html.fromstring('<html><body><article><h1>Mon avis</h1><p>Texte.</p></article>'
                                '<section class="comments"><div class="comment"><p>Merci pour cet avis !</p></div>'
                                '</section></body></html>')
    assert shop_boxes(tree) == []


def test_marks_only_when_the_longest_line_is_inside_a_box():
    shop = ["Claire 3 novembre 2026 " + REVIEW_FR]
    assert box_marks([], [REVIEW_FR, "Avis des lecteurs"], shop)[0].startswith("filed as a review")
    assert box_marks([], ["Une description de l'éditeur qui présente le roman et son autrice en détail.", "x"], shop) == ()
    assert box_marks([], ["court"], shop) == ()


def test_a_product_page_whose_text_is_the_publishers_blurb_stays_no_review():
    blurb = ("Dans une ferme isolée au bord de la Loire, une vieille femme tient tête à tout un village. Un roman sur "
             "l'entêtement, la terre et la mémoire, par l'autrice de « La Maison du passeur ». Prix des lecteurs 2025.")
    page = _woo("Reçu vite, bien emballé.").replace('<table class="shop_attributes">',
                                                     f'<div class="woocommerce-product-details__short-description"><p>{blurb}</p></div><table class="shop_attributes">')
    record = extract_page(page, "https://shop.example.net/p/4412")
    assert record.kind != "review", record.reason


def test_a_blog_post_with_a_short_comment_and_no_shop_controls_is_unchanged():
    page = _woo(REVIEW_FR, price=False)
    with_shop = extract_page(_woo(REVIEW_FR), "https://shop.example.net/p/4411")
    without = extract_page(page, "https://shop.example.net/p/4411")
    assert with_shop.kind == "review" and "filed as a review by the page's reader's review box" not in (without.reason or "")
