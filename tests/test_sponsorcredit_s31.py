"""A sponsor's slot in a newsletter issue (housekeeping.sponsor_read): a line opening on a bold label that is the
sponsor's credit formula ("Brought to you by", "Präsentiert von", "Offert par"), set apart or alone in a wrapper of its
own. Near misses: a review paragraph in the flow opening on the same bold words, a boxed line whose bold label goes on
past the formula (a section's title naming a character)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_P1 = ("<p>The book follows a harbour pilot through the last year before the port closes; each chapter adds a small "
       "weight to her silence, and the last pages make it speak at last, quietly and without a false note.</p>")
_P2 = ("<p>What I liked best is how the port becomes a character: the tide tables, the shut canteen, the cranes at "
       "dawn all carry the story as much as the pilot does, and the prose never hurries any of them along.</p>")


def _body(lead: str) -> str:
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Issue 12</title></head><body><article class="post">'
            f'<h1 class="entry-title">Issue 12: the last pilot</h1><div class="entry-content">'
            f"<p>Morning, all, and welcome to the new readers from the book fair.</p>{lead}{_P1}{_P2}"
            "<p>Grade: B+</p></div></article></body></html>")
    return extract_page(html, "https://tidelines.example.net/issues/12-the-last-pilot").body_text


GONE = [
    ("en", "<div><p><strong>Brought to you by</strong> Ferrywise, the timetable app for island commuters. Readers "
     "get a month free.</p></div>", "Ferrywise"),
    ("de", "<div><p><b>Präsentiert von</b> Hafenkasse, dem Haushaltsbuch für Selbstständige im Norden.</p></div>",
     "Hafenkasse"),
    ("fr", '<div class="encart"><p><b>Offert par</b> Marée Basse, la librairie des quais, qui livre partout.</p></div>',
     "Marée Basse"),
]


@pytest.mark.parametrize("lang,lead,words", GONE)
def test_sponsor_slot_goes(lang, lead, words):
    body = _body(lead)
    assert words not in body
    assert "harbour pilot" in body and "tide tables" in body


def test_bold_words_in_the_review_flow_stay():
    body = _body("<p><strong>Brought to you by</strong> the translator of the Lisbon trilogy, this novel reads as if "
                 "it had been written in English, though it was not.</p>")
    assert "translator of the Lisbon trilogy" in body


def test_label_going_on_past_the_formula_stays():
    body = _body('<div class="note"><p><b>Brought to you by Mara:</b> the pilot\'s sister keeps the ledger of every '
                 "ship she guides, and it becomes the book's spine.</p></div>")
    assert "keeps the ledger" in body
