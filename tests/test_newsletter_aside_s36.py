"""The site's newsletter bidden in a pictograph-led line between the review's paragraphs (``quotedplea``'s
``newsletter_aside``, bpfollow36); "abonne-toi", the familiar imperative, opening a follow line (``followlines.OPENS``)."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A night-shift nurse in a small river town starts writing letters to the patients she loses, and the novel is "
    "built from those letters and from the replies she imagines, which grow stranger as the winter goes on.",
    "The voice is wry and tender at once, and the writer never lets the sadness turn into a lesson; the letters to the "
    "old fisherman in the second part are the best pages I have read this autumn.",
    "The ending is a little neat for my taste, but the book earns it, and I have already lent my copy twice.",
]
_URL = "https://lettresdurivage.example.org/2026/12/les-lettres-de-nuit/"


def _text(middle):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = ("<html lang='en'><head><meta charset='utf-8'><title>Review: Night Letters</title></head><body>"
            "<article class='post'><h1 class='entry-title'>Review: Night Letters</h1><div class='entry-content'>"
            f"{ps[0]}{middle}{ps[1]}{ps[2]}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("middle, gone", [
    ("<p>📬 Abonne-toi à l'infolettre du Rivage pour recevoir mes lectures de la saison chaque mois!</p>", "infolettre"),
    ("<p>📧 Subscribe to our newsletter and get the month's best reviews in your inbox every first Friday.</p>",
     "inbox"),
])
def test_a_pictograph_led_newsletter_bidding_between_paragraphs_goes(middle, gone):
    text = _text(middle)
    assert gone not in text and "lent my copy twice" in text and "old fisherman" in text


@pytest.mark.parametrize("middle, kept", [
    # a pictograph before a sentence of the story: a newsletter named, nobody bidden
    ("<p>📬 In the third part the nurse starts a newsletter for the ward, and the letters turn public.</p>",
     "letters turn public"),
    # the bidding in a character's mouth, in plain type: the review's sentence
    ("<p>Subscribe to my newsletter, the mayor tells everyone at the funeral, and nobody laughs.</p>",
     "nobody laughs"),
])
def test_near_misses_stay(middle, kept):
    assert kept in _text(middle)
