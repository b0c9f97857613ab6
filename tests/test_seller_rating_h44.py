"""A seller's score on a marketplace's listing is the shop's, not the book's (holdout44, det44).

- ratingshapes.seller_score / rating.find_rating: a line whose label names a seller, a shop or a store with the score
  right after its colon ("Seller rating: 5 stars", "Verkäuferbewertung: 4,9/5", "Ocena sprzedawcy: 5/5", ja "出品者の評価：
  ★★★★★", ar "تقييم البائع: ٤ من ٥") gives no rating. Near misses that stay the reviewer's: "my"/"our" label, a bookseller's
  own verdict, a seller named in a label with no score after it, a rating label after a sentence about a shop.
- reviewbox.shop_page: a rating box inside the product's head (beside its h1, price and cart) is no reader's review box;
  a reader's box below the head still is.
- extract_page: a bookshop's listing of one copy (its head with a seller's stars, the copy's condition, the shop's
  terms) is no review; the same listing with a reader's review box below it is left to the review rules.
All pages and lines are our own.
"""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from scraper.extract import extract_page
from scraper.extract.rating import find_rating
from scraper.extract.ratingshapes import seller_score
from scraper.extract.reviewbox import shop_page


@pytest.mark.parametrize("line, plain", [
    ("Seller rating: 5 stars", "Rating: 5 stars"),  # en
    ("Verkäuferbewertung: 4,5/5", "Bewertung: 4,5/5"),  # de
    ("Note du vendeur : 4/5", "Note : 4/5"),  # fr
    ("Valoración del vendedor: 5 de 5", "Valoración: 5 de 5"),  # es
    ("Ocena sprzedawcy: 5/5", "Ocena: 5/5"),  # pl
    ("Valutazione del negozio: 9/10", "Valutazione: 9/10"),  # it
    ("出品者の評価：★★★★☆", "評価：★★★★☆"),  # ja
    ("تقييم البائع: ٤ من ٥", "التقييم: ٤ من ٥"),  # ar
    ("Paper Moth Books, Leeds. Shop rating: 4.5/5", "Paper Moth Books, Leeds. Rating: 4.5/5"),  # after the shop's name
])
def test_a_sellers_score_is_no_rating_of_the_book(line, plain):
    assert find_rating([plain]) is not None  # (the score alone is read)
    assert seller_score(line)
    assert find_rating([line]) is None


@pytest.mark.parametrize("line", [
    "Our shop's rating: 5/5",  # the shop's own verdict on the book
    "My rating: 4/5",
    "Bookseller's rating: 4/5",  # a whole word: a bookseller rates the book
    "Bestseller: 4/5",
    "Store: bought it at the little shop on the corner. Rating: 4/5",  # the shop is named, the score is the reviewer's
])
def test_the_reviewers_own_score_stays(line):
    assert not seller_score(line)
    assert find_rating([line]) is not None


def test_no_score_after_a_sellers_label_is_no_sellers_score():
    assert not seller_score("Seller: Hollow Oak Books, Galway")
    assert not seller_score("Verkäufer: Antiquariat am Fluss")


HEAD = ('<div class="item-head"><h1>The Salt Orchard</h1><h2 class="by"><a href="/search?author=marlow">Marlow, Ines</a></h2>'
        '<p>Published by Quayside Press, Bristol, 2009</p><p>Hardcover</p>'
        '<div class="vendor-rating"><span>Seller rating: 4.8/5</span></div>'
        '<p class="item-price">EUR 120.00</p><button class="add-to-cart">Add to cart</button></div>')
TERMS = ("<p>A first printing in the original boards, the spine a little faded, the corners sharp, the text block clean "
         "and tight throughout, with the publisher's slip laid in at the back.</p>"
         "<p>Orders are packed in card and sent tracked within two working days; returns are accepted within fourteen "
         "days of delivery for any reason at all.</p>"
         "<p>Condition: very good in a very good jacket with light rubbing at the folds and one small closed tear.</p>"
         "<h2>Details</h2><dl><dt>Title:</dt><dd>The Salt Orchard</dd><dt>Publisher:</dt><dd>Quayside Press</dd>"
         "<dt>Year:</dt><dd>2009</dd><dt>Binding:</dt><dd>Hardcover</dd></dl>"
         "<h2>About the shop</h2><p>A family bookshop by the harbour since 1988, selling modern first editions, local "
         "history and maps; we answer every question about a copy within a day and photograph any flaw on request.</p>")
READER = ('<section class="reviews"><h2>Reviews</h2><div class="review-item"><p>I bought this copy for my sister and '
          'then read it first: the orchard chapters are the best thing Marlow has written, slow and bitter and funny, '
          'and the ending with the grandmother and the ledger stayed with me for days afterwards. The middle drags a '
          'little where the brothers argue about the boat, but every page about the salt flats is worth it and I '
          'would happily read the whole thing again next winter.</p><p class="who">Nora P.</p></div></section>')


def _listing(below: str = "") -> str:
    return ('<html lang="en"><head><meta charset="utf-8"><title>The Salt Orchard by Ines Marlow | Hollow Oak Books</title>'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"The Salt Orchard"}'
            '</script></head><body><header><a href="/">Hollow Oak Books</a></header><main>'
            f'{HEAD}<section class="about"><h2>About this copy</h2>{TERMS}</section>{below}</main>'
            '<footer>© 2026 Hollow Oak Books</footer></body></html>')


def test_a_rating_box_in_the_products_head_is_no_readers_box():
    product, boxes = shop_page(fromstring(_listing()))
    assert product and boxes == []
    product, boxes = shop_page(fromstring(_listing(READER)))
    assert product and boxes and all("orchard chapters" in box for box in boxes)  # (a reader's box below the head stays one)


def test_a_copys_listing_with_its_sellers_stars_is_no_review():
    record = extract_page(_listing(), "https://hollowoak.example.com/item/salt-orchard-first-printing-20931")
    assert record.kind != "review", record.reason
    assert record.rating is None


def test_the_same_listing_with_a_readers_review_is_left_to_the_review_rules():
    record = extract_page(_listing(READER), "https://hollowoak.example.com/item/salt-orchard-first-printing-20931")
    assert record.kind == "review", record.reason
