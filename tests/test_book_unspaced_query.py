"""A shop's author link that searches the catalogue for the author ("/search?author=한지운") names the author even
when the name is one word, as Korean and Chinese write a name without a space: the link's text is the search's very
value. The book is the heading beside it in the product's box (an h2 under a logo h1).

Near misses: a Latin one-word text (no telling a name), a text that is not the searched value, a link to a search
for a subject.

Every page here is invented for these tests (invented books, people and shops, in our own words).
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.bookld import _author_query, from_author_link
from scraper.extract.bookldlinks import unspaced_name


def test_a_one_word_hangul_or_han_name_that_the_search_names():
    assert _author_query("/search?author=%ED%95%9C%EC%A7%80%EC%9A%B4", "한지운")
    assert _author_query("/list?writer=林海音&page=1", "林海音")
    assert unspaced_name("한지운") and unspaced_name("莫言")


def test_near_misses_stay_unread():
    assert not _author_query("/search?author=Homer", "Homer")  # a Latin word alone: no telling a name
    assert not _author_query("/search?author=한지운", "한지")  # the text is not the searched value
    assert not _author_query("/search?keyword=소설", "소설")  # a search, not for an author
    assert not unspaced_name("바다로 가는 버스")
    assert not unspaced_name("한")


SHOP = """<html lang="{lang}"><head><title>{title} | 책마을</title></head><body>
<header><h1 class="logo"><a href="/"><img src="/logo.png" alt="책마을"></a></h1>
<nav><a href="/new">신간</a> <a href="/best">베스트</a></nav></header>
<div class="prod">
<div class="prod-img"><img src="/covers/1.jpg" alt="{title}"></div>
<div class="prod-info">
<h2 class="prod-title">{title}</h2>
<p class="prod-author"><a href="/search?author={name}">{name}</a> {role} | {publisher} | 2023</p>
<div class="prod-price"><span>정가</span> <strong>15,000원</strong></div>
<div class="prod-btns"><button>장바구니</button><button>바로구매</button></div>
</div></div>
<div class="reviews"><h3>리뷰</h3><ul><li class="review"><span class="id">river***</span> <span class="date">2026.10.01</span>
<span class="review-star star-40"><span class="blind">평점 5점 만점에 4점</span></span>
<div class="review-body"><p>{review}</p></div></li></ul></div>
<footer><p>(주)책마을</p></footer></body></html>"""


def test_the_product_box_names_book_and_author_ko():
    tree = lxml.html.fromstring(SHOP.format(lang="ko", title="바다로 가는 버스", name="한지운", role="저", publisher="파도출판",
                                            review="좋았어요"))
    book = from_author_link(tree)
    assert (book.title, book.author, book.source) == ("바다로 가는 버스", "한지운", "record")


def test_the_product_box_names_book_and_author_zh():
    tree = lxml.html.fromstring(SHOP.format(lang="zh", title="城南旧巷", name="林海音", role="著", publisher="远山书局",
                                            review="很好"))
    book = from_author_link(tree)
    assert (book.title, book.author) == ("城南旧巷", "林海音")


def test_a_reader_review_on_the_shop_page_gets_the_record_book():
    review = ("학교 도서관에서 처음 읽고 십 년 만에 다시 읽었어요. 버스를 타고 바다까지 가는 하루 동안 세 사람이 나누는 이야기가 "
              "잔잔하면서도 마음을 오래 붙잡아요. 중간에 조금 느슨해지는 부분이 있지만 마지막 장면의 바닷바람이 "
              "아직도 기억에 남아요. 등장인물 하나하나가 살아 있고, 작가의 문장은 짧지만 정확해서 읽는 내내 편안했어요. "
              "조용한 소설을 좋아하는 분들께 권하고 싶어요. 별 하나는 아쉬워서 뺐어요.")
    html = SHOP.format(lang="ko", title="바다로 가는 버스", name="한지운", role="저", publisher="파도출판", review=review)
    record = extract_page(html, "https://chaekmaeul.example.kr/books/20261001?id=7")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("바다로 가는 버스", "한지운")


def test_a_latin_one_word_author_search_gives_no_record_book():
    tree = lxml.html.fromstring(SHOP.format(lang="en", title="Harbour Songs", name="Ardent", role="", publisher="Tide",
                                            review="Nice"))
    book = from_author_link(tree)
    assert book is None or book.author != "Ardent" or book.source != "record"
