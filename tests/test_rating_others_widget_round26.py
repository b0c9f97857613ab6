"""scraper.extract.rating, round 26: one reader's widget in another reader's box against the review's own closing score.

A library catalogue or a shop keeps one reader's review as the page's text; the next reader's box (their name, date and a
row of stars, a line of text) is dropped by the cleaning, but its star widget is still read from the post as it was. When
the kept review closes with its own score ("… Two and a half stars.", de "… Drei von fünf Sternen."), a widget whose box's
first paragraph is not among the kept lines is that other reader's and never overrides it.
Near misses: the widget in the kept review's own box still wins over a score that ends a line; a widget with no box
(no ``near``) is read as before; with no score of the lines' own the other box's widget is not dropped by this rule.
"""

from __future__ import annotations

from scraper.extract.rating import find_rating
from scraper.extract.ratingblocks import Block

OWN_EN = "We took it on holiday and argued over it for a week; the middle sags, the last chapter redeems it. Two and a half stars."
OWN_DE = "Im Lesekreis haben wir lange darüber gestritten, der Mittelteil zieht sich, das Ende versöhnt. Drei von fünf Sternen."
OTHER = "Loved every page of it, a classic for me"


def test_another_readers_widget_does_not_override_the_reviews_own_closing_score():
    other = [Block("5 stars", image=True, widget=True, near=OTHER[:24], box=60)]
    rating = find_rating(["Write a review", OWN_EN], None, other)
    assert (rating.raw, rating.value) == ("Two and a half stars", 0.5)
    other_de = [Block("1 von 5 Sternen", image=True, widget=True, near="Langweilig, nach zwanzig", box=40)]
    rating = find_rating([OWN_DE], None, other_de)
    assert (rating.raw, rating.value) == ("Drei von fünf Sternen", 0.6)


def test_near_miss_the_reviews_own_widget_still_wins_over_a_line_ending_score():
    # its box's first paragraph is the kept review: its own stars (the line's closing score is weaker)
    own = [Block("4 stars", image=True, widget=True, near=OWN_EN[:24], box=300)]
    assert find_rating([OWN_EN], None, own).value == 0.8


def test_near_miss_a_widget_with_no_box_is_read_as_before():
    loose = [Block("4 stars", image=True, widget=True)]
    assert find_rating([OWN_EN], None, loose).value == 0.8


def test_near_miss_no_score_of_the_lines_own_leaves_the_widget_alone():
    plain = "We took it on holiday and argued over it for a week; the middle sags, the last chapter redeems it."
    other = [Block("5 stars", image=True, widget=True, near=OTHER[:24], box=60)]
    assert find_rating([plain], None, other).value == 1.0
