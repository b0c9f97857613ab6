"""A score in points the reviewer gives in a closing sentence, in scripts that write the unit on to the number (zh 分,
ja 点, ko 점), the number in digits or in CJK numerals with tens ("八十五"); the scale unsaid: of 5 up to 5, of 10 up
to 10, of 100 above (scraper.extract.ratingpoints, read by ratingprose). Sentences of our own; near misses: minutes,
a fraction, someone else giving, "十分" (very), points with no giving."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating
from scraper.extract.ratingpoints import cjk_number

FIRST = {"zh": "这本小说的前半部分写得很慢，后半部分却让人放不下。", "ja": "前半はゆっくり進むが、後半は一気に読んでしまった。",
         "ko": "전반부는 느리지만 후반부는 손에서 놓을 수가 없었다."}


@pytest.mark.parametrize("lang, line, value", [
    ("zh", "我个人给七十八分，扣掉的分数都在结尾。", 0.78),
    ("zh", "總之我會給它九分半。", 0.95),
    ("zh", "我给这本书打8分。", 0.8),
    ("ja", "個人的には75点をつけます。", 0.75),
    ("ko", "저는 이 책에 90점을 줍니다.", 0.9),
])
def test_a_given_score_in_points(lang, line, value):
    rating = find_rating([FIRST[lang], line])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("lang, line", [
    ("zh", "我花了二十分钟才读完第一章。"),  # minutes
    ("zh", "我只读了三分之一就放下了。"),  # a fraction
    ("zh", "豆瓣上有人给了它六十分，我不同意。"),  # someone else gives
    ("zh", "结尾写得十分动人。"),  # 十分: very
    ("ja", "テストで85点を取った主人公の話だ。"),  # points with no giving
])
def test_near_misses(lang, line):
    assert find_rating([FIRST[lang], line]) is None


def test_cjk_numbers():
    assert [cjk_number(t) for t in ("八十五", "十五", "九十", "十", "一百", "两", "8.5")] == [85, 15, 90, 10, 100, 2, 8.5]
    assert cjk_number("三百") is None and cjk_number("十十") is None


def test_a_labelled_score_in_points_above_ten_is_of_a_hundred():
    assert find_rating([FIRST["zh"], "评分：78分"]).value == 0.78
    assert find_rating([FIRST["ja"], "評価：64点"]).value == 0.64
    assert find_rating([FIRST["ko"], "평점: 88점"]).value == 0.88
    assert find_rating([FIRST["zh"], "评分：7分"]).value == 0.7  # of ten, as before
    # near misses: no points unit (a bare 85 after a label stays unread), above a hundred
    assert find_rating([FIRST["zh"], "Rating: 85"]) is None and find_rating([FIRST["zh"], "评分：185分"]) is None
