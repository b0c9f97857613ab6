"""Ratings (round 32, NOTES): the Korean "my score" as a label ("제 점수는 10점 만점에 7점", then more said after it),
the Dutch school report mark ("rapportcijfer", "schoolcijfer"), and a label after a heading mark of ja/zh/ko posts
("■おすすめ度：85点", "◆ 평점: 8점"). Our own words; near misses after each."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating


@pytest.mark.parametrize("lines, value", [
    (["초반은 느렸지만 끝까지 읽었어요.", "제 점수는 10점 만점에 8점. 결말만 보면 만점 줄 수도 있음."], 0.8),
    (["내 점수는 5점 만점에 4점이에요. 다음 책도 기대돼요."], 0.8),
    (["점수: 7/10"], 0.7),
])
def test_korean_my_score_is_a_label(lines, value):
    found = find_rating(lines)
    assert found is not None and abs(found.value - value) < 0.011


@pytest.mark.parametrize("lines", [
    ["평론가 점수는 9점이지만 저는 잘 모르겠어요."],  # a critic's score, no label of mine
    ["시험 점수가 90점이었다는 장면이 나와요."],  # a score in the story
])
def test_korean_score_near_misses(lines):
    assert find_rating(lines) is None


@pytest.mark.parametrize("lines, value", [
    (["Mijn rapportcijfer: 7½"], 0.75),
    (["Schoolcijfer: 6"], 0.6),
    (["Mijn rapportcijfer: 9", "Een vriendin die het na mij las, zei dat het voor haar een 10/10 was."], 0.9),
])
def test_dutch_report_mark_is_a_label(lines, value):
    found = find_rating(lines)
    assert found is not None and abs(found.value - value) < 0.011


def test_dutch_report_mark_in_a_sentence_is_no_label():
    assert find_rating(["Op mijn rapportcijfer van 2019 had ik een 6 voor Duits, vertelt de hoofdpersoon."]) is None


@pytest.mark.parametrize("line, value", [
    ("■おすすめ度：72点", 0.72),
    ("◆評価：4/5", 0.8),
    ("▶评分：90分", 0.9),
    ("◆ 평점: 8점", 0.8),
])
def test_label_after_a_heading_mark(line, value):
    found = find_rating([line])
    assert found is not None and abs(found.value - value) < 0.011


@pytest.mark.parametrize("line", [
    "■第3章：85点の答案を返された主人公",  # a chapter's heading, no label
    "◆あらすじ：主人公は百点満点のテストを破り捨てる",
])
def test_heading_mark_near_misses(line):
    assert find_rating([line]) is None
