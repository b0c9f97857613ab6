"""A gathering's notice as one plain line under the review's verdict, or set apart in the post (``gatherline``,
bpevent37): a day (a date, a weekday) and the class of the line (a sign-up, a bid to come or to write, a clock, a
calendar pictograph, the weekday naming the gathering); review sentences that name a date, a place or a club stay."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A ferryman's daughter inherits the crossing when her father's eyes fail, and the novel follows one winter of "
    "storms, debts and passengers who each want something more than a ride across the sound.",
    "The prose is plain and salty, and the chapters told from the boat are the best, though the villagers blur "
    "together and a late romance arrives from nowhere and leaves the same way.",
    "It is an honest, weathered book, and I closed it wishing I could take the crossing myself in March.",
]
_URL = "https://saltshelf.example.org/2026/12/the-crossing/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Crossing | Salt Shelf</title></head>"
         "<body><header><a href='/'>Salt Shelf</a></header><article class='post'><h1 class='entry-title'>The "
         "Crossing</h1><div class='entry-content'>")


def _text(middle="", end="", lang="en", score="<p>Score: 4/5</p>"):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = (_HEAD.format(lang=lang) + f"{ps[0]}{middle}{ps[1]}{ps[2]}{score}{end}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("end, gone, lang", [
    # a circle's next session with its date and a sign-up, under the score
    ("<p>The Harrowgate poetry circle takes up the sequel on 9 February. Sign-ups by email.</p>", "Harrowgate", "en"),
    # the same in German, wholly in italics, a record's line after it
    ("<p><em>Lesekreis Altstadt liest den zweiten Band am 3. März. Anmeldung per Mail.</em></p>"
     "<p>Verlag: Beispielhaus, 312 Seiten.</p>", "Lesekreis Altstadt", "de"),
    # the weekday naming the gathering, no figure at all
    ("<p>When you're nearby, Tuesday's harbour meetup is at the ferry café around eight.</p>", "harbour meetup", "en"),
    # a calendar pictograph as its label and a bid to come
    ("<p>📅 Riverside readers' picnic, second Sunday of the month, by the boathouse. Everyone welcome.</p>",
     "Riverside readers", "en"),
    # a children's workshop with registrations, in Spanish
    ("<p>Taller infantil del sábado en el centro cívico: inscripciones abiertas para primaria.</p>",
     "Taller infantil", "es"),
    # a reading at a library with its date and clock, in Finnish, its name in bold
    ("<div><b>Lukuilta kaupunginkirjastossa</b> keskiviikkona 16.12. klo 17, vapaa pääsy.</div>", "Lukuilta", "fi"),
    # a circle's date in the month's words and a bid to write for the address
    ("<p>Coming up at our Kowloon reading group: essays on the first Saturday of January. Message me for the "
     "address.</p>", "Kowloon", "en"),
])
def test_a_gathering_line_under_the_verdict_goes(end, gone, lang):
    text = _text(end=end, lang=lang)
    assert gone not in text and "take the crossing myself" in text


def test_a_dated_gathering_set_apart_mid_body_goes():
    box = ("<div style='background:#f3efe6;padding:1em'><p>Presentazione del libro alla biblioteca civica il 12 marzo, "
           "ore 18.30, ingresso libero.</p></div>")
    text = _text(middle=box, lang="it")
    assert "biblioteca civica" not in text and "plain and salty" in text


def test_a_weekday_and_its_date_boxed_go_alone():
    box = "<div class='kg-card kg-callout-card'><div class='kg-callout-text'>Hill walkers: the club's ramble leaves the " \
          "station car park on Saturday 19 December.</div></div>"
    text = _text(end=box)
    assert "ramble" not in text and "take the crossing myself" in text


@pytest.mark.parametrize("end, kept", [
    # the reviewer's own day, a weekday beside its date, unboxed
    ("<p>I finished it on Sunday 13 December, snowed in at the harbour library.</p>", "snowed in"),
    # the club and a weekday apart: what the club did, no bid, no date
    ("<p>Our book club argued about it all Tuesday, and nobody changed their mind.</p>", "argued about it"),
    # a date and a place the novel is set in
    ("<p>The story opens on 14 January in a Luleå boathouse, the day the ice road closes.</p>", "ice road"),
    # a sleepless night with its clock and weekday, no gathering, date or bid
    ("<p>I stayed up until 2 am on Sunday to finish it.</p>", "stayed up"),
    # the club and its date, but nothing to sign up for or come to: what the club did
    ("<p>We read it at our reading group on 4 November and it split the room.</p>", "split the room"),
])
def test_review_lines_with_days_and_places_stay(end, kept):
    assert kept in _text(end=end)


def test_a_boxed_dated_record_stays():
    box = "<div style='background:#eee;padding:8px'><p>First published on Thursday 3 March 2025 by Tidewater.</p></div>"
    assert "First published" in _text(middle=box)


def test_a_workshop_in_the_review_prose_stays():
    para = ("<p>On Saturday the ferryman's daughter signs up for the harbour workshop on rope, and the registrations "
            "clerk laughs at her, which is the first scene where the book finds its voice and its anger, and it "
            "keeps both to the very last page of the winter.</p>")
    assert "registrations clerk" in _text(middle=para)
