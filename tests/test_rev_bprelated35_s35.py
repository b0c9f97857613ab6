"""Misfires of bprelated35's rules found in review (rev-bprelated35), on pages of my own making.

- ``alsolead.unlinked_title``: a plain 'see also' label over a book's name after the review is the reviewer's closing
  recommendation; only a template's pictograph-led pointer whose link was lost goes.
- ``podcastline``: a review's sentence under a pictograph that names a podcast and a count, a year or a chapter's
  number is the review's; only an episode's number makes the plug.
"""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "The novel follows two sisters who inherit a failing orchard in the hills above the river and spend one long "
    "summer deciding whether to sell it to the developer who keeps calling.",
    "The writing is unhurried and exact, and the author is very good on the small economies of a farm: the price of "
    "a crate, the cost of a broken pump, the favours owed between neighbours.",
    "The ending is quieter than I expected and a little abrupt, but I closed the book wanting to walk those rows of "
    "trees myself, and I will be pressing it on friends all winter.",
]
_URL = "https://orchardpages.example.org/2026/12/the-orchard-summer/"
_TITLE = "Review: The Orchard Summer by Mara Lindqvist"


def _text(tail="", middle=""):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = (f"<html lang='en'><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
            f"<header class='gh-head'><a class='gh-head-logo' href='/'>Orchard Pages</a></header>"
            f"<article class='post'><h1 class='article-title'>{_TITLE}</h1><section class='gh-content'>"
            f"{ps[0]}{ps[1]}{middle}{ps[2]}{tail}</section></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("line, kept", [
    ("<p>See also: Piranesi</p>", "Piranesi"),
    ("<p>Read next: The Overstory by Richard Powers</p>", "The Overstory"),
    ("<p><b>Read next:</b> Hamnet</p>", "Hamnet"),
    ("<p>Also read: Jayber Crow</p>", "Jayber Crow"),
    ("<p>Related: the sequel, out in spring</p>", "the sequel"),
    ("<p>Leggi anche: Il giardino dei Finzi-Contini</p>", "Finzi-Contini"),
])
def test_a_plain_label_over_a_book_after_the_review_stays(line, kept):
    text = _text(tail=line)
    assert kept in text and "all winter" in text


def test_a_pictograph_led_pointer_whose_link_was_lost_still_goes():
    text = _text(tail="<p>📚 Read also: Winter in the valley, revisited</p>")
    assert "Winter in the valley" not in text and "all winter" in text


@pytest.mark.parametrize("line, kept", [
    ("<p>🎧 The audiobook, narrated by the author, runs to 12 episodes on a podcast app, and it works.</p>",
     "runs to 12 episodes"),
    ("<p>🎙️ The heroine hosts a true-crime podcast that reaches 2 million listeners.</p>", "2 million listeners"),
    ("<p>🎧 Chapter 7 is the best: she records the podcast in her car.</p>", "records the podcast"),
    ("<p>🎙 In 2019 the author started a podcast about grief, and this book grew out of it.</p>", "grew out of it"),
    ("<p>📖 This book about podcasting has 12 chapters on finding your voice.</p>", "12 chapters"),
])
def test_a_review_sentence_about_a_podcast_under_a_pictograph_stays(line, kept):
    assert kept in _text(middle=line)


@pytest.mark.parametrize("line, gone", [
    ("<p>🎙️ More on this on the podcast: Orchard Talk, episode 62, out now</p>", "episode 62"),
    ("<p>🎧 Orchard Talk podcast #62 is out: we talk about this book</p>", "#62"),
])
def test_an_episode_plug_still_goes(line, gone):
    text = _text(middle=line)
    assert gone not in text and "all winter" in text
