"""A gathering's notice whose head ends on its day before a colon ("Quiz night at the harbour hall, 21 January:
…"), or, set apart, whose day lies in the weeks after the post's date (``gatherlead.dated_head``,
``gatherlead.coming_day``, bpevent39); review lines with a date before a colon, or set apart with a past day, stay."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "Two sisters inherit a failing orchard on a hillside above the estuary and spend one season trying to sell it, "
    "while the cider press in the barn keeps turning up things their father buried in the apple mash.",
    "The chapters alternate between the sisters, and the older one's voice is dry and funny where the younger's is "
    "all nerves, which makes the middle sag when the younger takes over for too long.",
    "Sharp, sour and warm at once, like the cider, and the final pressing scene is a small triumph.",
]
_URL = "https://pressroom.example.org/2026/12/the-orchard/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Orchard | Pressroom</title>{meta}</head>"
         "<body><header><a href='/'>Pressroom</a></header><article class='post'><h1 class='entry-title'>The "
         "Orchard</h1><div class='entry-content'>")
_DATED = "<meta property='article:published_time' content='2026-12-03T09:00:00+00:00'>"


def _text(end="", lang="en", meta=""):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = _HEAD.format(lang=lang, meta=meta) + f"{ps}{end}</div></article></body></html>"
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("end, gone, lang, meta", [
    # the head ends on its day before the colon, details after
    ("<p>Quiz night at the harbour hall on 21 January: estuary novels and hot cider.</p>", "harbour hall", "en", ""),
    ("<p><em>Soirée contes à la médiathèque du port, 9 janvier : histoires de pommiers et de pressoirs.</em></p>",
     "médiathèque", "fr", ""),
    # set apart, a day in the weeks after the post's date, no colon (Swedish: a group meets)
    ("<p><em>Pressrummets läsecirkel träffas på stadsbiblioteket 14 januari.</em></p>", "stadsbiblioteket", "sv",
     _DATED),
    # the same in Spanish, a launch at a hall
    ("<p><em>Presentación en la sala del mercado el 19 de diciembre.</em></p>", "sala del mercado", "es", _DATED),
])
def test_a_dated_head_or_a_coming_day_goes(end, gone, lang, meta):
    text = _text(end=end, lang=lang, meta=meta)
    assert gone not in text and "small triumph" in text


@pytest.mark.parametrize("end, kept, meta", [
    # the reviewer's reading day before a colon
    ("<p>I read it on 21 January: cold hands, a hot-water bottle, and no regrets.</p>", "no regrets", ""),
    # the story's day before a colon, its work named
    ("<p>The novel's best chapter is set on 21 January: the night the press breaks and the sisters finally talk.</p>",
     "finally talk", ""),
    # set apart, the reviewer's day already gone at the post's date
    ("<p><em>Read in the orchard hut, 14 November, with the rain coming in.</em></p>", "rain coming in", _DATED),
    # set apart, a day ahead but told by the reviewer
    ("<p><em>I heard her read from it at the town festival on 14 January, and her voice changed the book.</em></p>",
     "voice changed", _DATED),
    # a plain paragraph, a day ahead and no colon: a plot line as often
    ("<p>The sale closes on 14 January at the auction house, and the sisters have one night to decide.</p>",
     "one night to decide", _DATED),
])
def test_review_lines_with_a_day_stay(end, kept, meta):
    assert kept in _text(end=end, meta=meta)


@pytest.mark.parametrize("end, gone, lang", [
    # the reviewer's own talk, its tickets free where they are given out
    ("<p>I'll be talking about orchard novels at the valley library on 21 January; tickets free at the desk.</p>",
     "valley library", "en"),
    ("<p>Lesung aus Obstgartenromanen in der Stadtbücherei am 21. Januar, Karten kostenlos an der Theke.</p>",
     "Stadtbücherei", "de"),
])
def test_free_tickets_where_they_are_given_are_a_sign_up(end, gone, lang):
    text = _text(end=end, lang=lang)
    assert gone not in text and "small triumph" in text


def test_tickets_in_the_reviewers_account_stay():
    kept = _text(end="<p>We had free tickets for the cider festival on 21 January and talked about nothing else.</p>")
    assert "nothing else" in kept
