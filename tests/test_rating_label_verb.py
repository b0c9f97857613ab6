"""A rating label with no colon, then a verb or two, then the score closing the sentence ("Meine Wertung lautet 4 von
5.", sv "Betyget blir 4.", fi "Arvosanaksi annan 4/5."); the fi label in its case forms and the school's grade, 4 to
10 ("Kouluarvosanaksi annan 9½"); fi and et number words with the scale in the elative ("neljä viidestä", "kaheksa
kümnest"); a ½ right after a digit is the number's half, not a half star."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, parse_rating

OPENING = "Luin kirjan kahdessa illassa."


@pytest.mark.parametrize(
    "line, raw, value",
    [
        ("Kouluarvosanaksi annan 8½.", "8½", 0.85),
        ("Kouluarvosanaksi kirja saa 7.", "7", 0.7),
        ("Arvosanani on 4/5, koska loppu venyi.", "4/5", 0.8),
        # fi, et: number words, the scale in the elative with no "of"
        ("Arvosanaksi annan kolme tähteä viidestä.", "kolme tähteä viidestä", 0.6),
        ("Mielestäni seitsemän kymmenestä, ei enempää.", "seitsemän kymmenestä", 0.7),
        ("Hinne: kaheksa kümnest", "kaheksa kümnest", 0.8),
        ("Meine Wertung lautet 4 von 5.", "4 von 5", 0.8),
        ("Betyget blir 3.", "3", 0.6),
        ("Arvosana: 9½", "9½", 0.95),
    ],
)
def test_the_score_after_the_verb_is_read(line, raw, value):
    found = find_rating([OPENING, line])
    assert found is not None and found.raw == raw and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "Rating systems like 4 stars tell me nothing.",  # the score does not close the sentence
        "The score was 2 all at half time.",  # a match's score
        "Arvosanaksi annan 9 tähteä muille kirjoille, tälle en.",  # not closing its sentence
        "Kouluarvosanaksi annan hyvän.",  # no number
        "Luin kolme viidestä novellista yhdessä yössä.",  # three of the five stories: another elative, the things counted
    ],
)
def test_near_misses_give_no_score(line):
    assert find_rating([OPENING, line]) is None


def test_a_half_after_a_digit_is_no_half_star():
    assert parse_rating("9½") is None  # a number with no scale
    assert parse_rating("★★★½").value == 0.7
    assert parse_rating("½").value == 0.1  # a lone half star still is one
