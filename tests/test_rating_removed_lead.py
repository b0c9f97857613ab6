"""A rating line the cleaning removed (a theme's rating box, dropped with its class), whose label is no word the tables
know: its score, set apart by a short lead of any words and closing the sentence (ratinglead), is a label's score, read
from the post's blocks before cleaning. On lines of our own invention, in several scripts; near misses that give none."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating
from scraper.extract.ratingblocks import Block

LINES = ["The first paragraph of the review, long enough to be prose, and with no score anywhere in it at all."]


@pytest.mark.parametrize("text, value", [
    ("Kirjastonhoitajan tuomio: kolme tähteä viidestä.", 0.6),  # fi, a worded score, the scale in the elative
    ("Η εκτίμησή μας: ★★★☆☆", 0.6),  # el, star glyphs
    ("Ocjena urednice — 7/10.", 0.7),  # hr, a fraction after a dash
    ("Оцінка редакції: чотири з п'яти.", 0.8),  # uk
])
def test_a_removed_block_whose_score_a_short_lead_sets_apart(text, value):
    rating = find_rating(LINES, blocks=[Block("Some other removed line."), Block(text)])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("text", [
    "The film: three stars out of five.",  # another thing's verdict (a film), as in a line
    "Posted: 4/5",  # a date's lead
    "Gelesen am 3/5",
    "Sivuja 296, hinta 11,95 €: 4/5 kirjaston lainoista palautettu myöhässä ja korjattu.",  # no short lead; the score runs on
    "Η εκτίμησή μας ★★★☆☆ για το εξώφυλλο και ★★★★★ για το κείμενο",  # two scores, no separator
])
def test_near_misses(text):
    assert find_rating(LINES, blocks=[Block(text)]) is None


def test_a_quoted_block_is_someone_elses():
    assert find_rating(LINES, blocks=[Block("Η εκτίμησή μας: ★★★☆☆", quoted=True)]) is None
