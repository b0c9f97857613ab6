"""scraper.extract.rating: a worded score after one word and a colon opening the line, ending its clause.

"In short: four stars out of five, and worth the slog." sums up the review; it outranks a score that merely ends a
later line (another reader's "Five stars." quoted under the review). Near misses: the word names another medium ("Film:
three stars out of five, …"), a figure rather than words after the colon ("Goodreads: 4.2/5, …"), a date's label.
"""

from __future__ import annotations

from scraper.extract.rating import find_rating

BODY = ["The first half drags and I nearly gave up twice.", "Then the letters start and it all turns."]


def _value(*lines: str):
    found = find_rating([*BODY, *lines])
    return found.value if found else None


def test_a_worded_score_after_a_word_and_a_colon_sums_up_the_review():
    assert _value("Summary: four stars out of five, and worth the slog.", "Best book ever written. Five stars.") == 0.8
    assert _value("Fazit: vier von fünf Sternen, trotz der Längen.", "Ein Meisterwerk. Fünf Sterne.") == 0.8
    assert _value("לסיכום: שלושה כוכבים מתוך חמישה, ולא יותר.", "ספר מושלם. חמישה כוכבים.") == 0.6


def test_near_misses_keep_their_old_reading():
    # another medium's score after its name: the reader's closing score stands
    assert _value("Film: three stars out of five, no more.", "My own verdict, plainly. Four stars.") == 0.8
    # a figure after the colon is no worded summary: the score ending the last line stands as before
    assert _value("Goodreads: 4.2/5, which surprised me.", "My own verdict, plainly. Four stars.") == 0.8
