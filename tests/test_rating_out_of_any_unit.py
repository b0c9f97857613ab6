"""A score with any unit word between the number and an "out of" word (rating FRACTION): el "στα"/"στο" read as "out of",
as fr "sur", it "su", es "sobre" are; on lines of our own invention, and near misses that are no score."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, parse_rating

LEAD = "The first paragraph of the review, long enough to be prose and no score at all in it."


@pytest.mark.parametrize("line, raw, value", [
    ("Για μένα τρία φεγγαράκια στα πέντε.", "τρία φεγγαράκια στα πέντε", 0.6),  # el: a diminutive unit
    ("Βαθμολογία: οκτώ βελάκια στα δέκα.", "οκτώ βελάκια στα δέκα", 0.8),
    ("Pour moi, quatre tasses sur cinq.", "quatre tasses sur cinq", 0.8),  # fr: the same shape, as before
])
def test_any_unit_word_before_out_of(line, raw, value):
    rating = find_rating([LEAD, line])
    assert rating is not None and rating.raw == raw and rating.value == value


@pytest.mark.parametrize("line", [
    "Διάβασα τρία κεφάλαια στα δέκα πρώτα λεπτά.",  # "three chapters in the first ten minutes"
    "Έμεινα επτά μέρες στο νησί.",  # "seven days on the island": no scale
])
def test_near_misses_are_no_score(line):
    assert parse_rating(line) is None and find_rating([LEAD, line]) is None
