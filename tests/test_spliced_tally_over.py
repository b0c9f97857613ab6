"""A row of tiny elements with counts over the review (spliced.tally_row, now before the first paragraph as after the
last): a shop's "4,6 · 312 ratings · 27 questions" row. Near misses: a row with one number (a byline and a date word),
a row holding a sentence, the reviewer's score."""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

HOST = "papershop.example"
REVIEW = [
    "I read it in one sitting on a rainy Sunday and have been thinking about the lighthouse keeper ever since, honestly.",
    "The middle sags a little, but the ending earns every page before it and I will read it again in the winter.",
]


@pytest.mark.parametrize("row", [
    "<h1>The Keeper</h1><div><span>4,6</span> <span>312 ratings</span> · <span>27 questions</span></div>",
    "<h1>Der Wärter</h1><div><span>4,3</span> <span>89 Bewertungen</span> · <span>12 Fragen</span></div>",
])
def test_a_count_row_over_the_review_goes(row):
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert "tally row" in rules and all(s in text for s in REVIEW) and "questions" not in text and "Fragen" not in text


@pytest.mark.parametrize("row", [
    "<h1>The Keeper</h1><div><span>Anna K.</span> <span>read in 2024</span></div>",  # one number
    "<div><span>My score</span> <span>4/5</span> <span>after 2 reads</span></div>",  # the reviewer's score
    "<h1>The Keeper</h1><div><span>I bought 2 copies.</span> <span>One was for 3 friends.</span></div>",  # sentences
])
def test_rows_that_are_no_tally_stay(row):
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert "tally row" not in rules


@pytest.mark.parametrize("row", [
    "<div>Ø 4,1 von 5 aus 23 Bewertungen</div>",
    "<div>4.2 out of 5 from 118 ratings</div>",
    "<div>4,5 sur 5 de 37 avis</div>",
])
def test_the_readers_average_with_its_count_after_a_preposition_goes(row):
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert "readers' average" in rules and all(s in text for s in REVIEW)


@pytest.mark.parametrize("row", [
    "<div>4 von 5 aus meiner Sicht</div>",  # no count: the reviewer's own
    "<div>My rating: 4/5 from me</div>",
])
def test_a_score_with_no_count_after_it_stays(row):
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert "readers' average" not in rules
