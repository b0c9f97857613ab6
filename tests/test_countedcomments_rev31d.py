"""One entry under a counted heading is the readers' only under their word or with its date (code review rev31d):
``others.readers_lists`` takes a single entry (a name in an element of its own over a short text) under a heading
with a count only when the heading names the readers' comments, reviews or replies (``others._THEIRS``, many
languages), or the entry carries its date. A review's own section ("From the translator's afterword [1]" over a
quoted name and paragraph, a link to read the rest) stays.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE = ("<p>The novel follows a ferry pilot on a northern fjord over the winter the bridge is built, the season "
          "his work disappears. The village argues about the bridge in every chapter and nobody changes their "
          "mind.</p><p>The prose is plain and exact, the weather is a character, and the last crossing made me "
          "hold my breath. A few chapters in the middle repeat themselves, but the ending earns its quiet.</p>")


def _page(tail: str) -> str:
    return (f"<html lang='en'><head><title>The Last Ferry</title></head><body><article><h1>The Last Ferry</h1>"
            f"<div class='entry-content'>{_PROSE}{tail}</div></article></body></html>")


def test_the_reviews_own_counted_section_stays():
    tail = ("<h3>From the author's note [1]</h3><div><strong>Sigrun Dahl</strong><p>I rode that ferry every "
            "winter as a child, and I wanted to write down its sounds before they were gone.</p></div>"
            "<p><a href='https://press.example.com/last-ferry/note'>Read the whole note</a></p>")
    record = extract_page(_page(tail), "https://fjordnotes.example.com/2026/last-ferry")
    assert "before they were gone" in record.body_text


def test_one_counted_comment_goes():
    for heading in ("Comments (1)", "Kommentare (1)", "Comentarios (1)"):
        tail = (f"<h3>{heading}</h3><div><strong>Mira Holt</strong><p>Lovely review, I have just ordered it for "
                f"my father who grew up by a fjord.</p></div><p><a href='#respond'>Leave a comment</a></p>")
        record = extract_page(_page(tail), "https://fjordnotes.example.com/2026/last-ferry-2")
        assert "ordered it for my father" not in record.body_text, heading
