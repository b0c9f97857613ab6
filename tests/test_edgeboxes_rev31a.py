"""Boxes at a review's edge read no more than their book: a CJK slashed record line a colon points to ("次に読む本：" /
"『T』A／House", a book to read next: ``bookcjkline._closing``), and a stacked card ("**Head**" / name / facts:
``bookboldrecord._stacked``) yields to the book the post itself names with its author (a reviewer's bio box, a
"you might also like" box). Every page is invented for these tests, in our own words."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record

_EN = ("<p>Second look, a week on: the chapters are short and each ends on a small turn, the people talk like people "
       "and the middle drags for a stretch before the last part pays back the wait. I finished it over two evenings "
       "with the radio off, and lent my copy to my sister straight after.</p>"
       "<p>A third note: it has grown on me since, and I keep going back to scenes that looked minor at first. The "
       "sentences are plain and careful, and nobody in it explains themselves.</p>")


def _record(lines: list[str], language: str):
    return cjk_record(lines, Context(text="\n".join(lines), language=language))


def test_closing_record_still_read():
    assert _record(["久しぶりに小説を読み返した。文章は静かで、冬に似合う。", "二度目に読むと細部が見えた。", "冬はやはり読書。",
                    "『川の音』山田一郎／新潮文庫"], "ja") == ("川の音", "山田一郎")
    assert _record(["《河流》李明／人民文学出版社", "第二遍读的时候，我注意到很多细节。", "推荐给朋友。"], "zh") == ("河流", "李明")
    assert _record(["第二遍讀的時候，我注意到很多細節。", "推薦給朋友。", "《河流》李明／人民文學出版社"], "zh-Hant") == ("河流", "李明")


def test_read_next_pointer_is_no_book():
    for lines, language in (
        (["久しぶりに小説を読み返した。", "二度目に読むと細部が見えた。", "次に読みたい本：", "『川の音』山田一郎／新潮文庫"], "ja"),
        (["第二遍读的时候，我注意到很多细节。", "推荐给朋友。下一本打算读:", "《河流》李明／人民文学出版社"], "zh"),
        (["第二遍讀的時候，我注意到很多細節。", "接下來想讀的書：", "《河流》李明／人民文學出版社"], "zh-Hant"),
    ):
        assert _record(lines, language) is None, lines


def test_other_title_in_text_is_the_book():
    assert _record(["青木光の『灯台』を読み返した。", "二度目に読むと細部が見えた。", "冬はやはり読書。",
                    "『川の音』山田一郎／新潮文庫"], "ja") is None
    assert _record(["重读了《灯塔》。", "第二遍读的时候，我注意到很多细节。", "《河流》李明／人民文学出版社"], "zh") is None


def _en(opening: str, box: str, after: str = "") -> bytes:
    return (f'<html lang="en"><head><title>A quiet winter book</title></head><body><article><h1>A quiet winter book'
            f"</h1><p>{opening}</p>{_EN}{box}{after}</article></body></html>").encode()


def test_bio_box_yields_to_named_book():
    box = ('<div class="bio"><p><strong>Meet the Reviewer</strong></p><p>Helen Ashdown</p><p>Reviewing Since 2004'
           "</p><p>Loves: Westerns</p></div>")
    r = extract_page(_en("The Copper Gate by Teodor Brask follows a lock keeper through one dry summer. Brask is"
                         " patient with everyone.", box, "<p>Ashdown writes for us each month.</p>"),
                     "https://rainshelf.example/quiet-winter/")
    assert (r.book_title, r.book_author) == ("The Copper Gate", "Teodor Brask")



def test_read_next_box_yields_to_named_book():
    box = ('<div class="next"><p><strong>Read This Next</strong></p><p>Carys Penhale</p><p>The Long Quay</p>'
           "<p>Seren, 2018, 212 pp</p></div>")
    r = extract_page(_en("The Copper Gate by Teodor Brask follows a lock keeper through one dry summer. Brask is"
                         " patient with everyone, and it reminded me of Carys Penhale's first novel.", box),
                     "https://rainshelf.example/quiet-winter-2/")
    assert (r.book_title, r.book_author) == ("The Copper Gate", "Teodor Brask")


def test_stacked_card_read_where_the_text_names_no_book():
    for box, want in (
        ('<div class="card"><p><strong>Salt and Iron</strong></p><p>Teodor Brask</p><p>Harbour Press</p>'
         "<p>2021, pp 310, Rs 599</p></div>", ("Salt and Iron", "Teodor Brask")),
        ('<div class="card"><p><b>The Winter Lock</b></p><p>Carys Penhale</p><p>Seren</p><p>2018, 212 pages</p>'
         "<p>Rating: 4/5</p></div>", ("The Winter Lock", "Carys Penhale")),
        ('<aside><p><strong>Die Schleuse</strong></p><p>Eva Lindner</p><p>Hafenverlag</p><p>2020, 276 S.</p></aside>',
         ("Die Schleuse", "Eva Lindner")),
    ):
        surname = want[1].split()[-1]
        r = extract_page(_en(f"{surname} writes about a lock keeper through one dry summer, and {surname} is patient"
                             " with everyone in it.", box), "https://rainshelf.example/quiet-winter-3/")
        assert (r.book_title, r.book_author) == want, box
