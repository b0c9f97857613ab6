"""scraper.extract.rating: scores written the way readers of more languages write them (scale first, CJK numerals,
"X of Y" words, "and a half" words), and the cheap looks (ratinglooks) letting each of them through."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, parse_rating
from scraper.extract.ratinglooks import may_match, may_score

FORMS = [
    ("sette su dieci", 0.7),  # it: worded "X su Y"
    ("nove su dieci", 0.9),
    ("3 kati ya 5", 0.6),  # sw
    ("7 kati ya 10", 0.7),
    ("8 เต็ม 10", 0.8),  # th: "8 full 10"
    ("4เต็ม5", 0.8),
    ("tre och en halv av fem", 0.7),  # sv with a noun between: "tre och en halv kaffekoppar av fem"
    ("två och en halv kaffekoppar av fem", 0.5),
    ("3 og en halv af 5", 0.7),  # da
    ("3 buçuk / 5", 0.7),  # tr
    ("三星半", 0.7),  # zh
    ("两颗星", 0.4),
    ("4.5星", 0.9),
    ("五顆星", 1.0),
    ("별 다섯 개 중 세 개", 0.6),  # ko: scale first, with counters
    ("다섯 개 중 네 개", 0.8),
    ("10점 만점에 7점", 0.7),
    ("5 üzerinden 3", 0.6),  # tr, scale first
]


@pytest.mark.parametrize("text, expected", FORMS)
def test_the_forms_read(text, expected):
    rating = parse_rating(text)
    assert rating is not None and rating.value == expected, rating
    assert find_rating([text]) == rating


@pytest.mark.parametrize("line, raw, expected", [
    ("৫-এ ৪", "৫-এ ৪", 0.8),  # bn: "4 in 5", the scale first, in Bengali digits
    ("১০ এর মধ্যে ৭", "১০ এর মধ্যে ৭", 0.7),
    ("রেটিং: ১০-তে ৬", "১০-তে ৬", 0.6),
    ("评分：三颗星", "三颗星", 0.6),
    ("평점: 별 다섯 개 중 두 개", "별 다섯 개 중 두 개", 0.4),
    ("Voto finale: sei su dieci", "sei su dieci", 0.6),
])
def test_lines_in_their_own_digits_and_after_a_label(line, raw, expected):
    assert find_rating([line]) is not None and (find_rating([line]).raw, find_rating([line]).value) == (raw, expected)


@pytest.mark.parametrize("text", [t for t, _ in FORMS])
def test_each_form_passes_the_cheap_looks(text):
    assert may_score(text)
    fractions, stars = may_match(text)
    assert fractions or stars or "星" in text


@pytest.mark.parametrize("line", [
    "我们下星期再去书店。",  # a week, not a star
    "三个星座的故事",
    "오늘은 네 권을 읽었다.",  # four books, no scale
    "এই বইটি আমার ভালো লেগেছে।",
])
def test_what_is_not_a_score(line):
    assert find_rating([line]) is None


@pytest.mark.parametrize("line, raw, expected", [
    ("Tathmini yangu: nyota 3 kati ya 5", "3 kati ya 5", 0.6),  # sw: "my assessment: stars 3 of 5"
    ("Ukadiriaji: 7/10", "7/10", 0.7),
])
def test_swahili_labels(line, raw, expected):
    rating = find_rating(["Kitabu hiki kinahusu familia moja ya kijijini.", line])
    assert rating is not None and (rating.raw, rating.value) == (raw, expected)


@pytest.mark.parametrize("line, raw, expected", [
    ("Il mio voto da lettrice: sette su dieci. Da regalare a chi ama Trieste.", "sette su dieci", 0.7),  # it: who gives the score, before the colon
    ("My rating as a librarian: 4/5. A book to lend to every patron.", "4/5", 0.8),
])
def test_a_label_naming_who_rates(line, raw, expected):
    rating = find_rating(["The novel follows two sisters across one long summer.", line])
    assert rating is not None and (rating.raw, rating.value) == (raw, expected)


def test_a_chinese_sentence_giving_the_stars():
    lines = ["这部小说写的是一个小镇上的两代人。", "读完之后我想了很久。我给这本书打三星半，少掉的那一颗星是因为结尾太仓促。"]
    rating = find_rating(lines)
    assert rating is not None and (rating.raw, rating.value) == ("三星半", 0.7)
    assert find_rating(["朋友给这本书打三星半，我不同意。"]) is None  # a friend's score
