"""Review of bpeng4's s31 rules: pages nobody wrote them for, where they fired on the review (rev-bpeng4).

- readeraside.site_question: a review's closing question in italics naming "stories", a "book club", a character's
  "journal", "the site of the wreck" or "the channel" is the book's; the site or the piece is named pointed at ("this
  post", "our blog") or as the thing the question closes on ("for the library blog?").
- creditlines._NOT_ADVICE: the disclaimer opens the line and its clause ends with it; a review's "Nothing in this book
  is legal advice, the author warns …", "This is not financial advice in the usual sense", a lawyer quoted, a
  disclaimer after the review's own sentence stay.
- fundbox (paidwords.reader_paid): a box of the review's telling that a paper in the story is reader-funded, or a
  character's paid membership with a plain "please", is no funding box.
- housekeeping.sponsor_read: a bold label alone in a wrapper of its own is the sponsor slot only before the piece; a
  theme wrapping each of the review's paragraphs keeps them.
- forwardask._asks_only: a later sentence is an ask only when the ask heads it ("tries to subscribe him" is told).
- houseoffer: the site's downloads page is offered when the line says free ("try the script we used" offers nothing).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_P1 = ("<p>The novel follows a lighthouse keeper through one long winter on a rock off the northern coast; each chapter "
       "adds a small weight to his silence, and the last pages make it speak at last, quietly and without a false note.</p>")
_P2 = ("<p>What I liked best is how the island becomes a character: the supply boat, the broken radio, the gulls at "
       "dawn all carry the story as much as the keeper does, and the prose never hurries any of them along.</p>")
_URL = "https://harbourreads.example.org/2026/11/keeper-of-skerry-light"


def _body(tail: str = "", middle: str = "", lead: str = "", lang: str = "en") -> str:
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">The Keeper of Skerry Light</h1><div class="entry-content">{lead}{_P1}{middle}{_P2}'
            f"<p>Rating: 4/5</p>{tail}</div></article></body></html>")
    return extract_page(html, _URL).body_text


def _kept(body: str) -> bool:
    return "lighthouse keeper" in body and "supply boat" in body


# ---- readeraside: a review's closing question set apart, naming the story's things

@pytest.mark.parametrize("tail,words", [
    ("<p><em>Have you read her earlier stories? They are darker, and the sea is in all of them.</em></p>",
     "earlier stories"),
    ("<p><em>Is it a book club pick? Absolutely: there is a fight in every chapter to argue over.</em></p>",
     "book club pick"),
    ("<div><p>Did the keeper's journal survive the storm? You will have to read to the end to find out.</p></div>",
     "journal survive"),
    ("<p><em>Why does the keeper never leave the site of the wreck? The answer is the book's best page.</em></p>",
     "site of the wreck"),
    ("<p><em>Who swims the channel in the last chapter? I won't spoil it.</em></p>", "swims the channel"),
    ("<p><em>Is any of it true? Most of what you read in chapter three happened to the author's grandfather.</em></p>",
     "grandfather"),
])
def test_review_closing_question_naming_the_storys_things_stays(tail, words):
    body = _body(tail)
    assert words in body and _kept(body)


@pytest.mark.parametrize("tail,words", [
    ("<p><em>Want to write a review for the library blog? Pick up a slip at the issue desk.</em></p>", "library blog"),
    ("<p><em>Enjoyed this post? I write one of these most weeks, mostly about the sea.</em></p>", "Enjoyed this post"),
    ('<p><em>Vous avez aimé cet article ? Abonnez-vous à la lettre du dimanche.</em></p>', "cet article"),
    ("<p><em>Gefällt dir dieser Blog? Ich schreibe jede Woche über Bücher vom Meer.</em></p>", "dieser Blog"),
])
def test_closing_question_about_the_site_still_goes(tail, words):
    body = _body(tail)
    assert words not in body and _kept(body)


# ---- creditlines: a review's sentence about advice

@pytest.mark.parametrize("tail,words", [
    ("<p>Nothing in this book is legal advice, the author warns early on, and the last chapter shows why she means it."
     "</p>", "the author warns"),
    ("<p>This is not financial advice in the usual sense. Housel writes about behaviour, and the keeper would have "
     "liked him.</p>", "in the usual sense"),
    ("<p>“This is not legal advice,” the lawyer says on page one. Then she gives it for three hundred pages, and it is "
     "good.</p>", "the lawyer says"),
    ("<p>I loved it. This is not medical advice, but read it when you are ill.</p>", "read it when you are ill"),
])
def test_review_sentence_about_advice_stays(tail, words):
    body = _body(tail)
    assert words in body and _kept(body)


def test_german_quoted_lawyer_stays():
    body = _body("<p>Das ist keine Rechtsberatung, sagt die Anwältin im Roman, und gibt sie dann doch.</p>", lang="de")
    assert "sagt die Anwältin" in body


@pytest.mark.parametrize("tail,words", [
    ("<p><em>Nothing here is legal advice. Opinions are mine, not my firm's.</em></p>", "legal advice"),
    ("<p>Dit is geen medisch advies.</p>", "medisch advies"),
])
def test_disclaimer_still_goes(tail, words):
    body = _body(tail)
    assert words not in body and _kept(body)


# ---- fundbox: a box of the review's naming reader funding or a paid membership

@pytest.mark.parametrize("middle,words", [
    ('<div class="kg-card kg-callout-card"><div class="kg-callout-text">Context: the island paper the keeper writes '
     "for is reader-funded, and its collapse drives the second half.</div></div>", "reader-funded"),
    ('<div class="kg-card kg-callout-card"><div class="kg-callout-text">Note the keeper\'s paid membership of the '
     "Lifeboat Society: please remember it, it matters in chapter nine.</div></div>", "paid membership"),
    ('<aside class="note"><p>Spoiler: the paid subscription she buys him to the shipping list is how he learns the '
     "boat is lost. Please don't skip it.</p></aside>", "paid subscription"),
])
def test_review_box_naming_funding_of_the_story_stays(middle, words):
    body = _body(middle=middle)
    assert words in body and _kept(body)


# ---- housekeeping.sponsor_read: a review paragraph in a wrapper of its own, after the piece began

@pytest.mark.parametrize("middle,words", [
    ("<div><p><strong>Sponsored?</strong> Not at all: I bought it myself at the harbour shop, full price.</p></div>",
     "bought it myself"),
    ("<div><p><b>Made possible by</b> a grant from the Arts Council, this translation took the translator six winters, "
     "and it shows in every line.</p></div>", "grant from the Arts Council"),
])
def test_wrapped_review_paragraph_with_a_bold_label_stays(middle, words):
    body = _body(middle=middle)
    assert words in body and _kept(body)


def test_sponsor_slot_before_the_piece_still_goes():
    body = _body(lead="<p>Morning, all.</p><div><p><strong>Brought to you by</strong> Ferrywise, the timetable app for "
                 "island commuters. Readers get a month free.</p></div>")
    assert "Ferrywise" not in body and _kept(body)


# ---- forwardask._asks_only: a told subscription after the forward ask

def test_forward_ask_then_a_told_subscription_stays():
    body = _body("<p>Forward this to a friend who loves the sea. The keeper's sister tries to subscribe him to the "
                 "mainland paper in chapter four, and the parcel that comes instead is the best scene in the book.</p>")
    assert "parcel that comes" in body


# ---- houseoffer: the site's downloads page named without a free offer

def test_downloads_link_tried_not_offered_stays():
    body = _body('<p>We read it aloud and then tried the storm chapter as a play: try the <a href="/downloads/">script '
                 "we used</a> if you teach year six.</p>")
    assert "storm chapter as a play" in body
