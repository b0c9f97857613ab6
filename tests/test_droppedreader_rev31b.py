"""Code review rev31b, in our own words: readvoice read a reading stated with its subject dropped ("Read it in one
evening", "Letto in una notte") as the writer's own even where the sentence goes on to give it to others (an agent:
"… by thousands of readers", "da migliaia di lettori"; a report of their words: "…, readers told the shop") or where
what was read is no book ("… in the paper, an op-ed"); and a reading log's label ("Lu :", "Läst:") before anything
capitalised, a speaker's words or a news item. Now the clause must keep the reading the writer's (no agent, no report
of others' words, no paper), and the label must stand before the headline's title or a title set off.

Fires: en, it, fr, de, pl, sv dropped-subject statements; labels before the headline's title, a quoted title, the
book read that the headline names. Near misses: agents in es, de, pt, nl, fr, it; reported speech in en, de, es;
papers and interviews; labels before a speaker's words (fr), a place (it), a news line (sv), a German notice.
A publisher's notice (pt) with an agent is no review by extract_page.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.readvoice import reads


@pytest.mark.parametrize("line", [
    "Read it in two evenings and I am still thinking about the ending.",
    "Riletto ieri dopo vent'anni: regge ancora.",
    "Lu d'une traite, un dimanche de pluie.",
    "Gelesen im Urlaub, am Strand, in drei Tagen.",
    "Przeczytane jednym tchem, a potem jeszcze raz.",
    "Läst på en helg och jag saknar redan personerna.",
    "Read it in one sitting, and I must say the last chapter floored me.",
])
def test_the_writers_own_dropped_subject_reading_is_read(line):
    assert reads(line)


@pytest.mark.parametrize("line,title,headline_book", [
    ("Finished reading: The Glass Orchard by Mara Quill.", "the glass orchard", None),
    ("Letto: «La casa sul molo» di Paola Riva", None, None),
    ("Ausgelesen: *Der Hafen im Nebel*", None, None),
    ("Terminé de leer: El cuarto del faro, de Inés Valle.", None, "El cuarto del faro"),
])
def test_a_log_label_before_the_title_is_read(line, title, headline_book):
    assert reads(line, title, headline_book)


@pytest.mark.parametrize("line", [
    "Leído en dos tardes por miles de lectores, según la editorial.",
    "Gelesen in einer Nacht von vielen Schülern, sagt der Verlag.",
    "Lido de uma assentada pelos leitores do clube no mês passado.",
    "Gelezen in één avond door duizenden lezers.",
    "Lu en une soirée par des milliers de lecteurs.",
    "Letto in una notte da migliaia di lettori.",
    "Read it in one sitting, hundreds of readers told the bookshop.",
    "Gelesen im Zug, erzählen viele Pendler der Zeitung.",
    "Leído en dos tardes, cuentan los libreros.",
    "Read it yesterday in the Sunday paper, an op-ed about rents.",
    "Read it last week, an interview with the mayor.",
])
def test_others_reading_or_a_paper_read_is_not_the_writers(line):
    assert not reads(line)


@pytest.mark.parametrize("line", [
    "Lu : Je crois que le roman est né d'une promenade.",
    "Lido: Spiaggia libera e bar aperti fino a settembre",
    "Läst: Regeringen bygger ny bro över älven",
    "Gelesen: Neue Öffnungszeiten der Stadtbibliothek",
])
def test_a_label_before_anything_but_a_title_is_no_log(line):
    assert not reads(line, "il mare d'inverno")


_NOTICE = ("<html lang='pt'><head><title>«O Rio das Garças», de Teresa Moura, chega em edição de bolso</title></head>"
           "<body><article class='post'><h1>«O Rio das Garças», de Teresa Moura, chega em edição de bolso</h1>"
           "<div class='entry-content'><p>A editora anuncia para o dia 12 de maio a edição de bolso do romance mais "
           "vendido do ano passado, com uma capa nova e um posfácio da autora sobre a aldeia onde cresceu.</p>"
           "<p>Lido em uma noite pelos milhares de leitores que o levaram para as férias, o livro chega agora às "
           "livrarias por nove euros, com um guia para clubes de leitura.</p><p>A autora estará na Feira do Livro "
           "de Lisboa no dia 3 de junho, para uma sessão de autógrafos às 18 horas, no pavilhão da editora.</p>"
           "</div></article></body></html>")


def test_a_publishers_notice_with_an_agent_is_no_review():
    record = extract_page(_NOTICE.encode(), "https://livrosdamare.example/2026/05/rio-das-garcas-bolso/")
    assert not record.is_review, record.reason
