"""A bare mark out of ten after an indefinite article, given in a first-person sentence ("le pongo un 8", "je lui mets
un 7,5", "ik geef het een 8", "I'd give it a 9": ratingpoints.article_mark, read by ratingprose with its cue right
before it), the number ending its clause. Sentences of our own; near misses: a mark with the cue in another clause, a
number with a unit after it, de "eine 2" (a school mark where 1 is the best), a fraction (another shape's)."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

FIRST = "The opening chapters are slow, but the second half of the novel is hard to put down at all."


@pytest.mark.parametrize("line, value", [
    ("Al final le pongo un 7 porque el epílogo sobra.", 0.7),  # es
    ("Je lui mets un 7,5, pas plus.", 0.75),  # fr
    ("Gli do un 9.", 0.9),  # it
    ("Ik geef het een 6, meer niet.", 0.6),  # nl
    ("All told I'd give it a 9.", 0.9),  # en
])
def test_a_bare_mark_after_an_article(line, value):
    rating = find_rating([FIRST, line])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line", [
    "Tenía un 7 en el examen de historia, para mí fue fácil.",  # es: the cue in another clause
    "I gave it a 5 minute skim, for me that was enough.",  # a unit after the number
    "Ich gebe ihm eine 2.",  # de: a school mark, 1 the best
    "Le pongo un 15.",  # above ten
    "I'd rate this a 4, honestly.",  # en: a mark of five or less may be of five
    "Ik geef het een 6 en een half uur.",  # nl: the clause goes on ("en" is no clause word: es "in")
])
def test_near_misses(line):
    assert find_rating([FIRST, line]) is None
