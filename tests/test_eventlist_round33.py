"""datelines.event_list / event_box_rest (round 33): a shop's programme after the review, in our own words and markup.

Two events are enough when each gives a day and a clock time; the heading and booking terms in the programme's own box go
with it. Near misses that stay: a reading log of dated lines without a clock, a short review whose box holds the programme.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras
from tests.test_body_round33 import DE, EN


# -- datelines: a shop's programme of two events, each a day and a clock time, in its own box after the review ----------

def test_a_programme_of_two_timed_events_goes_with_its_box():
    box = ("<div class='events'><h3>Next at the Ferry Bookshop</h3><ul><li>Thu 11 Dec, 6.30pm: Poems for the dark "
           "evenings</li><li>Sun 14 Dec, 10am: Breakfast with a crime writer</li></ul>"
           "<p>Both free; please tell us at the till if you are coming.</p></div>")
    text, rules = cleaned(paras(*EN) + box, "shop.example")
    assert "Poems for the dark" not in text and "Breakfast with" not in text and "tell us at the till" not in text
    assert "event listing" in rules and all(p in text for p in EN)


def test_a_german_programme_of_two_timed_events_goes():
    box = ("<ul><li>Mi 10. Dez., 19 Uhr: Lesung mit Gästen aus der Region</li>"
           "<li>Sa 13. Dez., 11 Uhr: Vorlesestunde für Kinder</li></ul>")
    text, rules = cleaned(paras(*DE) + box, "laden.example")
    assert "Vorlesestunde" not in text and "event listing" in rules and all(p in text for p in DE)


def test_two_dated_lines_without_a_clock_and_a_box_holding_the_review_stay():
    # (a reviewer's reading log: two dates, no clock time)
    log = "<ul><li>3 March: started it on the train</li><li>9 March: finished it in one sitting</li></ul>"
    text, rules = cleaned(paras(*EN) + log, "blog.example")
    assert "finished it in one sitting" in text and "event listing" not in rules
    # (a short review whose own box holds the programme: the review's lines are not the programme's box)
    short = ("<p>A small, quiet book I liked a lot.</p><ul><li>Thu 11 Dec, 6.30pm: we discuss it in the shop</li>"
             "<li>Sun 14 Dec, 10am: second session</li></ul>")
    text, rules = cleaned(short, "shop.example")
    assert "A small, quiet book I liked a lot." in text
