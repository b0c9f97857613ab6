"""notes.py counts words with words.count_words: a note marked ※/＊/【】 is short in any script, and a Chinese or
Japanese paragraph counts toward the post's edges. Our own text, beside the near miss that keeps its old outcome."""

from __future__ import annotations

from scraper.extract.notes import _marked_disclosure, _marked_warning, find_disclosure, warning_note
from tests.test_words_rules import JA, ZH

GIVEN = "＊版元さまからご恵贈いただいた一冊です。"
WARNED = "※この小説には家庭内暴力の描写があります。"


def test_a_disclosure_in_the_middle_of_a_post_in_any_script_is_not_at_its_edge():
    assert find_disclosure([("text", ZH)] * 5 + [("text", GIVEN)]) == GIVEN
    # (every paragraph counted as one word made every block an edge)
    assert find_disclosure([("text", ZH)] * 5 + [("text", GIVEN)] + [("text", ZH)] * 5) is None


def test_a_marked_note_is_short_in_any_script():
    assert _marked_disclosure(GIVEN) == GIVEN
    assert _marked_disclosure(GIVEN + JA * 2) is None
    assert _marked_warning([("text", WARNED), ("text", JA)]) == WARNED[1:]
    assert _marked_warning([("text", WARNED + JA * 2), ("text", JA)]) is None
    assert warning_note(f"{WARNED}\n\n{JA}") == WARNED
    assert warning_note(f"{WARNED}{JA * 2}\n\n{JA}") is None

