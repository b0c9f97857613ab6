"""Review of the s36 round's verdictlabel and readinglog rules (own words and markup): lines they took for the
review's own and should not.

verdictlabel: a bare school-mark word opening a notice ("Note: comments are moderated", fr "Note : …") and a label word
opening a sentence that reaches a colon later ("Ratings help small blogs like mine: please …") are no verdict, so the
call to action before them still takes them with it as its sign-off. readinglog: a tick word as a sentence's predicate
("… is now finished") and a line that opens on "Read in"/"Read as" without the challenge as its object ("Read in full:
the rules of …", "Read as many books as you like for the … readathon, sign-ups open Monday") are the event's lines,
and go. The round's own cases still hold: an owned "Ma note :", a label's aside before its colon, "Read as part of"."""

from tests.test_reading_log_s36 import _record as _review
from tests.test_verdict_label_s36 import _record as _asked


def test_a_bare_note_label_after_the_ask_is_a_notice_and_goes():
    assert "comments are moderated" not in _asked("<p>Note: comments are moderated, so yours may take a while</p>").body_text
    assert "modérés" not in _asked("<p>Note : les commentaires sont modérés avant publication</p>").body_text


def test_a_label_word_opening_a_sentence_with_a_later_colon_goes():
    record = _asked("<p>Ratings help small blogs like mine: please leave one on Goodreads</p>")
    assert "please leave one" not in record.body_text and "lighthouse" in record.body_text


def test_owned_note_and_a_labels_aside_still_stay():
    assert "coup de cœur" in _asked("<p>Ma note : coup de cœur absolu</p>").body_text
    assert "a keeper" in _asked("<p>Rating, in my own words: a keeper for the shelf</p>").body_text


def test_a_challenge_said_finished_in_a_sentence_goes():
    record = _review(after="<p>The Lakeside Reading Challenge 2026 is now finished.</p>")
    assert "is now finished" not in record.body_text and "ledgers" in record.body_text
    record = _review(after="<p>Winter readathon 2026 — sign-ups done</p>")
    assert "sign-ups done" not in record.body_text


def test_read_in_or_as_without_the_challenge_as_its_object_goes():
    assert "the rules" not in _review(after="<p>Read in full: the rules of the Lakeside Reading Challenge 2026</p>").body_text
    record = _review(after="<p>Read as many books as you like for the winter readathon, sign-ups open Monday</p>")
    assert "sign-ups open" not in record.body_text
    assert "Add your review" not in _review(after="<p>Read in the readathon? Add your review to the list</p>").body_text


def test_read_as_part_of_the_challenge_and_a_bracketed_tick_still_stay():
    assert "Read as part" in _review(after="<p>Read as part of the winter readathon.</p>").body_text
    assert "Прочитано" in _review(after="<p>Прочитано в рамках задания 7: антиутопия</p>", lang="ru").body_text
    assert "book 6" in _review(after="<p>Reading challenge 2026, book 6 (done)</p>").body_text
