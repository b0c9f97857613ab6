"""A reviewer's score left bare after the first-person cue, once another's score was said earlier in the sentence: its
unit and scale are the earlier score's ("Goodreads has it at 4.3 stars; I'd give it three."), ratingprose._elided. The
other's score is not taken. Sentences of our own; near misses: a cue after the reviewer's own score, with a clause after it."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

_PRE, _POST = ["The novel follows three sisters across one winter."], ["About the author: she teaches in Leeds."]


@pytest.mark.parametrize("line, value", [
    ("My book club rated it 5 stars; I would give it three.", 0.6),  # en: another's stars, then mine bare
    ("Auf Goodreads hat es 4,3 Sterne, von mir gibt es drei.", 0.6),  # de
    ("Sur Babelio, 3,9/5 ; pour moi ce sera quatre.", 0.8),  # fr: a fraction's scale
    ("Goodreads has it at 8.1/10, for me a 6.", 0.6),  # en: of ten
])
def test_bare_score_after_the_cue(line, value):
    rating = find_rating([*_PRE, line, *_POST])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line, value", [
    ("Four stars from me, and I read it twice.", 0.8),  # the cue after my own score, a clause after it
    ("I give it 4 stars for me.", 0.8),
    ("Vier Sterne von mir und eine Empfehlung.", 0.8),  # de
])
def test_own_score_before_the_cue_stays(line, value):
    rating = find_rating([*_PRE, line, *_POST])
    assert rating is not None and rating.value == value
