"""A letter grade closing a short line the reviewer opens with "my" or "our" (any language the rating labels know),
a few words between it and the colon: "My mark, in my old green pen: A-", "Our book club's verdict: B", "Ma note
finale : C+" (ratingglyphs.closing_grade), among the review's last four lines. Near misses: "Plan B", "Vitamin B",
an "A-list", a "B-movie", a grade in a story's sentence, and a line not opened by "my"."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.ratingglyphs import closing_grade


def _post(lang: str, last: str) -> str:
    body = ("<p>The novel follows a ferry captain through the last summer before the bridge opens and his trade ends. "
            "It is slow, funny and sad, and the harbour town is drawn with real affection.</p>"
            "<p>Aske is good on work: the ropes, the timetables, the tourists who never say thank you, the regulars "
            "who bring him soup in January. His captain is stubborn and kind, and his daughter, who wants him to "
            "retire, is drawn with the same care, so that their quarrels never feel one-sided.</p>"
            "<p>The middle drags, and one subplot about a stolen anchor goes nowhere, but the ending is lovely, and "
            "the last crossing made me cry on a train.</p>"
            f"<p>{last}</p>")
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>The Last Ferry</title></head><body>'
            f'<article class="post"><h1>The Last Ferry by Tom Aske</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


def test_a_closing_grade_after_my_is_read():
    cases = [("en", "My mark, in my old green pen: <strong>A-</strong>", "A-", 0.9),
             ("en", "Our book club's verdict: B", "B", 0.8),
             ("fr", "Ma note finale : C+", "C+", 0.7),
             ("de", "Meine Schulnote für dieses Buch: B+", "B+", 0.85)]
    for lang, last, raw, value in cases:
        record = extract_page(_post(lang, last), f"https://blog.example.net/{lang}/last-ferry/")
        assert (record.rating_raw, record.rating) == (raw, value), (last, record.rating_raw, record.rating)


def test_near_misses_are_no_grade():
    for line in ("My backup: Plan B", "My morning ritual: Vitamin B", "My guest list: A-list",
                 "My favourite film of the summer: B-movie fun", "He got a C in chemistry, my father said.",
                 "Grade school memories: B", "My seat, row 14: F"):
        assert closing_grade([line]) is None, line
    record = extract_page(_post("en", "My backup plan, if the ferry fails: Plan B."), "https://blog.example.net/x/")
    assert record.rating is None
