"""A score closing the review in a short sentence of its own, after at most two words (ratingprose._closing_clause with
the review's last sentence): bn "আমার মতে পাঁচে চার।" (in my view, four in five), de "Unterm Strich vier von fünf
Sternen." Our own words; a score in the middle, or after a longer lead, stays none."""

import pytest

from scraper.extract.rating import find_rating

BODY = ["The book follows a ferry captain through one hard winter, and every chapter is one crossing of the sound."]


@pytest.mark.parametrize("last, value", [
    ("শেষটা একটু তাড়াহুড়ো মনে হল। আমার মতে পাঁচে চার।", 0.8),  # bn
    ("Der Schluss kam mir zu schnell. Unterm Strich vier von fünf Sternen.", 0.8),  # de
])
def test_short_closing_sentence(last, value):
    assert find_rating([*BODY, last]).value == value


@pytest.mark.parametrize("lines", [
    # the short sentence is not the review's last
    [*BODY, "Unterm Strich vier von fünf Sternen. Die Fortsetzung lese ich im Frühjahr."],
    [*BODY, "আমার মতে পাঁচে চার।", "পরের বইটা শীতে পড়ব, আশা করি ওটাও ভালো হবে।"],
    # a longer lead: a sentence about something else
    [*BODY, "The ferry company's hotel on the island had four stars out of five."],
])
def test_near_misses(lines):
    assert find_rating(lines) is None
