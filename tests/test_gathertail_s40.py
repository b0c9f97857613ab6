"""A gathering's notice standing as the post's last paragraph, opening on its gathering (or bidding the reader to come
and see the writer at one) and naming when it is, with no bid, sign-up or second mark of an appointment
(``gathertail.tail_notice``, event40); review lines that name a club, a fair or a day in the tail stay."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A lighthouse keeper's widow takes over the lamp for one winter and keeps a logbook of every ship, every storm "
    "and every lie the harbour master tells her, until the logbook becomes the evidence in a trial.",
    "The logbook entries are the best thing here, terse and funny, and the trial chapters drag, though the last "
    "witness is worth the wait and the verdict scene is quietly devastating.",
    "A salty, stubborn novel that rewards patience, and I will think about the widow's lamp for a long time.",
]
_URL = "https://saltlamp.example.org/2026/12/the-keeper/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Keeper | Saltlamp</title></head>"
         "<body><header><a href='/'>Saltlamp</a></header><article class='post'><h1 class='entry-title'>The "
         "Keeper</h1><div class='entry-content'>")


def _text(end="", lang="en", after=""):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = _HEAD.format(lang=lang) + f"{ps}{end}{after}</div></article></body></html>"
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("end, gone, lang", [
    # a circle named after a place, a month alone
    ("<p>The Quayside Lane reading circle takes it up in February; write to me if you want a seat.</p>",
     "Quayside Lane", "en"),
    # a story hour with a plural weekday and an hour
    ("<p>Story hour at the lighthouse museum, Sundays at 3.</p>", "lighthouse museum", "en"),
    # a poetry night and its date
    ("<p>Poetry night at the net loft, 11 February, open mic after the readings.</p>", "net loft", "en"),
    # a bid to come and see the writer at a fair (no gathering's noun first)
    ("<p>See you at the Harbour Book Fair by the ferry ramp, 3 March.</p>", "ferry ramp", "en"),
    # French: a club and its date, nothing else
    ("<p>Club de lecture de la médiathèque du phare, le 21 janvier.</p>", "médiathèque du phare", "fr"),
    # Italian: a club with its next session after a colon
    ("<p>Circolo di lettura del porto: prossimo incontro il 9 febbraio.</p>", "prossimo incontro", "it"),
    # German: a compound ending on the gathering's noun, a weekday
    ("<p>Hafenlesekreis in der Stadtbücherei am Donnerstag, Gäste willkommen.</p>", "Stadtbücherei", "de"),
    # Arabic: an evening of reading, next Friday
    ("<p>أمسية قراءة في مكتبة الميناء يوم الجمعة القادم.</p>", "مكتبة الميناء", "ar"),
    # Arabic: a session with a weekday and an hour
    ("<p>جلسة النادي في قاعة البلدية يوم الأربعاء، الساعة السابعة.</p>", "قاعة البلدية", "ar"),
    # Hebrew: a club, its weekday after a glued preposition ("on Wednesday"), the book named after the comma
    ("<p>מועדון ספרים של השכונה נפגש ביום רביעי בספריית הנמל, ונדבר על הספר הזה.</p>", "בספריית הנמל", "he"),
    # the writer's own group with a standing rhythm
    ("<p>Our harbour book circle meets on the last Tuesday of every month at the net loft.</p>", "net loft", "en"),
])
def test_a_gathering_closing_the_post_goes(end, gone, lang):
    text = _text(end=end, lang=lang)
    assert gone not in text and "long time" in text


def test_the_notice_goes_before_a_short_sign_off():
    text = _text(end="<p>Bokcirkel på hamnbiblioteket den 19 januari – vi läser fyrromaner.</p>",
                 after="<p>Hörs snart! /Maja</p>", lang="sv")
    assert "hamnbiblioteket" not in text and "long time" in text


@pytest.mark.parametrize("end, kept, lang", [
    # the reviewer's reading day, no gathering
    ("<p>I read it on a Thursday night in January with the storm shutters banging.</p>", "storm shutters", "en"),
    # a verdict that names a month
    ("<p>The best novel I read in January, and the saltiest.</p>", "saltiest", "en"),
    # the writer's own club, told: no rhythm
    ("<p>Our book club read it last year on a Tuesday and half of us hated the trial.</p>", "hated the trial", "en"),
    # the story's club, the work named in the head
    ("<p>The reading club in the novel meets every Thursday, and the widow never misses it.</p>", "never misses", "en"),
    # a memory of a fair, no bid and no gathering first
    ("<p>I heard her read at the fair last year and the whole tent went quiet.</p>", "tent went quiet", "en"),
    # a recommendation of another book, a month in it
    ("<p>If you liked it, try The Fog Bell, which I read in March and loved just as much.</p>", "Fog Bell", "en"),
    # Spanish: the story's fair on a date, the work named first
    ("<p>La novela termina en la feria del libro del puerto, el 14 de enero, con el juicio.</p>", "con el juicio", "es"),
])
def test_review_lines_in_the_tail_stay(end, kept, lang):
    text = _text(end=end, lang=lang)
    assert kept in text


def test_a_notice_with_a_review_paragraph_after_it_stays():
    text = _text(end="<p>Club de lecture du port, le 21 janvier.</p>",
                 after="<p>And one more thing: the harbour master's last lie is the one that sinks him, and the "
                       "novel saves it for the final page, which is exactly where it belongs.</p>", lang="fr")
    assert "Club de lecture du port" in text


@pytest.mark.parametrize("end, kept", [
    # the writer's voice in the head: an account of a meeting, not its notice
    ("<p>Book club on Tuesday, and I loved every minute of the quarrel about the widow.</p>", "every minute"),
    # the writer and their club, told from the writer's side
    ("<p>We took it to our reading circle on Thursday and argued until the café closed.</p>", "café closed"),
])
def test_a_club_told_in_the_writers_voice_stays(end, kept):
    assert kept in _text(end=end)


def test_the_writers_own_group_in_a_possessive_suffix_stays():
    # Finnish: "our reading circle" in one word, an evening's account, no rhythm
    line = "Lukupiirimme riiteli lopusta koko torstai-illan, ja olen edelleen oikeassa."
    assert "edelleen oikeassa" in _text(end=f"<p>{line}</p>", lang="fi")
