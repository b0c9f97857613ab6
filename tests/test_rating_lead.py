"""A score a short lead of any words sets apart (scraper.extract.ratinglead), on lines of our own invention: the lead's
words are no label the tables know, in several scripts; the scale first with its case written on to the numeral or on
one unit word after it; near misses that must give no rating."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating


@pytest.mark.parametrize("line, raw, value", [
    # hy: "my mark, 7 of 10" (the ablative on the numeral), after the Armenian pause mark ՝ and before the full stop ։
    ("Վերջում ասեմ․ իմ միավորը՝ 10-ից 7։ Կարդացեք ամռանը։", "10-ից 7", 0.7),
    # kk / ky / uz (Cyrillic): the scale, a unit word with its ablative, the score
    ("Бұл кітапты достарыма ұсынамын. Қорытынды ұпайым — 10 ұпайдан 7.", "10 ұпайдан 7", 0.7),
    # hu: the ablative on the numeral
    ("Összességében jó volt. Végső szavam: 10-ből 6.", "10-ből 6", 0.6),
    # an unknown lead, a fraction: sw, mn
    ("Kitabu hiki kilinigusa sana. Maoni yangu — 4/5.", "4/5", 0.8),
    ("Номыг бүгдэд санал болгоно. Миний дүгнэлт: 8/10.", "8/10", 0.8),
])
def test_a_score_set_apart_by_a_short_lead_is_found(line, raw, value):
    rating = find_rating(["The first paragraph of the review, long enough to be prose and no score at all in it.", line])
    assert rating is not None and rating.raw == raw and rating.value == value


@pytest.mark.parametrize("line", [
    "Film: 3.5/5. The novel remains a favourite of mine.",  # another thing's verdict
    "Chapter two of four — 3/5 of the way through already.",  # the "score" does not close its sentence
    "Мой итог — 10 из 8.",  # the score-first order's word: "10 of 8" is no score
    "Իմ միավորը՝ 10-ից 12։",  # more than its scale
    "Posted: 4/5.",  # a date's label
    "Ночь, улица, фонарь — 5 штук 7.",  # more than its scale again, in another script
])
def test_near_misses_give_no_rating(line):
    assert find_rating(["The first paragraph of the review, long enough to be prose and no score at all in it.", line]) is None
