"""A worded score that opens a sentence near the end as a clause of its own, the rest after a comma ("A solid four
stars, and …", de "Knappe vier Sterne, und …", es "Cuatro estrellas, y …"). Near misses: someone else's score opening
the sentence, a score with a verb after it, a colon (a label's: what it names is scored), a bare fraction."""

import pytest

from scraper.extract.rating import find_rating

OPENING = "The plot in a few lines comes first."


@pytest.mark.parametrize("line, raw, value", [
    ("The last chapter felt rushed. A solid three stars, and a gift for my sister.", "three stars", 0.6),
    ("Der Schluss kam zu schnell. Gute vier Sterne, und eine Empfehlung für lange Bahnfahrten.", "vier Sterne", 0.8),
    ("El final me pareció apresurado. Cuatro estrellas, y ganas de leer más de la autora.", "Cuatro estrellas", 0.8),
])
def test_a_worded_score_opening_a_closing_sentence(line, raw, value):
    rating = find_rating([OPENING, line])
    assert rating is not None and rating.raw == raw and rating.value == pytest.approx(value)


@pytest.mark.parametrize("line", [
    "Goodreads gives it four stars, but I am not convinced.",  # more than two words before it: someone's score
    "Vier Sterne hat der Film bekommen, das Buch ist besser.",  # the score runs on into its verb
    "Der Schluss kam zu schnell. Drei Sterne: die Verfilmung, nicht das Buch.",  # a colon: what follows is what is scored
    "Three stars, four stars, it hardly matters.",  # two scores in one sentence
])
def test_scores_opening_a_sentence_that_are_not_the_reviewers(line):
    assert find_rating([OPENING, line]) is None
