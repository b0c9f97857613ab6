"""Misfires of the s34 detmiss rules on pages they were not written for (review helper rev-detmiss; own words and markup).

- ``bookcjkline._NAMED``'s trailing details: a closing citation of a quoted passage's source, "鲁迅，《故乡》，人民文学
  出版社，1973。", in a review whose text brackets the book it reviews, is the epigraph's, not the post's book.
- ``bookleadcaption.house_third``: an author's photo captioned "A, Place, courtesy of House" (the house named inside
  a credit) gave the place as the title; "A in Place, 2019, photo courtesy House" gave the year.
- ``reprintnote.REPRINT``'s welcome ("欢迎转载") and credit bid ("请注明出处") deep inside a review's sentence about the
  book's sources or its serial reprints took the review's last paragraph.
"""

import pytest

from scraper.extract import extract_page
from scraper.extract.bookleadcaption import third_house
from scraper.extract.reprintnote import reprint_notice

from test_reprintwelcome_s34 import _text
from test_shortrecords_s34 import _ZH, _he_page, _zh_page

_EN = ["Velde writes about a winter on a salt marsh, two brothers who stopped speaking and a father who will not "
       "sell the orchard, and she writes it in short, cold chapters.",
       "The chapters are brief and the language plain, but under every talk about the weather there is an old anger. "
       "I loved the night scene in the kitchen most of all.",
       "The ending is a little hurried, and still I closed the book and called my brother."]


def _en_page(caption: str) -> str:
    return (_he_page(caption, _EN).replace("lang='he' dir='rtl'", "lang='en'")
            .replace("קיץ של אחיות", "Brothers on the marsh"))


def test_epigraph_citation_is_not_the_reviewed_book():
    paras = ["鲁迅说过：“希望是本无所谓有，无所谓无的。”读王小明的《夜行的河》时，我一直想起这句话。", *_ZH]
    record = extract_page(_zh_page("鲁迅，《故乡》，人民文学出版社，1973。", paras),
                          "https://riverteahouse.example.tw/notes/2026-11-river.html")
    assert record.book_title != "故乡"


def test_citation_of_the_reviewed_book_itself_still_read():
    paras = [_ZH[0].replace("這本小說", "《夜行的河》"), *_ZH[1:]]
    record = extract_page(_zh_page("王小明，《夜行的河》，星光出版，2019。", paras),
                          "https://riverteahouse.example.tw/notes/2026-11-river.html")
    assert (record.book_title, record.book_author) == ("夜行的河", "王小明")


@pytest.mark.parametrize("caption", ["Mara Velde, Bergen, courtesy of Harbour Press",
                                     "Mara Velde in Bergen, 2019, photo courtesy Harbour Press",
                                     "Mara Velde, Bergen harbour, Harbour Press author photo"])
def test_author_photo_credit_is_no_cover_record(caption):
    record = extract_page(_en_page(caption), "https://midaf.example.com/p/marsh")
    assert record.book_title not in ("Bergen", "2019", "Bergen harbour")


def test_hebrew_author_photo_with_place_and_courtesy():
    record = extract_page(_he_page("רותי וולדמן, תל אביב, באדיבות הוצאת עם עובד"), "https://midaf.example.com/p/kayitz")
    assert record.book_title != "תל אביב"


def test_house_named_alone_still_a_record():
    text = " ".join(_EN)
    assert third_house("Mara Velde, The Salt Orchard, Harbour Press", text) == ("The Salt Orchard", "Mara Velde")
    assert third_house("Mara Velde, The Salt Orchard, Éditions du Seuil, 2019", text) == ("The Salt Orchard", "Mara Velde")


@pytest.mark.parametrize("line", ["书中大量引用报刊文章，作者在后记里写道：凡引用处均已请注明出处，这一点值得称赞。",
                                  "作者在前言中说，这本书的任何段落都欢迎转载，只希望读者记得那条河。",
                                  "这本书原是报上的连载，当年很多杂志都欢迎转载，后来才结集出版。"])
def test_review_sentence_about_sources_or_reprints_stays(line):
    assert line in _text(line)


@pytest.mark.parametrize("line", ["原创文章，欢迎转载", "本博客所有文章欢迎转载，请注明出处", "欢迎转载，请注明出处。",
                                  "本文为博主原创文章，欢迎转载，但请注明出处和链接"])
def test_welcome_notices_still_taken(line):
    assert reprint_notice(line)
