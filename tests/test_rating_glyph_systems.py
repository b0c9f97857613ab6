"""scraper.extract.rating: the whole systems of drawn scores and letter grades.

Every half star Unicode has (½, and the left- and right-half black stars alone or in an outline), and a half written
"1/2" right after the stars; letter grades with every modifier (+, -, −, an en dash, "plus"/"minus" in words, and
the Korean "0" of a grade with none: "A0"); a row of stars followed by a count of votes is a poll or the readers'
average, not a score. Near misses: "(4 stars)" and "(4/5)" after the stars restate the score; a word after a label
that starts like a grade.
"""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating


def _one(line: str):
    return find_rating(["A paragraph about the characters first.", line, "And one about the ending."])


@pytest.mark.parametrize("line, raw, value", [
    ("★★★⯫☆", "★★★⯫☆", 0.7),
    ("★★⯩☆☆", "★★⯩☆☆", 0.5),
    ("Puntuación: ★★★★ 1/2", "★★★★ 1/2", 0.9),
    ("⭐⭐⭐1/2", "⭐⭐⭐1/2", 0.7),
])
def test_every_half_star(line, raw, value):
    rating = _one(line)
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize("line, raw, value", [
    ("학점: A0", "A0", 0.95),
    ("성적: B0", "B0", 0.8),
    ("Grade: B–", "B–", 0.75),
    ("Final grade: C minus", "C minus", 0.6),
    ("My grade: A plus", "A plus", 1.0),
])
def test_letter_grades_with_every_modifier(line, raw, value):
    rating = _one(line)
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


def test_a_word_that_starts_like_a_grade_is_no_grade():
    assert _one("My grade: Deserved better than it got, honestly.") is None


@pytest.mark.parametrize("poll", ["★★★★★ (12 votes)", "★★★★☆ (318 valutazioni)", "⭐⭐⭐⭐ (1.204 suara)", "★★★★☆ (57명)"])
def test_a_row_of_stars_over_a_count_of_votes_is_a_poll(poll):
    assert find_rating([poll, "The review starts here and goes on for a while."]) is None
    # the reviewer's own score, labelled further down, is the rating
    rating = find_rating([poll, "The review starts here and goes on for a while.", "Nilai pribadi: ★★★☆☆"])
    assert rating is not None and rating.value == 0.6


@pytest.mark.parametrize("line, value", [("★★★★☆ (4 stars)", 0.8), ("★★★★☆ (4/5)", 0.8), ("★★★☆☆ (3 su 5)", 0.6)])
def test_a_score_restated_after_the_stars_is_no_count(line, value):
    rating = find_rating([line, "The review starts here and goes on for a while."])
    assert rating is not None and rating.value == value
