"""scraper.extract.rating: a score in a first-person sentence, in more of the forms readers write it.

An article before a worded score is no score of its own ("un otto su dieci" is eight, not one in ten: the article is
also the number one); "outta" is "out of"; "for me" in tr ("benim için", "bence") and in id/ms, forum slang too ("bagi
saya", "menurut ane"); "without" after a worded score ("neuf sur dix sans hésiter") is no thing counted. Near
misses: opinions with no score in them.
"""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

OPENING = "The first half is a slow portrait of the village; the second half is the flood."


@pytest.mark.parametrize("sentence, raw, value", [
    ("Per me resta un sette su dieci, non di più.", "sette su dieci", 0.7),
    ("Pour moi, c'est un neuf sur dix sans hésiter.", "neuf sur dix", 0.9),
    ("Para mí es un siete sobre diez.", "siete sobre diez", 0.7),
    ("All in all an easy 8 outta 10 for me.", "8 outta 10", 0.8),
    ("Benim için 5 üzerinden 3, o kadar.", "5 üzerinden 3", 0.6),
    ("Bagi saya novel ini 7 dari 10.", "7 dari 10", 0.7),
    ("Menurut ane sih 8/10.", "8/10", 0.8),
])
def test_a_score_in_a_first_person_sentence(sentence, raw, value):
    rating = find_rating([OPENING, sentence])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize("sentence", [
    "Bence ikinci bölüm gereksiz uzun, ama finali güçlü.",
    "Per me la metà dei capitoli è di troppo, il resto regge.",
])
def test_no_score_in_the_sentence(sentence):
    assert find_rating([OPENING, sentence]) is None
