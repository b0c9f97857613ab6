"""rev23 findings mended by helper mend23a; every text here is invented for these tests (in our own words).

1. ``houseoffer.linked_offer``: a product word (trial, plus, premium, app, podcast) inside a post's slug is the site's
   earlier review, which a reviewer recommends — only a whole path segment ("/abo", "/podcast/…", "/app") is the
   site's product page.
2. ``submissioncall``: a call for manuscripts quoted from the book, or whose only "desk" is the imperative's own "us"
   ("send us", "inviaci", "pošljite nam"), is the review's; the desk must be named outside the imperative.
3. ``bookphrasetitle.swapped``: the prose's one article-led capitalised run is taken for the title only where the
   prose names a book there, never a newspaper's name ("praised in The Morning Ledger").
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookphrasetitle import swapped
from scraper.extract.submissioncall import submission_call

P1 = ("The lighthouse keeper in this novel counts ships for forty years and never once leaves his rock. His daughter "
      "rows out every Sunday with bread and newspapers, and slowly the two of them learn to talk again.")
P2 = ("What holds the book together is its weather: every chapter opens with a sky, and the author never repeats a "
      "single one of them, which sounds like a gimmick and turns out to be the opposite of one.")
P3 = ("The last chapter is quieter than I expected and the better for it. I would give it to anyone who likes slow "
      "books about stubborn people and the small places they refuse to leave behind.")


def _body(tail: str, lang: str = "en", host: str = "www.tidewater.example.com") -> str:
    page = (f"<html lang='{lang}'><head><title>The Keeper's Sundays – review | Tidewater</title>"
            f"<link rel='canonical' href='https://{host}/2024/06/keepers-sundays-review/'></head><body><main><article>"
            f"<h1>The Keeper's Sundays – review</h1><div class='entry-content'><p>{P1}</p><p>{P2}</p><p>{P3}</p>{tail}"
            f"</div></article></main></body></html>")
    return extract_page(page, f"https://{host}/2024/06/keepers-sundays-review/").body_text


@pytest.mark.parametrize("line, kept", [
    ("If you liked this one, try <a href='/2023/04/trial-by-the-sea-review/'>Trial by the Sea</a>, her first novel.", "Trial by the Sea"),
    ("Try <a href='/2022/plus-one-review/'>Plus One</a> next, his first book – I liked it more.", "Plus One"),
    ("Wer es mag, sollte auch <a href='/2022/premium-leben-rezension/'>Premium Leben</a> probieren, ihren Erstling.", "Premium Leben"),
    ("Listen to her earlier stories too: <a href='/2021/the-podcast-man-review/'>The Podcast Man</a>.", "The Podcast Man"),
    ("Get her first book as well, <a href='/2020/app-for-grief-review/'>App for Grief</a>, it is even better.", "App for Grief"),
])
def test_a_product_word_inside_a_posts_slug_is_the_reviewers_recommendation(line, kept):
    body = _body(f"<p>{line}</p>")
    assert kept in body and P3[:40] in body


@pytest.mark.parametrize("line, gone", [
    ("Try <a href='/plus'>Tidewater Plus</a> free for a month, cancel anytime.", "cancel anytime"),
    ("<a href='/app'>Get the Tidewater app</a> for new reviews on your phone.", "phone"),
])
def test_the_sites_product_page_as_a_whole_segment_still_goes(line, gone):
    body = _body(f"<p>{line}</p>")
    assert gone not in body and P3[:40] in body


@pytest.mark.parametrize("text", [
    '"Send us your manuscripts," the old editor keeps telling the hopefuls on the radio, and the book makes us feel every rejection.',
    "“Schicken Sie uns Ihr Manuskript”, ruft der alte Lektor jede Woche im Radio, und der Roman lässt uns jede Absage spüren.",
    "«Envoyez-nous vos manuscrits», répète le vieil éditeur à la radio.",
    "Send us your manuscripts, the old editor tells the young writers, and they do.",  # the imperative's own "us" only
    "Inviaci il tuo manoscritto, dice l'editore al giovane poeta.",
    "Envíanos tu manuscrito, le escribe el editor, y ella lo hace.",
    "Pošljite nam svoje besedilo, pravi urednik v romanu.",
])
def test_a_quoted_or_deskless_call_for_manuscripts_is_the_reviews(text):
    assert not submission_call(text)


@pytest.mark.parametrize("text", [
    "Send us your manuscripts to the editors at the address below.",
    "Schicken Sie uns Ihr Manuskript an die Redaktion.",
    "Envoyez vos manuscrits à la rédaction.",
    "Inviaci il tuo manoscritto: redazione@tidewater.example.",
    "Kirim naskahmu ke redaksi: cerpen dan puisi kami baca setiap minggu.",
])
def test_the_desks_own_call_still_counts(text):
    assert submission_call(text)


def test_a_long_line_is_not_a_call():
    text = ("Send us your manuscripts, write to the editors at the address below. " + "She writes slowly and well. " * 8)
    assert not submission_call(text)


def test_the_quoted_call_keeps_the_review_whole():
    line = ('<p>It is a love letter to hopeful writers: "Send us your manuscripts," the old editor keeps telling the '
            'young hopefuls on the radio, and the novel makes us feel every one of the rejections that follow.</p>')
    assert "old editor" in _body(line)


def _en(text: str) -> Context:
    return Context(text, language="en")


def test_a_newspapers_name_is_not_the_title():
    prose = "It follows a widow who learns lessons in patience from her garden. It was praised in The Morning Ledger."
    assert swapped("Lessons in patience", "Lessons in patience, and a garden", prose, _en(prose)) == ""
    prose = "It follows a widow who learns lessons in patience. The Morning Ledger called it wise."
    assert swapped("Lessons in patience", "Lessons in patience, and a garden", prose, _en(prose)) == ""


def test_a_run_named_as_a_book_is_still_the_title():
    prose = "It follows a widow who learns lessons in patience. Her novel The Slow Garden is quiet and exact."
    assert swapped("Lessons in patience", "Lessons in patience, and a garden", prose, _en(prose)) == "The Slow Garden"
    prose = "A debut like this comes rarely. The Slow Garden is one of those; it teaches lessons in patience."
    assert swapped("Lessons in patience", "Lessons in patience, and a garden", prose, _en(prose)) == "The Slow Garden"
