"""eventline.event_notice (round 33): a club's or a library's next event whose name, day and clock time stand before the
line's colon, the value a short word to the reader ("Reading circle of Thursday 11 December, 6 pm, at the branch
library: we discuss this very book, come along!"); a clock its word leads ("ore 18", "a las 19", "kl. 19"). In our own
words and markup (it, en, es). Near misses that stay: a head with a day and no clock, a head with a clock and no day, a
long value (a paragraph), a price on the line.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.eventline import event_notice
from tests.cleaning import cleaned, paras


def _p(text: str):
    return fragment_fromstring(f"<p>{text}</p>")


def test_event_heads_with_day_and_clock_are_notices():
    assert event_notice(_p("Circolo dei lettori di martedì 9 dicembre, ore 18, Sala civica: ne parliamo insieme, venite!"))
    assert event_notice(_p("Reading circle of Thursday 11 December, 6 pm, branch library: we discuss this very book, come along!"))
    assert event_notice(_p("Club de lectura del jueves 11 de diciembre a las 19, biblioteca del barrio: ¡os esperamos!"))


def test_heads_without_a_day_or_a_clock_and_long_values_are_not():
    assert not event_notice(_p("Circolo dei lettori di dicembre, Sala civica: ne parliamo insieme, venite!"))
    assert not event_notice(_p("Circolo dei lettori alle 18: ne parliamo insieme, venite!"))
    assert not event_notice(_p("Reading circle of Thursday 11 December, 6 pm: we argued for two hours about the ending, "
                               "and half of us thought the ferry pilot should have stayed on the island with her sister."))
    assert not event_notice(_p("Reading circle of Thursday 11 December, 6 pm: tickets €5 at the desk"))


def test_the_event_line_closing_a_review_goes():
    it = ["Il romanzo segue una traghettatrice su un lago del nord che si accorge che uno sconosciuto attraversa con lei "
          "ogni mattina e non torna mai la sera, e comincia a tenere un quaderno su di lui.",
          "Quello che regge il libro è la pazienza: l'autrice lascia indurire un sospetto per duecento pagine senza che "
          "nessuno alzi la voce, e il tempo sul lago racconta metà della storia."]
    line = "<p>Circolo dei lettori di martedì 9 dicembre, ore 18, Sala civica: ne parliamo insieme, venite!</p>"
    text, rules = cleaned(paras(*it) + line, "biblio.example")
    assert "Sala civica" not in text and all(p in text for p in it)
