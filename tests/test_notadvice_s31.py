"""A professional's disclaimer among the post's last lines (creditlines._NOT_ADVICE, read by sitelines.mark): the post,
the site or "this" is not legal, financial or medical advice, or the opinions are not the writer's employer's, said
outright at the head of a sentence. Near misses: a review's sentence telling that a character's words are no advice,
a free-copy note saying the opinions are the reviewer's own, a book's title that is "not advice"."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_P1 = ("<p>The novel follows a young notary through the winter his town's mill goes bankrupt; each chapter adds a "
       "small weight to his silence, and the last pages make it speak at last, quietly and without a false note.</p>")
_P2 = ("<p>What I liked best is how the town becomes a character: the ledger, the frozen canal, the auction at dawn all "
       "carry the story as much as the notary does, and the prose never hurries any of them along.</p>")


def _body(tail: str) -> str:
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">The Notary of Millbrook</h1><div class="entry-content">{_P1}{_P2}'
            f"<p>Rating: 4/5</p>{tail}</div></article></body></html>")
    return extract_page(html, "https://deskreads.example.org/2026/11/notary-of-millbrook").body_text


GONE = [
    ("en", "<p><em>None of this is financial advice, obviously.</em></p><p><em>Nothing on this blog is financial "
     "advice. The views are my own, not those of my employer.</em></p>", "Nothing on this blog"),
    ("en", "<p>This post does not constitute medical advice; ask your own doctor.</p>", "does not constitute medical"),
    ("de", "<p>Dieser Beitrag stellt keine Rechtsberatung dar.</p>", "keine Rechtsberatung"),
    ("fr", "<p>Cet article ne constitue pas un conseil juridique.</p>", "conseil juridique"),
]


@pytest.mark.parametrize("lang,tail,words", GONE)
def test_professional_disclaimer_goes(lang, tail, words):
    body = _body(tail)
    assert words not in body
    assert "young notary" in body and "frozen canal" in body


def test_story_told_not_advice_stays():
    body = _body("<p>His uncle insists that what he says is not legal advice, then gives it for forty pages.</p>")
    assert "not legal advice" in body


def test_free_copy_note_with_own_opinions_stays():
    body = _body("<p><em>The publisher sent me a proof copy. All opinions are my own.</em></p>")
    assert "All opinions are my own" in body


def test_book_named_not_advice_stays():
    body = _body("<p>This Book Is Not Legal Advice, her earlier essay collection, is the better place to start.</p>")
    assert "her earlier essay collection" in body
