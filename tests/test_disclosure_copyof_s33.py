"""A free copy's note that names the copy at length (the s33 round; own words and markup): "I was sent a copy of the
<edition named in several words, hyphened perhaps> by the publisher" (copywords.RECEIVED_FOR_REVIEW), the writer the
one sent it. Near misses: someone else sent the copy (a sister, the winners of a giveaway, the people of the story), a
manuscript sent to houses."""

import pytest

from scraper.extract import extract_page
from scraper.extract.notes import disclosure_in


@pytest.mark.parametrize("sentence", [
    "I was sent a copy of the twentieth-anniversary hardback by the publisher, no strings attached.",
    "We were sent copies of the long-awaited second volume from the author.",
])
def test_copy_named_at_length(sentence):
    assert disclosure_in(sentence) == sentence


@pytest.mark.parametrize("sentence", [
    "My brother was sent a copy of the twentieth-anniversary hardback by the publisher.",
    "The winners were sent copies of the signed first edition by the publisher last week.",
    "In the story, the twins were sent copies of their late father's notebooks by the author of the letters.",
    "The manuscript was sent to a dozen houses before it was taken on by the publisher.",
])
def test_copies_that_are_not_the_writers(sentence):
    assert disclosure_in(sentence) is None


def test_note_in_italics_opening_the_review():
    note = "I was sent a copy of the twentieth-anniversary hardback by the publisher, no strings attached."
    paras = ["A lighthouse keeper's daughter finds a drawer of letters that were never posted and sets out to deliver "
             "every one of them before the winter closes the coast road.",
             "The book is quiet and patient, and the middle chapters in the fishing village are some of the best I have "
             "read this year; the ending is a little neat, but I did not mind."]
    html = ("<html lang='en'><head><title>Review: The Unposted Letters – Mairi Dunbar</title></head><body><article>"
            "<h1 class='entry-title'>Review: The Unposted Letters – Mairi Dunbar</h1><div class='entry-content'>"
            f"<p><em>{note}</em></p>" + "".join(f"<p>{p}</p>" for p in paras) + "<p>My rating: 4/5</p></div>"
            "</article></body></html>")
    assert extract_page(html, "https://lettersblog.example.com/2026/12/unposted-letters/").disclosure == note
