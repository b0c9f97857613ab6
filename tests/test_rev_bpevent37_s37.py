"""rev-bpevent37: ``gatherline`` took the reviewer's and the plot's dated lines for a gathering's notice when a bid
("come and say hello", "message me", "schreibt mir") or a ticket stood beside them; a notice's day is to come, so a
line whose every day is gone at the post's date (or months away) is an account (``gatherline.gone_days``)."""

from datetime import date

import pytest

from scraper.extract import extract_page
from scraper.extract.gatherline import gone_days

_PARAS = [
    "A ferryman's daughter inherits the crossing when her father's eyes fail, and the novel follows one winter of "
    "storms, debts and passengers who each want something more than a ride across the sound.",
    "The prose is plain and salty, and the chapters told from the boat are the best, though the villagers blur "
    "together and a late romance arrives from nowhere and leaves the same way.",
    "It is an honest, weathered book, and I closed it wishing I could take the crossing myself in March.",
]
_URL = "https://saltshelf.example.org/2026/12/the-crossing/"


def _text(end, lang="en", score="", dated="<meta property='article:published_time' content='2026-12-07T09:00:00Z'>"):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'>{dated}<title>The Crossing | Salt Shelf</title></head>"
            "<body><header><a href='/'>Salt Shelf</a></header><article class='post'><h1 class='entry-title'>The "
            f"Crossing</h1><div class='entry-content'>{ps}{score}{end}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("end, kept, lang", [
    # the reviewer met the author, a closing set apart in italics, a bid to come next year
    ("<p><em>I met her at the festival on Saturday 12 May, come and say hello next year!</em></p>", "met her", "en"),
    # a book club's discussion reported, and a bid to write for its verdict
    ("<p>We discussed it at our book club on Tuesday 4 November, so message me if you want to know the verdict!</p>",
     "discussed it", "en"),
    ("<p>Nous en avons parlé au club de lecture du samedi 12 mai ; écrivez-moi ce que vous en pensez.</p>",
     "club de lecture", "fr"),
    ("<p>Vi diskuterade den i bokcirkeln i tisdags, den 4 november — skriv till mig vad ni tyckte!</p>", "bokcirkeln",
     "sv"),
    # the reviewer's signing at a workshop, long gone
    ("<p>I got my copy signed at the Saturday workshop on 12 May — come and say hi next time!</p>", "signed", "en"),
    # a plot's day, its tickets and its meeting
    ("<p>On Saturday 12 May she buys tickets at the station and rides the night train to the meeting in Oslo.</p>",
     "night train", "en"),
])
def test_a_gone_day_with_a_bid_stays(end, kept, lang):
    assert kept in _text(end, lang=lang)


def test_a_gathering_to_come_still_goes_on_a_dated_page():
    text = _text("<p>The Harrowgate poetry circle takes up the sequel on 9 February. Sign-ups by email.</p>",
                 score="<p>Score: 4/5</p>")
    assert "Harrowgate" not in text and "take the crossing myself" in text
    boxed = _text("<div style='background:#eee;padding:1em'><p>Lesekreis Altstadt: Dienstag, 15. Dezember, "
                  "Anmeldung per Mail.</p></div>", lang="de")
    assert "Lesekreis" not in boxed


def test_gone_days_reads_the_days_both_ways_and_in_figures():
    today = date(2026, 12, 7)
    assert gone_days("our club on Tuesday 4 November", today)  # (the weekday and the month's day, read apart)
    assert gone_days("the festival, May 12", today)  # ("may": May, though two small locales give it otherwise)
    assert gone_days("am 4.11. im Lesekreis", today)
    assert not gone_days("on 9 February, sign-ups by email", today)
    assert not gone_days("keskiviikkona 16.12. klo 17", today)
    assert not gone_days("on 4 November", None)  # (a page with no date)
    assert not gone_days("the second Sunday of the month", today)  # (no day of the month)
