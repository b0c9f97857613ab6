"""A gathering's notice giving its day of the month and its clock, with no bid, sign-up or gathering's noun first
(``gatherlead.appointment``, bpevent39); a day of the month read after a word that ends in a figure's dot
("Tuesday 11. March" was read as "Tuesday 11." alone); review lines with a date and an hour stay."""

import pytest

from scraper.extract import extract_page
from scraper.extract.eventdays import named_day

_PARAS = [
    "A ferry cook loses her galley when the island line is sold, and spends a winter learning to bake for a village "
    "that never asked for bread, while her son writes letters to a father who has stopped answering them.",
    "The prose is plain and warm, the bakery chapters are the best in it, and the son's letters are a device that "
    "wears thin, though the last one lands harder than anything else in the book.",
    "A small, generous novel that smells of yeast and diesel, and I closed it hungry.",
]
_URL = "https://saltloaf.example.org/2026/12/the-galley/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Galley | Saltloaf</title></head>"
         "<body><header><a href='/'>Saltloaf</a></header><article class='post'><h1 class='entry-title'>The "
         "Galley</h1><div class='entry-content'>")


def _text(end="", lang="en"):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = _HEAD.format(lang=lang) + f"{ps}{end}</div></article></body></html>"
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("end, gone, lang", [
    # a place, a weekday and its date, a clock range: no gathering's noun first, no bid
    ("<div class='notice'><p>Harbour authors at the ferry terminal café, Saturday 9 January, 2–4pm, with hot "
     "soup.</p></div>", "ferry terminal", "en"),
    # emphasised, a date and a clock led by its word (Swedish)
    ("<p><em>Sagostund på hamnbiblioteket den 14 januari kl. 18.</em></p>", "hamnbiblioteket", "sv"),
    # the weekday glued to the day's dot, then the month and the clock (German)
    ("<p><em>Vortrag im Fährhaus am Donnerstag, 14. Januar, 19:30 Uhr.</em></p>", "Fährhaus", "de"),
    # a date and an afternoon clock after a hall's number (Portuguese)
    ("<p><small>Conversa com tradutores na biblioteca municipal, sábado 16 de janeiro, sala 4, 4 p.m.</small></p>",
     "tradutores", "pt"),
    # unboxed in the tail, a date and a range of hours (English, German)
    ("<p>Harbour authors at the ferry terminal café, Saturday 9 January, 2–4pm, with hot soup.</p>", "ferry terminal",
     "en"),
    ("<p>Bastelnachmittag im Gemeindesaal, Samstag 16. Januar, 14–16 Uhr, für alle Altersgruppen.</p>",
     "Gemeindesaal", "de"),
    # a clock with a dot closing the sentence (Dutch)
    ("<p><em>Voorleesmiddag in de havenbibliotheek, 16 januari om 14.30.</em></p>", "havenbibliotheek", "nl"),
])
def test_an_appointment_line_in_the_tail_goes(end, gone, lang):
    text = _text(end=end, lang=lang)
    assert gone not in text and "closed it hungry" in text


@pytest.mark.parametrize("end, kept", [
    # a place, a date and one hour in a plain paragraph: an account as often ("we met there on 9 January at 7pm")
    ("<p>Harbour authors at the ferry terminal café, Saturday 9 January, 2pm, with hot soup.</p>", "hot soup"),
    # a range of hours in the reviewer's account (Dutch: the first person in the verb's subject)
    ("<p>Bij onze leesclub op dinsdag 3 december, 19.30–21.30 uur, vond niemand de kok sympathiek.</p>",
     "niemand de kok"),
    # set apart, the reviewer's own day and hour
    ("<p><em>Finished on the night ferry, 9 January, 2am, my coat over my knees.</em></p>", "coat over"),
    # the reviewer's own day and hour
    ("<p>I finished it on Saturday 9 January at 2am, and went straight down to the kitchen.</p>", "kitchen"),
    # the story's scene at a reading, with a date and a clock
    ("<p>The novel ends at a reading in the ferry terminal on 14 January at 7pm, where the son finally speaks.</p>",
     "finally speaks"),
    # the reviewer heard the author read, a date and a clock (Spanish)
    ("<p>Yo la escuché leer en la feria el 12 de mayo a las 19, y su voz cambió cómo leí el libro.</p>",
     "su voz"),
])
def test_review_lines_with_a_date_and_a_clock_stay(end, kept):
    assert kept in _text(end=end)


@pytest.mark.parametrize("line, found", [
    ("Lesung im Fährhaus Donnerstag 11. März", True),
    ("Torget 13. januar", True),
    ("Kapittel 13. Sidene", False),
    ("Book 2 and chapters 1 to 6", False),
])
def test_named_day_reads_a_day_after_a_word(line, found):
    assert named_day(line) is found


def test_a_fair_named_for_the_book_is_no_reference_to_the_work():
    # set apart, a fair whose name holds the word for a book (Italian), a date and a clock
    text = _text(end="<p><em>Incontro alla Fiera del Libro di Bari, domenica 17 gennaio, ore 18.</em></p>", lang="it")
    assert "Fiera del" not in text and "closed it hungry" in text
    # the review's own book, in lower case, stays
    kept = _text(end="<p><em>Letto tutto d'un fiato: il libro mi ha tenuto sveglio fino al 17 gennaio, ore 3.</em></p>")
    assert "sveglio" in kept
