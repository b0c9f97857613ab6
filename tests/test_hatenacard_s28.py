"""はてなブログ's product card read for the book (round s28), in our own words and markup.

bookaffiliate.affiliate_book: the card's title element ("hatena-asin-detail-title") gives the item name without its
imprint's brackets, and the one row of its facts list labelled as the author's ("作者:", "著者:") the author, written
with or without the space between family and given name, or a katakana name with its middle dot.

Near misses: a card whose only labelled row is the publisher's, a card whose author row names a company, two cards for
two different books, a review's own sentence "作者：…" with no card.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookaffiliate import affiliate_book
from scraper.extract.parse import parse_page

PARAS = [
    "駅前の古本屋で何気なく手に取った文庫を、帰りの電車で読み始めたら止まらなくなった。古い洋館に集まった家族が、"
    "亡くなった祖母の遺言をめぐって少しずつ本音をこぼしていく話だ。",
    "会話の多い小説で、誰もが少しずつ嘘をついているのが読んでいるうちにわかってくる。中盤で視点が切り替わるところが"
    "見事で、思わず声が出た。",
    "ただ、最後の種明かしはやや駆け足で、もう少し余韻がほしかった。それでも、雨の休日に一気に読むにはぴったりの一冊。",
]


def _card(title: str, rows: str, buy: bool = True) -> str:
    return ("<div class='hatena-asin-detail'><a href='#' class='hatena-asin-detail-image-link'><img src='/c.jpg' "
            f"class='hatena-asin-detail-image' alt='{title}'></a><div class='hatena-asin-detail-info'>"
            f"<p class='hatena-asin-detail-title'><a href='#'>{title}</a></p><ul class='hatena-asin-detail-meta'>{rows}"
            "</ul>" + ("<a href='#' class='asin-detail-buy'>Amazon</a>" if buy else "") + "</div></div>")


def _row(label: str, value: str) -> str:
    return f"<li><span class='hatena-asin-detail-label'>{label}</span>{value}</li>"


def _page(cards: str, headline: str = "雨の休日に読んだ文庫のこと") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + cards + "<p>評価：★★★★☆</p>"
    return ("<html lang='ja'><head><meta charset='utf-8'><title>" + headline + " - 雨読日記</title></head><body>"
            "<article class='entry hentry'><header class='entry-header'><h1 class='entry-title'>" + headline + "</h1>"
            "</header><div class='entry-content hatenablog-entry'>" + body + "</div></article>"
            "<footer id='footer'><p>Powered by Hatena Blog</p></footer></body></html>")


def _book(html: str):
    found = affiliate_book(parse_page(html))
    return (found.title, found.author) if found else None


def test_the_card_gives_the_title_without_its_imprint_and_the_labelled_author():
    html = _page(_card("祖母の洋館 (創元推理文庫)", _row("作者:", "<a href='#' class='keyword'>宮部 みゆき</a>") + "<li>東京創元社</li>"))
    assert _book(html) == ("祖母の洋館", "宮部みゆき")
    record = extract_page(html, "https://udoku.example.jp/entry/2026/11/02/090000")
    assert record.is_review and (record.book_title, record.book_author) == ("祖母の洋館", "宮部みゆき")


def test_a_katakana_name_under_the_other_label_without_a_buy_link():
    html = _page(_card("日の名残り (ハヤカワepi文庫)", _row("著者:", "カズオ・イシグロ") + "<li>早川書房</li>", buy=False))
    assert _book(html) == ("日の名残り", "カズオ・イシグロ")


def test_an_unspaced_kanji_name_and_a_card_among_other_rows():
    rows = _row("出版社:", "新潮社") + _row("作者:", "恩田陸") + _row("発売日:", "2006/09/07")
    assert _book(_page(_card("夜のピクニック (新潮文庫)", rows))) == ("夜のピクニック", "恩田陸")


def test_a_card_with_the_publisher_alone_or_a_company_as_its_author_gives_no_book():
    assert _book(_page(_card("祖母の洋館 (創元推理文庫)", _row("出版社:", "東京創元社")))) is None
    assert _book(_page(_card("祖母の洋館 (創元推理文庫)", _row("作者:", "東京創元社")))) is None


def test_two_cards_for_two_books_give_none():
    cards = _card("夜のピクニック (新潮文庫)", _row("作者:", "恩田陸")) + _card("告白 (双葉文庫)", _row("作者:", "湊 かなえ"))
    assert _book(_page(cards)) is None


def test_a_reviewers_own_author_line_without_a_card_is_not_this_rule():
    html = _page("<p>作者：恩田陸。夜のピクニックを思い出した。</p>")
    assert _book(html) is None
