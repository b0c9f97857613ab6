"""tailpointer after the merges of 6–7 Dec: a closing "lead: <link>" line whose lead owns something in the third person
sends the reader to the author's other books (the reviewer's recommendation) and stays; a lead naming the site's own
post still goes. Every text here is invented for these tests."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

P = ["The ferryman in this novel keeps a ledger of every crossing, and the ledger slowly becomes a diary of the village "
     "he serves, its weddings and its quarrels and its long winters of waiting for the thaw.",
     "The author lets the ledger do the talking for most of the book, and the few scenes told outside it land harder for "
     "being rare; I read the last forty pages standing up in a cold kitchen.",
     "It is not a fast book and it does not try to be one. I would hand it to anyone who likes patient novels about "
     "work and weather and the people who put up with both of them."]


def _body(tail: str) -> str:
    url = "https://ledgerandoar.example.org/2025/03/ferryman-review/"
    page = (f"<html lang='en'><head><title>The Ferryman's Ledger – review</title></head><body><article>"
            f"<h1>The Ferryman's Ledger – review</h1><div class='entry-content'>"
            + "".join(f"<p>{p}</p>" for p in P) + f"<p>{tail}</p></div></article></body></html>")
    return extract_page(page, url).body_text


@pytest.mark.parametrize("tail, kept", [
    ("Try his first book as well: <a href='/2023/05/salt-roads-review/'>The Salt Roads</a>.", "The Salt Roads"),
    ("Read their earlier stories too: <a href='/2022/11/river-tales-review/'>River Tales</a>", "River Tales"),
])
def test_a_lead_sending_the_reader_to_the_authors_other_books_stays(tail, kept):
    body = _body(tail)
    assert kept in body and P[2][:40] in body


@pytest.mark.parametrize("tail, gone", [
    ("An earlier post from this shelf: <a href='/2024/01/winter-reading/'>Winter reading by the stove</a>", "Winter reading"),
    ("Also on the blog this month: <a href='/2025/02/ten-river-novels/'>Ten river novels</a>", "Ten river novels"),
])
def test_a_lead_pointing_at_another_post_of_the_site_still_goes(tail, gone):
    body = _body(tail)
    assert gone not in body and P[2][:40] in body
