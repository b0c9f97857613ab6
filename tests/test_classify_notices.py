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
