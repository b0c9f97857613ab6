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
