"""Notices that a rule for one reviewed book would take: a title that announces a cover, a notice, a pre-order's
opening or a giveaway in the scripts written without spaces (ja, zh, ko, th), as ANNOUNCE_TITLE does in the others;
a verdict still makes it a review, and the book's own title is not read for the words. Our own titles.
"""

from __future__ import annotations

import pytest

from scraper.extract.classify import classify
from tests.test_classify import evidence

BOOK = dict(book_source="title", book_has_author=True, words=190)


@pytest.mark.parametrize("title", [
    "新刊『海辺の図書室』の表紙を公開しました",
    "『夏の窓』書影解禁！",
    "《雾港》封面公开",
    "신작 『바람의 서점』 표지 공개",
    "เปิดปกนิยายเล่มใหม่ของฉัน",
    "『夏の窓』予約開始のお知らせ",
    "《雾港》预售开启",
    "新書《北方的河》贈書活動",
])
def test_a_title_announcing_a_cover_or_a_notice(title):
    k, reason = classify(evidence(title=title, **BOOK))
    assert k == "announcement" and "announces" in reason, reason


@pytest.mark.parametrize("overrides", [
    dict(title="新刊『海辺の図書室』の表紙を公開しました", rating=True),  # a verdict: a review of the book
    dict(title="『カバーを公開する日』を読んで", book_title="カバーを公開する日"),  # the book's own title
    dict(title="公開講座で読んだ『海辺の図書室』"),  # "公開" alone: opened to the public
    dict(title="예약해서 산 『바람의 서점』"),  # "reserved and bought": no pre-order's opening
    dict(title="《雾港》读后感"),
])
def test_near_misses_stay_reviews(overrides):
    assert classify(evidence(**{**BOOK, **overrides}))[0] == "review"


# -- a book's record whose reviews area is empty --------------------------------------------------------------------

from scraper.extract import extract_page  # noqa: E402
from scraper.extract.reviewed import no_reviews_yet  # noqa: E402

_BLURB = ("A quiet novel about a lighthouse keeper's daughter who leaves the island at eighteen and comes back "
          "thirty years later to sell the house, only to find her father's weather logs in the attic.")


@pytest.mark.parametrize("notice", [
    "No reviews yet. Be the first to review this book!",
    "Noch keine Bewertungen vorhanden.",
    "Aucun avis pour le moment. Soyez le premier à donner votre avis.",
    "Todavía no hay reseñas.",
    "この商品のレビューはまだありません。",
    "暂无评论，快来抢沙发",
    "아직 등록된 리뷰가 없습니다.",
    "ยังไม่มีรีวิว เป็นคนแรกที่รีวิวเลย",
])
def test_the_empty_reviews_area_closing_a_record(notice):
    assert no_reviews_yet([_BLURB, "Pages: 212 · EPUB", notice])


@pytest.mark.parametrize("lines", [
    # said at the start of a review, and in a longer line
    ["No reviews yet on the big sites, so here is mine.", _BLURB, _BLURB, "I loved every page of it."],
    [_BLURB, "When I picked it up there were no reviews yet anywhere, and I went in blind, which turned out to be the "
             "best way to meet a book this strange and this patient with its reader.", "Highly recommended."],
    [_BLURB, "No comments yet. Be the first to comment!"],  # a blog's comments, not a shop's reviews
])
def test_no_empty_reviews_area(lines):
    assert not no_reviews_yet(lines)


_MORE = ("The logs run to forty notebooks. Between the wind speeds and the barometer readings he wrote down, in a "
         "small hand, what the island did each day: who came on the ferry, which boat was late, when the swallows left. "
         "This new edition adds an afterword by the translator and a map of the island drawn for the occasion.")


def _record(notice: str) -> str:
    return ('<html lang="en"><head><meta charset="utf-8"><title>The Keeper\'s Daughter</title></head><body><main>'
            "<h1>The Keeper's Daughter</h1><p>by Ada Reyes</p>"
            f"<h2>Synopsis</h2><p>{_BLURB}</p><p>{_MORE}</p>"
            "<h2>Details</h2><ul><li>Pages: 212</li><li>Format: EPUB</li><li>Released: 15 November 2026</li></ul>"
            f"<p>{notice}</p></main></body></html>")


def test_a_shop_s_book_page_with_no_reviews_is_no_review():
    record = extract_page(_record("No reviews yet. Be the first to review!"), "https://shop.example.com/book/4471")
    assert record.kind == "listing" and not record.is_review, record.reason


def test_a_verdict_outranks_the_notice():
    assert classify(evidence(book_source="details", book_has_author=True, rating=True, no_reviews=True))[0] == "review"
    assert classify(evidence(book_source="details", book_has_author=True, no_reviews=True))[0] == "listing"


# -- a giveaway, in the languages whose word for it is not the English one --------------------------------------------


@pytest.mark.parametrize("title", [
    "Κλήρωση: δύο αντίτυπα από «Ο φάρος του βορρά»",  # el: a draw, two copies
    "Ξαναδιαβάζουμε τον Καζαντζάκη και κληρώνουμε βιβλία",  # el: "… and we draw books"
    "Розыгрыш трёх книг к Новому году",  # ru
    "Rozdanie! Wygraj egzemplarz „Latarnika”",  # pl
    "Çekiliş: Kuzey Feneri kitabından iki kopya",  # tr
    "הגרלה: שלושה עותקים של הספר החדש",  # he
    "Arvonta: voita oma kappale",  # fi
    "Soutěž o tři výtisky nové knihy",  # cs
])
def test_a_title_naming_a_giveaway(title):
    k, reason = classify(evidence(title=title, **BOOK))
    assert k == "announcement" and "giveaway" in reason, reason


@pytest.mark.parametrize("overrides", [
    dict(title="Κλήρωση: δύο αντίτυπα από «Ο φάρος του βορρά»", rating=True),  # a verdict: a review of the book
    dict(title="Η κλήρωση του Σεπτέμβρη", book_title="Η κλήρωση του Σεπτέμβρη"),  # the book's own title
    dict(title="Il passatempo perfetto per l'estate"),  # it "pastime"
    dict(title="Η κληρονομιά της γιαγιάς μου"),  # el "inheritance"
    dict(title="Arvoni kirjalle: neljä tähteä"),  # fi "arvo", value: no draw
    dict(title="Рецензия: «Северный маяк»"),
])
def test_giveaway_near_misses_stay_reviews(overrides):
    assert classify(evidence(**{**BOOK, **overrides}))[0] == "review"
