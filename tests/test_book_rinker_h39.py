"""The book of a Rinker shop box (the WordPress affiliate plugin many Japanese blogs use, "created by Rinker"): the
title element holds the item name with its volume and imprint in brackets, the detail element a "brand" line that,
for a book, is the author alone (kanji written with or without the space, or a katakana name with a middle dot).
Near misses: a brand that is a publisher or a shop, two boxes for different books, a box with no brand line, a brand
line outside a Rinker box.

Every page here is invented for these tests (invented books, people and sites, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.bookaffiliate import affiliate_book


def page(*boxes: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><article><p>本文です。</p>{''.join(boxes)}</article></body></html>")


def rinker(title: str, brand: str | None) -> str:
    brand_line = f'<div class="brand">{brand}</div>' if brand is not None else ""
    return (f'<div class="yyi-rinker-contents"><div class="yyi-rinker-box"><div class="yyi-rinker-info">'
            f'<div class="yyi-rinker-title"><a href="#">{title}</a></div><div class="yyi-rinker-detail">'
            f'<div class="credit-box">created by Rinker</div>{brand_line}<div class="price-box">¥990</div></div>'
            f'<ul class="yyi-rinker-links"><li><a href="#">Amazon</a></li></ul></div></div></div>')


def test_the_box_names_the_book_and_its_author():
    b = affiliate_book(page(rinker("霧の港町（下） （青潮文庫）", "浜田湊")))
    assert b and (b.title, b.author) == ("霧の港町", "浜田湊")
    b = affiliate_book(page(rinker("霧の港町 （青潮文庫）", "浜田 湊")))
    assert b and (b.title, b.author) == ("霧の港町", "浜田湊")
    b = affiliate_book(page(rinker("灯台守の冬", "マルタ・ソルベリ")))  # a translated book: a katakana name
    assert b and (b.title, b.author) == ("灯台守の冬", "マルタ・ソルベリ")
    # the same book in two boxes (both volumes) is one book
    assert affiliate_book(page(rinker("霧の港町（上）", "浜田湊"), rinker("霧の港町（下）", "浜田湊"))).title == "霧の港町"


def test_near_misses():
    assert affiliate_book(page(rinker("霧の港町", "青潮社"))) is None  # a publisher, not a person
    assert affiliate_book(page(rinker("木製の本立て", "北山工房"))) is None  # a shop brand of a non-book item
    assert affiliate_book(page(rinker("霧の港町", "浜田湊"), rinker("砂の時計", "岡野蒼"))) is None  # two books
    assert affiliate_book(page(rinker("霧の港町", None))) is None  # no brand line
    assert affiliate_book(page(rinker("霧の港町", "浜田湊 ほか"))) is None  # not a name alone
    # a "brand" line outside a Rinker box
    assert affiliate_book(page('<div class="item-title">霧の港町</div><div class="brand">浜田湊</div>')) is None


def test_a_review_with_a_box_gets_its_book():
    html = ("<html><head><title>港の霧が晴れるまで読んだ夜 | ほんのしおり</title></head><body><article>"
            "<h1>港の霧が晴れるまで読んだ夜</h1><div class='entry-content'>"
            "<p>今回は上下巻の長い小説を一週間かけて読みました。港町で暮らす姉妹の十年を追う物語で、前半はゆっくり、後半は一気に進みます。</p>"
            "<p>姉の視点と妹の視点が交互に語られ、同じ出来事が違って見えるのが面白かったです。ただ、中盤の回想が長く感じました。</p>"
            "<p>評価：★★★★☆</p>" + rinker("霧の港町（上） （青潮文庫）", "浜田湊") + "</div></article></body></html>")
    record = extract_page(html, "https://honno-shiori.example.jp/kiri/")
    assert (record.book_title, record.book_author) == ("霧の港町", "浜田湊")
