"""A call for readers' notes, narrowed (rev34a; ``submissioncall``). Own words.

The bare "send yours" is a call only as an imperative opening a sentence ("… close on 1 May. Send yours to the
editors"); "the shop will send yours to any address" is a statement. es reads the imperative "envíen las suyas", not the
statement "envían las suyas" (they send theirs).
"""

import pytest

from scraper.extract import extract_page
from scraper.extract.submissioncall import submission_call


@pytest.mark.parametrize("text", [
    "Class notes for the winter issue close on 15 October. Send yours to the editors at notes@hall.example.",
    "Send yours to the editorial office before the end of the month.",
    "Deadline for members' news is 1 March; send yours to the editors.",
    "Novedades de los socios para el número de otoño: envíen las suyas a la redacción antes del 15 de septiembre.",
    "Nouvelles des membres pour le numéro d'hiver : envoyez les vôtres à la rédaction.",
])
def test_call_goes(text):
    assert submission_call(text)


@pytest.mark.parametrize("text", [
    "Signed copies are still in stock: the bookshop will send yours to any address in the country free of charge.",
    "The editors promise to send yours back within a week if it is not chosen, with a note from the editors.",
    "En la aldea todos escriben: los pescadores envían las suyas a la redacción del diario de Vigo cada lunes.",
    "Os vizinhos enviam as suas cartas à redação do jornal, e a professora lê-as em voz alta.",
])
def test_statement_is_no_call(text):
    assert not submission_call(text)


def test_closing_statement_stays_in_a_review():
    paras = ("<p>The novel is a year of letters between a lighthouse keeper and the paper's editor, and it is far funnier "
             "than that sounds: the keeper's complaints about the gulls alone are worth the price of the book.</p>"
             "<p>The editor's replies grow shorter and warmer as the year goes on, and by December I was reading them "
             "aloud to anyone who would listen. A small, kind book, and my favourite of the spring.</p>")
    line = "Signed copies are still in stock: the publisher will send yours to any address in Europe until Friday."
    html = (f"<html><head><title>Letters to the editor | Quayside Books</title></head><body><article><h1>Letters</h1>"
            f"<div class='entry-content'>{paras}<p>{line}</p></div></article></body></html>")
    assert "Signed copies" in extract_page(html, "https://quayside.example.org/letters/").body_text
