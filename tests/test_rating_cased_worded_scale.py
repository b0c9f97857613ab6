"""The scale first, worded, with its case written on to it in a script other than Latin, then the score: hy "Հինգից
երեք աստղ" (from five, three stars), te "పదికి ఏడు" (to ten, seven), ka "ხუთიდან ოთხი" (from five, four), read by the number-word
tables (ratingnumerals.cased_scores), the score closing its sentence or a star word after it. Sentences of our own;
near misses: the things counted after the score, a score above its scale, a Latin word that starts like a number."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, parse_rating

FIRST = "The first paragraph of the review, long enough to be prose, with no score anywhere in it."


@pytest.mark.parametrize("text, value", [
    ("Հինգից երեք աստղ", 0.6),  # hy, a star word after the score
    ("Տասից ութ:", 0.8),  # hy, the Armenian colon-like stop closing it
    ("పదికి ఏడు.", 0.7),  # te, the dative
    ("ხუთიდან ოთხი.", 0.8),  # ka, the ablative
])
def test_a_cased_worded_scale_then_the_score(text, value):
    rating = parse_rating(text)
    assert rating is not None and rating.value == value


def test_in_a_review():
    assert find_rating([FIRST, "Ինձ համար հինգից երեք աստղ է, ոչ ավելին:"]).value == 0.6  # hy: "for me", a cue
    assert find_rating([FIRST, "కథ బాగుంది. నా మార్కులు పదికి ఏడు."]).value == 0.7  # te: "my marks", a label


@pytest.mark.parametrize("text", [
    "Հինգից երեքը տուն գնացին:",  # hy "of the five, three went home": the things counted, no star word, no end
    "Տասից յոթ գիրք կարդացի ամռանը:",  # hy "of ten, seven books I read this summer": a noun, no star word
    "పదికి పదకొండు.",  # eleven to ten: no number word of the table, above the scale
    "The tenant four.",  # Latin: no case reading
])
def test_near_misses(text):
    assert parse_rating(text) is None
