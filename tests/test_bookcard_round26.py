"""A book card's author in kanji/hanzi (bookld.from_card): a space between family and given name is layout, and a
one-kanji given name "文" is the name's, not the picture-book role "文" (text by), when the card names no one else."""

import lxml.html

from scraper.extract.bookld import from_card


def _card(title: str, author: str) -> str:
    return (f"<html><body><article><div class='review-book'><dl><dt>書名</dt><dd class='book-title'>{title}</dd>"
            f"<dt>著者</dt><dd class='book-author'><a href='/a/1'>{author}</a></dd></dl></div>"
            "<p>本文はここから始まる。</p></article></body></html>")


def _book(title: str, author: str):
    return from_card(lxml.html.fromstring(_card(title, author)))


def test_one_kanji_given_name_ending_in_the_text_role_is_kept():
    book = _book("灯台守の冬", "森川 文")
    assert (book.title, book.author) == ("灯台守の冬", "森川文")


def test_a_kanji_name_spaced_as_layout_is_one_word_japanese():
    assert _book("海辺の図書館", "青木 花子").author == "青木花子"


def test_a_hanzi_name_spaced_as_layout_is_one_word_chinese():
    assert _book("江边的雾", "王 小明").author == "王小明"


def test_writer_role_after_the_name_still_goes():
    assert _book("山の手紙", "青木花子 著").author == "青木花子"


def test_near_miss_picture_book_credit_keeps_the_writer_of_the_text_only():
    # "文" beside "絵": the role, the writer is the first part
    assert _book("くまの家", "森川 一 文 ／ 川村 絵美 絵").author == "森川一"


def test_near_miss_latin_and_katakana_names_keep_their_spaces():
    assert _book("Lantern Weather", "Ada van Berg").author == "Ada van Berg"
    assert _book("冬の庭", "カレン・ミラー").author == "カレン・ミラー"


def test_near_miss_translator_is_not_the_author():
    assert _book("冬の庭", "カレン・ミラー 著 ／ 青木 花子 訳").author == "カレン・ミラー"


# bookld.from_author_link: of several links a product's header marks, the one a label calls the author's wins over
# those a box's class alone marks ("author-publisher" classes its publisher's link too)

from scraper.extract.bookld import from_author_link


def _product(heading: str, row: str) -> str:
    return (f"<html><body><div class='product'><div class='img'><img src='/c.jpg' alt='{heading}'></div><div class='info'>"
            f"<h1 class='product-name'>{heading}</h1><div class='author-publisher'>{row}</div>"
            "<div class='price'>120,00 TL</div><button>Sepete Ekle</button></div></div>"
            "<div class='reviews'><p>Yorumlar</p></div></body></html>")


def _linked(heading: str, row: str):
    book = from_author_link(lxml.html.fromstring(_product(heading, row)))
    return (book.title, book.author) if book else None


def test_turkish_labelled_author_beside_a_class_marked_publisher():
    row = ("<span class='label'>Yazar:</span> <a class='author' href='/kisi/deniz-arslan'>Deniz Arslan</a> "
           "<span class='label'>Yayınevi:</span> <a class='publisher' href='/yayinevi/mavi-kapi'>Mavi Kapı Yayınları</a>")
    assert _linked("Kış Limanı", row) == ("Kış Limanı", "Deniz Arslan")


def test_german_labelled_author_beside_a_class_marked_publisher():
    row = ("<span class='label'>Autor:</span> <a class='author' href='/autor/lena-albers'>Lena Albers</a> "
           "<span class='label'>Verlag:</span> <a class='publisher' href='/verlag/kranich'>Kranich Verlag</a>")
    assert _linked("Die stille Fähre", row) == ("Die stille Fähre", "Lena Albers")


def test_near_miss_two_labelled_people_no_telling():
    row = ("<span class='label'>Yazar:</span> <a class='author' href='/kisi/deniz-arslan'>Deniz Arslan</a> "
           "<span class='label'>Yazar:</span> <a class='author' href='/kisi/ece-kaya'>Ece Kaya</a>")
    assert _linked("Kış Limanı", row) is None
