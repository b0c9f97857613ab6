"""A post that sets a book against its film or series (adaptation.py): sections for each, or a score whose sentence is
about the film in a script written without spaces. Our own sentences and markup, in several languages, and the near
misses that stay reviews: a review with sections that are not about another medium, a book series, a score given to
the book, a film named in a sentence with no score.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.adaptation import given_to_other, scores_the_book, sections_compare
from scraper.extract.classify import body_signals, classify
from scraper.extract.medium import verdict_for_other
from tests.test_classify import evidence

_PROSE = "A long paragraph of the writer's own thoughts about what happens and how it is told, sentence after sentence."


# -- sections for the book and for its film ------------------------------------------------------------------------


@pytest.mark.parametrize("headings", [
    ["## The novel", "## The film"],
    ["### Der Roman", "### Die Verfilmung von 2019"],
    ["**一、原著：慢慢读的上海**", "**二、电影：两个小时讲不完**"],
    ["### 소설 쪽", "### 영화 쪽"],
    ["## Ce que le roman raconte", "## Ce que le film garde"],
    ["### ฝั่งหนังสือ", "### ฝั่งภาพยนตร์"],
    ["## الرواية", "## الفيلم"],
    ["### הספר", "### הסרט"],
    ["## Kitap", "## Film"],
    ["## Román", "## Film"],
])
def test_sections_for_the_book_and_for_its_film(headings):
    markdown = "\n\n".join([_PROSE, headings[0], _PROSE, headings[1], _PROSE])
    assert sections_compare(markdown)


@pytest.mark.parametrize("headings", [
    ["## The novel", "## About the author"],  # no other medium
    ["## The book", "## The series so far"],  # a book series
    ["## Plot", "## What I thought"],
    ["### 줄거리", "### 감상"],
    ["### Der Roman", "### Fazit"],
    ["## The film"],  # a section about the film alone: the review's business (its prose says which)
])
def test_sections_that_do_not_set_the_book_against_a_film(headings):
    markdown = "\n\n".join([_PROSE] + [part for heading in headings for part in (heading, _PROSE)])
    assert sections_compare(markdown) is None


def test_a_post_in_sections_for_the_book_and_the_film_is_other_even_with_its_book_found():
    markdown = "\n\n".join([_PROSE, "## The novel", _PROSE, "## The film", _PROSE])
    signals = body_signals(markdown.split("\n\n"), markdown)
    k, reason = classify(evidence(title="Paper Lanterns by Ada Reyes: book and film", book_source="title",
                                  book_has_author=True, **signals))
    assert k == "other" and "comparison" in reason


def test_a_review_with_ordinary_sections_stays_a_review():
    markdown = "\n\n".join([_PROSE, "## The novel", _PROSE, "## Verdict", _PROSE])
    signals = body_signals(markdown.split("\n\n"), markdown)
    k, _ = classify(evidence(title="Paper Lanterns by Ada Reyes", book_source="title", book_has_author=True, **signals))
    assert k == "review"


# -- a score given to the film, in the unspaced scripts ----------------------------------------------------------


@pytest.mark.parametrize("line", [
    "映画は★3くらいかな。原作のほうはまた別の話です。",
    "先週やっと見に行きました。映画だけなら★2.5、音楽はよかった。",
    "电影给三星，演员很用心。",
    "이 영화는 별 3개 정도였다.",
    "ฉากสุดท้ายก็ยังดี หนังได้ 5 เต็ม 10",
])
def test_a_sentence_about_the_film_gives_it_the_score(line):
    assert given_to_other(line)
    assert verdict_for_other([line])


@pytest.mark.parametrize("line", [
    "この本は★4です。",  # the book's
    "映画化が決まったらしい。★4",  # the film named in another sentence
    "映画化もされた本だけど、★4。",  # a book, said between them
    "หนังสือเล่มนี้ได้ 8 เต็ม 10",  # หนังสือ "book" opens with หนัง "film"
    "영화도 봤지만 소설은 별 5개.",
])
def test_a_score_that_is_not_the_film_s(line):
    assert not (given_to_other(line) and verdict_for_other([line]))


def test_a_line_that_scores_the_book_too_rates_the_book():
    line = "原作は★5、映画は★3。"
    assert given_to_other(line) and scores_the_book(line)
    assert verdict_for_other([line]) is None


def _diary(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ('<html lang="ja"><head><meta charset="utf-8"><title>雨の日の名画座</title></head><body>'
            f"<article><h1>雨の日の名画座</h1>{body}</article></body></html>")


_OPENING = ("雨の土曜日、古い映画館で昔の映画を観てきました。原作の小説は高校生のころに読んで、夏のあいだずっと持ち歩いていた一冊です。"
            "映画は二時間ほどで、長い物語をかなり思い切って縮めていました。海辺の場面はとても美しくて、主人公の家の空気もよく出ていました。"
            "ただ、後半の出来事の重さはどうしても駆け足で、原作の静かな積み重ねはあまり感じられませんでした。")


def test_a_diary_scoring_only_the_film_is_not_a_review():
    page = _diary([_OPENING, "映画だけに点をつけるなら★3くらい。原作はやはり別格です。", "帰りの電車で、もう一度読み直そうかなと思いました。"])
    record = extract_page(page, "https://diary.example.jp/entry/4411")
    assert record.kind == "other"


def test_a_review_scoring_the_book_stays_a_review():
    page = _diary([_OPENING, "原作に点をつけるなら★4。映画も悪くはありません。", "帰りの電車で、もう一度読み直そうかなと思いました。"])
    record = extract_page(page, "https://diary.example.jp/entry/4412")
    assert record.kind == "review"


@pytest.mark.parametrize("lines", [["**Book: 4/5**", "**Film: 2/5**"], ["## The novel – 4 stars", "## The film – 2 out of 5"]])
def test_score_lines_for_the_book_and_the_film_are_no_sections(lines):
    markdown = "\n\n".join([_PROSE, _PROSE, lines[0], lines[1]])
    assert sections_compare(markdown) is None


@pytest.mark.parametrize("line", [
    "剧情紧凑，人物立得住，四星。",  # 剧情 "the plot"
    "没有剧透，放心看：8分",  # 剧透 "spoiler"
    "画面很有电影感，给4星",  # "cinematic"
    "舞台は昭和の東京、★4つ。",  # 舞台 "the setting"
])
def test_a_book_s_words_that_open_with_a_medium_s_word(line):
    assert not given_to_other(line)
