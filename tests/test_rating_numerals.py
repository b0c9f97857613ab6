"""Worded scores on a worded scale in num2words' languages (scraper.extract.ratingnumerals): read beside their scale
only, inflected forms by their stem; number words in prose stay no score."""

import pytest

from scraper.extract.rating import find_rating, parse_rating
from scraper.extract.ratingnumerals import numeral_value, numeral_words, worded_scores


def test_table_is_built_from_num2words():
    words = numeral_words()
    assert words["vuit"] == 8  # ca
    assert words["patru"] == 4  # ro
    assert words["cinci"] == 5
    assert "to" not in words and "set" not in words and "hat" not in words  # short words of other languages left out


@pytest.mark.parametrize("word, value", [
    ("fjórar", 4),  # is, the feminine of "fjórir"
    ("десяти", 10),  # ru genitive, read by the stem of "десять"
    ("zece", 10),  # ro
    ("cinque", 5),
])
def test_inflected_forms_are_read_by_their_stem(word, value):
    assert numeral_value(word) == value


def test_a_longer_number_is_not_read_as_its_stem():
    assert numeral_value("fimmtán") is None  # is 15, not five
    assert numeral_value("пятнадцать") is None


@pytest.mark.parametrize("line, value", [
    ("Nota final: quatre estrelles de cinc.", 0.8),  # ca, a unit word between
    ("La mia conclusione: quattro stelle su cinque.", 0.8),  # it
    ("Verdict: patru stele din cinci.", 0.8),  # ro
    ("Betyg: fyra stjärnor av fem.", 0.8),  # sv
])
def test_worded_score_with_a_unit_word(line, value):
    assert parse_rating(line).value == value
    assert find_rating([line]).value == value


def test_worded_score_after_a_lead_word():
    # pl, a word and a colon, then the worded score closing its clause
    rating = find_rating(["Książka czyta się szybko.", "Podsumowanie: osiem punktów na dziesięć. Polecam."])
    assert rating is not None and rating.value == 0.8 and rating.raw == "osiem punktów na dziesięć"


@pytest.mark.parametrize("line", [
    "Quattro capitoli su cinque raccontano la guerra e il resto la pace.",  # it, counted things the sentence goes on after
    "Patru dintre cei cinci frați pleacă la oraș în primul capitol.",  # ro, no "of" word of the shape
    "Viisi henkilöä kymmenestä kylästä tulivat.",  # no worded scale after "of"
    "Sju av tio noveller handlar om havet och resten om skogen.",  # sv, the things counted after the scale
])
def test_counted_things_are_no_score(line):
    assert worded_scores(line) == []


def test_scale_must_be_five_or_ten_and_score_not_above_it():
    assert worded_scores("nove stelle su cinque.") == []  # it, nine of five
    assert worded_scores("quattro stelle su sette.") == []  # a scale of seven
    assert worded_scores("cinque stelle su cinque.") == [(0, 23, "cinque stelle su cinque", 1.0)]
