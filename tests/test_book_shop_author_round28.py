"""bookshopauthor (round 28, helper DET2), in our own words and markup: a shop's product page whose one reader's review
is kept alone takes its h1 as the book's title and its record's labelled author, whose initials ("Surname I.") are
given back as the name the page writes in full (in the nominative, or in a case ending the given name shares). Russian,
Polish and Czech, with near misses (two people of that surname and initial, an ending the given name does not share, a
name never written in full, a given name of another initial)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.bookshopauthor import full_name


@pytest.mark.parametrize("author, text, expected", [
    ("Соболев А.", "Первый роман Андрея Соболева о северном порте.", "Андрей Соболев"),  # ru genitive
    ("Соболев А", "Андрей Соболев написал его за три зимы.", "Андрей Соболев"),  # ru nominative, the dot trimmed
    ("Соболев А.Н.", "Андрей Соболев написал его за три зимы.", "Андрей Соболев"),  # two initials
    ("A. Nowak", "Powieść napisał Adam Nowak w 1931 roku.", "Adam Nowak"),  # pl, initials first
    ("Dvořák J.", "Jan Dvořák psal o řece celý život.", "Jan Dvořák"),  # cs
    ("Nowak A.", "Książka Adama Nowaka o morzu.", "Adam Nowak"),  # pl genitive, the ending shared
    ("Соболев И.", "Предисловие Игоря Соболева.", "Игорь Соболев"),  # ru: a soft stem's ending
])
def test_initials_given_back_as_the_page_names_the_author(author, text, expected):
    assert full_name(author, text) == expected


@pytest.mark.parametrize("author, text", [
    ("Соболев А.", "Роман Андрея Соболева, а предисловие Анны Соболевой и Артёма Соболева."),  # two people: none chosen
    ("Nowak A.", "Książka Anny Nowak."),  # pl: a woman's given name declined beside her surname that is not
    ("Соболев А.", "Прочитала Соболева за два вечера."),  # no given name written
    ("Соболев А.", "Борис Соболев, его брат, тоже писал."),  # another initial
    ("Anna Nowak", "Anna Nowak wrote it."),  # no initials: as it is
    ("Anna Ng", "Nora Anna wrote the foreword."),  # a short surname is no pair of initials
])
def test_near_misses_stay_as_the_record_gives_them(author, text):
    assert full_name(author, text) == author


_PAGE = """<html lang="ru"><head><title>Книга «Северный порт» — купить | Книжная лавка</title></head><body>
<header><a href="/">Книжная лавка</a> <a href="/cart">Корзина</a></header>
<main><div class="product"><div class="product__head"><h1>Северный порт</h1>
<div class="buy"><span class="price">450 ₽</span><button class="to-cart">В корзину</button></div></div>
<table class="specs"><tr><th>Автор</th><td>Соболев А.</td></tr><tr><th>Страниц</th><td>320</td></tr></table>
<p class="descr">Первый роман Андрея Соболева о северном порте и его жителях.</p></div>
<section class="reviews" id="comments"><h2>Отзывы покупателей</h2><ul class="comments__list">
<li class="comments__item"><div class="comments__head"><span>Ирина</span> <span>3 ноября 2026</span>
<span class="comments__stars stars-line star4" aria-hidden="true"></span></div>
<p>Читала эту книгу две недели, медленно, по главе за вечер. Город у холодного моря описан так, что хочется туда поехать,
хотя жить там, наверное, очень тяжело. Герои говорят мало, но каждое слово на своём месте.</p>
<p>Середина немного затянута, и один из братьев так и остался для меня непонятным. Но финал сильный, и я уже советую
роман подругам. Ставлю четыре из пяти.</p></li>
<li class="comments__item"><div class="comments__head"><span>Олег</span> <span>1 ноября 2026</span>
<span class="comments__stars stars-line star5" aria-hidden="true"></span></div><p>Доставили быстро.</p></li>
</ul></section></main><footer>© Книжная лавка</footer></body></html>"""


def test_a_shop_page_reader_review_takes_the_product_and_the_record_author():
    record = extract_page(_PAGE, "https://lavka.example.ru/product/55120/")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Северный порт", "Андрей Соболев")


def test_without_a_labelled_author_no_book_is_made_up():
    page = _PAGE.replace("<tr><th>Автор</th><td>Соболев А.</td></tr>", "")
    record = extract_page(page, "https://lavka.example.ru/product/55120/")
    assert record.book_author is None or record.book_author != "Соболев А."
