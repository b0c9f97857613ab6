"""A reader's box under the review, its credit line with a labelled score ("By bookworm_44 · Rating: 5 of 5"), dropped by
the cleaning: not the reviewer's rating when the review gives its own in a first-person sentence
(ratingprose.readers_byline). Our own words, en and de; near misses keep the box's score."""

from scraper.extract.rating import find_rating
from scraper.extract.ratingblocks import Block

BODY = ["The novel follows two sisters who run a bakery through a long strike, and it is better on bread than on politics."]


def test_reader_box_after_own_prose_score():
    lines = [*BODY, "The strike chapters drag, but I'd give it three stars out of five."]
    blocks = [Block(line) for line in lines] + [Block("By crumb_fan · Rating: 5 of 5"), Block("Loved every page!")]
    assert find_rating(lines, blocks=blocks).value == 0.6


def test_german_reader_box():
    lines = [*BODY, "Der Streik zieht sich, aber ich gebe vier von fünf Sternen."]
    blocks = [Block(line) for line in lines] + [Block("Von Leserin_7 | Wertung: 2/5")]
    assert find_rating(lines, blocks=blocks).value == 0.8


def test_byline_score_kept_without_own_score():
    # no first-person score in the review: the removed labelled line is still read
    lines = [*BODY, "The strike chapters drag, and the ending is rushed."]
    blocks = [Block(line) for line in lines] + [Block("By Jane Baker · Rating: 4 of 5")]
    assert find_rating(lines, blocks=blocks).value == 0.8


def test_labelled_line_without_byline_kept():
    lines = [*BODY, "The strike chapters drag, but I'd give it three stars out of five."]
    blocks = [Block(line) for line in lines] + [Block("Rating: 3 of 5")]
    assert find_rating(lines, blocks=blocks).value == 0.6
