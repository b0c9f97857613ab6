"""The book's record line opening a post under its cover ("A, T, Éditions X, 1985") is the review's, not the engine's
dateline (datelines._citation): three fields or more, a publisher's word, a year and no whole date or clock time.
Pages of our own invention in German, Spanish, Italian and English; near misses: an engine's byline with the post's
whole date, a line with a clock time, a line of two fields, a line with no publisher's word (the older kicker rule's)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.datelines import _citation

PROSE = {
    "de": ["Eine Frau zieht an die Küste und richtet sich in einem Haus ein, das ihr nicht gehört. Sie beobachtet die "
           "Nachbarn, das Wetter, die Möwen, und wartet auf etwas, das sie selbst nicht benennen kann.",
           "Mir hat die Ruhe dieses Buches gefallen, auch wenn der Mittelteil stellenweise etwas zäh ist. Die Sprache "
           "ist knapp und genau, und am Ende bleibt eine leise Traurigkeit, die lange nachklingt."],
    "es": ["Una niña pasa el verano de la guerra en la isla de su abuela, entre primos crueles y adultos que callan. "
           "Todo se cuenta desde el recuerdo, con una voz que no perdona a nadie, tampoco a sí misma.",
           "La prosa es densa y hermosa, aunque a veces el ritmo se hace pesado. Me quedo con la atmósfera asfixiante "
           "de la casa y con el final, que duele como una traición pequeña y definitiva."],
    "it": ["Una famiglia torinese raccontata attraverso le sue frasi, i suoi modi di dire, le sue liti a tavola. Non "
           "c'è una trama vera e propria, ma una memoria che si muove per associazioni e ritorni.",
           "L'ho trovato divertente e malinconico insieme, anche se a tratti la narrazione si disperde un po'. Resta "
           "un ritratto affettuoso e preciso di un'epoca e di un gruppo di persone indimenticabili."],
    "en": ["A translator spends a winter in a borrowed flat and tries to finish a book she no longer believes in. "
           "Around her the city goes on with its small noises, its neighbours and its unreturned calls.",
           "The sentences are cool and exact, though the middle section drags a little. What stays is the sense of "
           "a life held at arm's length, and a final page that quietly changes everything before it."],
}
RECORD = {
    "de": "Judith Brandner, Das Haus am Deich, Verlag Kleinwald, 2021",
    "es": "Marta Iriarte, El verano de la isla, Ediciones Tramontana, 1998",
    "it": "Carla Bertone, Le parole di casa, Edizioni Lanterna, 1963",
    "en": "Nora Whitcombe, A Borrowed Winter, Harrow Editions, 2019",
}


def _page(lang: str, record: str) -> str:
    prose = "".join(f"<p>{p}</p>" for p in PROSE[lang])
    return (f'<html lang="{lang}"><head><title>Gelesen (7)</title></head><body><div id="content">'
            f'<div class="post" id="post-42"><h2><a href="/2026/11/30/post-7/">Notizen (7)</a></h2>'
            f'<small>30.11.2026</small><div class="entry">'
            f'<p><img src="/files/cover.jpg" alt="cover"><br><em>{record}</em></p>{prose}'
            f'</div></div></div></body></html>')


@pytest.mark.parametrize("lang", ["de", "es", "it", "en"])
def test_record_line_under_the_cover_stays_in_the_body(lang):
    record = extract_page(_page(lang, RECORD[lang]), f"https://notizen.example.org/2026/11/30/post-7-{lang}/")
    assert RECORD[lang] in record.body_text


@pytest.mark.parametrize("line", [
    "Judith Brandner, Das Haus am Deich, Verlag Kleinwald, 2021",
    "Marta Iriarte / El verano de la isla / Ediciones Tramontana / 1998",
    "Nora Whitcombe · A Borrowed Winter · Harrow Editions · 2019",
])
def test_citation_read(line):
    assert _citation(line)


@pytest.mark.parametrize("line", [
    "Éditions du Phare, 3 mars 2026, par Léa Martin",  # the post's whole date: the engine's byline
    "Verlag Kleinwald, Lesung, 2026, 19:30",  # a clock time: a notice's
    "Verlag Kleinwald, 2021",  # two fields
    "Knopf, 2019 · read in May 2021 · shelved",  # no publisher's word: the kicker rule's, unchanged
])
def test_not_a_citation(line):
    assert not _citation(line)
