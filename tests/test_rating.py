"""scraper.extract.rating: ratings as reviewers write them, normalised to 0–1, and what is not a rating."""

from __future__ import annotations

import pytest

from scraper.extract.rating import Rating, find_rating, parse_rating


def value(text: str) -> float | None:
    rating = parse_rating(text)
    return None if rating is None else rating.value


# -- parse_rating: the shapes ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4/5", 0.8),
        ("3 / 5", 0.6),
        ("4,5/5", 0.9),
        ("4.5/5", 0.9),
        ("0/5", 0.0),
        ("7/10", 0.7),
        ("10/10", 1.0),
        ("17/20", 0.85),
        ("72/100", 0.72),
    ],
)
def test_fractions(text, expected):
    assert value(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("★★★½", 0.7),
        ("★★★☆☆", 0.6),
        ("★☆☆☆☆", 0.2),
        ("★★★★★", 1.0),
        ("★★", 0.4),  # fewer than five glyphs are still out of five
        ("⭐⭐⭐⭐", 0.8),
        ("⭐️⭐️⭐️⭐️½", 0.9),  # emoji stars with the presentation selector, and a half
        ("🌟🌟🌟", 0.6),
        ("★★★★☆☆☆☆☆☆", 0.4),  # ten-star scale set by the empty stars
    ],
)
def test_star_glyphs(text, expected):
    assert value(text) == pytest.approx(expected)


def test_star_glyphs_with_their_fraction_use_the_fraction_and_keep_both_as_raw():
    rating = parse_rating("⭐️⭐️⭐️⭐️ (4/5)")
    assert rating == Rating("⭐️⭐️⭐️⭐️ (4/5)", 0.8)
    # the written fraction wins over a glyph count that disagrees with it
    assert value("★★★★★ 2/5") == pytest.approx(0.4)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4 out of 5", 0.8),
        ("2 out of 10", 0.2),
        ("four stars", 0.8),
        ("Two stars", 0.4),
        ("4.5 stars", 0.9),
        ("1 star", 0.2),
        ("3 and a half stars", 0.7),
        ("3 and a half out of 5", 0.7),
        ("3-stars", 0.6),
        ("quatre étoiles", 0.8),
        ("cinco estrellas", 1.0),
        ("4 sur 5", 0.8),
        ("3 de 5", 0.6),
        ("4 von 5 Sternen", 0.8),
    ],
)
def test_words(text, expected):
    assert value(text) == pytest.approx(expected)


def test_raw_is_the_rating_as_written():
    assert parse_rating("I give it 4 out of 5 stars, no more").raw == "4 out of 5 stars"
    assert parse_rating("  four stars  ").raw == "four stars"


@pytest.mark.parametrize("text", ["", "   ", "no rating here", "12/05/2024", "24/7", "6/5", "11/10", "1/2", "9/7", "5/0"])
def test_parse_rating_refuses(text):
    assert parse_rating(text) is None


def test_more_than_five_stars_in_words_is_not_a_rating():
    assert parse_rating("six stars") is None
    assert parse_rating("10 stars") is None


# -- find_rating: where the rating is ------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Rating: 4/5", 0.8),
        ("My rating: ★★★★☆", 0.8),
        ("Verdict — 7/10", 0.7),
        ("Valoración: 4/5", 0.8),
        ("Puntuación: 3 de 5", 0.6),
        ("Note : 4/5", 0.8),
        ("Bewertung: 4 von 5 Sternen", 0.8),
        ("Voto: 8/10", 0.8),
        ("Rated: five stars", 1.0),
        ("Stars: ★★★", 0.6),
    ],
)
def test_labelled_lines(line, expected):
    rating = find_rating(["The crossing takes three hundred pages and I minded none of them.", line])
    assert rating is not None and rating.value == pytest.approx(expected)


@pytest.mark.parametrize(
    "line, expected",
    [("Rating: 4", 0.8), ("Rating: 3.5", 0.7), ("Rating: 3 and a half", 0.7), ("Score: 8", 0.8), ("Rating: 10", 1.0)],
)
def test_bare_number_after_a_label(line, expected):
    # up to 5 is out of five, up to 10 out of ten
    rating = find_rating([line])
    assert rating is not None and rating.value == pytest.approx(expected)


def test_bare_number_beyond_ten_is_not_a_rating():
    assert find_rating(["Rating: 11"]) is None


def test_labelled_line_wins_over_stars_and_title():
    rating = find_rating(["★★", "Rating: 4/5"], title="The Glass Road (1/5)")
    assert rating.value == pytest.approx(0.8)


def test_star_line_wins_over_title_and_prose():
    rating = find_rating(["★★", "Overall I give it 4 out of 5 stars."], title="The Glass Road (3/5)")
    assert rating.raw == "★★" and rating.value == pytest.approx(0.4)


def test_title_rating():
    rating = find_rating(["No rating in the body at all, only opinions."], title="The Glass Road by Ines Marlow (4/5)")
    assert rating.raw == "4/5"


def test_prose_rating_near_the_end():
    lines = ["The book opens on a ferry.", "It never quite docks.", "All told, I give it 4 out of 5 stars."]
    rating = find_rating(lines)
    assert rating.value == pytest.approx(0.8)
    assert rating.raw == "4 out of 5 stars"


def test_prose_rating_far_from_the_end_is_ignored():
    lines = ["I give it 4 out of 5 stars."] + [f"Paragraph {i} about the harbour town." for i in range(12)]
    assert find_rating(lines) is None


def test_long_label_line_is_not_a_label():
    line = "Rating: " + "this is a long digression about how I rate books in general " * 3 + "and none of it is a score"
    assert find_rating([line]) is None


@pytest.mark.parametrize(
    "line",
    [
        "8/10 people agree this is the best ferry novel of the decade.",
        "In chapter 3/4 the narrator finally reaches the island.",
        "Posted on 12/05/2024 by Marta.",
        "The bakery is open 24/7 and so, apparently, is the narrator.",
        "We open the stars chart on 12/05/2024 and rate nothing.",
        "Note: this is a spoiler-free review.",
    ],
)
def test_non_ratings_in_the_body(line):
    assert find_rating(["The crossing is long.", line]) is None


def test_fraction_bigger_than_its_scale_in_a_labelled_line():
    assert find_rating(["Rating: 6/5"]) is None
    assert find_rating(["Score: 12/10"]) is None
