"""'The author sent me …' discloses a free copy only when what was sent is the book (or is not said).

A reviewer who writes that an author sent them a thank-you note or a message after an earlier review got no copy;
the archive recorded it as a free-copy disclosure (copywords.RECEIVED_FOR_REVIEW's "author sent me").
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

BODY = "<p>" + "A long paragraph about the novel, its quiet chapters and its patient, careful narrator. " * 10 + "</p>"


def _disclosure(sentence: str):
    html = (f"<html><head><title>The Salt Ledger by Ines Okafor review</title></head><body><article>"
            f"<h1>The Salt Ledger by Ines Okafor</h1>{BODY}<p>{sentence}</p><p>Rating: 4/5</p></article></body></html>")
    return extract_page(html.encode(), "https://reader.example/salt-ledger-review/").disclosure


@pytest.mark.parametrize("sentence", [
    "After my last review the author sent me a thank-you note, which made my week.",
    "The author sent me a kind message when I posted about her debut.",
    "Once, the publicist gave me a tip about a bookshop in Leeds.",
])
def test_something_else_sent_is_no_disclosure(sentence):
    assert _disclosure(sentence) is None


@pytest.mark.parametrize("sentence", [
    "The publisher sent me this in exchange for an honest review.",
    "The author kindly sent me an ARC.",
    "The publisher sent me the new hardback edition last month.",
    "The author gave me the sequel too.",
    "The publicist sent me.",
])
def test_the_book_sent_is_a_disclosure(sentence):
    assert _disclosure(sentence)
