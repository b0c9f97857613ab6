"""A worded scale of six (the die's, and the schools' whose top mark is six): no/da "fire av seks", de "vier von sechs",
pl "pięć z sześciu", bg "пет от шест". Sentences of our own; near misses: things counted out of six."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

_PRE, _POST = ["Romanen følger tre søstre gjennom én vinter."], ["Om forfatteren: hun bor i Bergen."]


@pytest.mark.parametrize("line, value", [
    ("Jeg gir den fire av seks.", 0.667),  # no
    ("Ich gebe ihm vier von sechs Punkten.", 0.667),  # de
    ("Daję jej pięć z sześciu.", 0.833),  # pl
    ("Давам ѝ пет от шест.", 0.833),  # bg
])
def test_worded_scale_of_six(line, value):
    rating = find_rating([*_PRE, line, *_POST])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line", [
    "Fire av seks noveller er gode.",  # no: four of the six stories
    "Vier von sechs Geschichten sind stark.",  # de
    "Trzy z sześciu opowiadań są dobre.",  # pl
    "Hun har seks barn.",  # no: a count alone
])
def test_counted_out_of_six(line):
    assert find_rating([*_PRE, line, *_POST]) is None


@pytest.mark.parametrize("line, value", [
    ("Баҳои ман: 7 аз 10.", 0.7),  # tg: "аз", of (fa "از" in Cyrillic)
    ("Хулоса: 4 аз 5.", 0.8),
])
def test_tajik_of(line, value):
    rating = find_rating([*_PRE, line, *_POST])
    assert rating is not None and rating.value == value


def test_bulgarian_az_is_no_of():
    # (bg "аз", I, between numbers of a count: no score)
    assert find_rating([*_PRE, "Бях там от 5 аз 8 дни.", *_POST]) is None
