"""A score given 'for me' or on a scale stated as a condition: ja "星五つで言えば四つ" (if said in five stars: four),
"5つ星で評価すると4つ半"; el "Για μένα, …" (for me) opening the sentence that holds the score. Near misses: the same words
with no score of the book (a hotel's stars, a number of years or stories)."""

import pytest

from scraper.extract.rating import find_rating

PLOT = "The plot in a few lines comes first."


@pytest.mark.parametrize("line, raw, value", [
    ("読みやすい訳でした。星五つで言えば三つ。ほかの訳も試したい。", "星五つで言えば三つ", 0.6),
    ("5つ星で評価すると4つ半。", "5つ星で評価すると4つ半", 0.9),
    ("星5つでいうと2つ。途中で飽きました。", "星5つでいうと2つ", 0.4),
    ("Για μένα, τρία αστέρια στα πέντε: καλογραμμένο αλλά κρύο.", "τρία αστέρια στα πέντε", 0.6),
    ("Κατ’ εμέ, 7 στα 10: αξίζει τον χρόνο σας.", "7 στα 10", 0.7),
])
def test_the_score_on_a_stated_scale_or_for_me(line, raw, value):
    rating = find_rating([PLOT, line])
    assert rating is not None and rating.raw == raw and rating.value == pytest.approx(value)


@pytest.mark.parametrize("line", [
    "この旅館は五つ星で言えば一番です。",  # a hotel's stars, no count of the book's
    "Για μένα ήταν το βιβλίο εκείνου του καλοκαιριού, πριν από 5 χρόνια.",  # years, not a score
    "Για μένα, οι δύο πρώτες ιστορίες είναι οι καλύτερες.",
])
def test_the_same_words_without_a_score_of_the_book(line):
    assert find_rating([PLOT, line]) is None
