"""Misfires of bookworld4's readers on pages they were not written for (rev-bookworld4):

* bookbylinemark: a sentence opening on a by-word and a name-shaped title in bold, "Por **Dom Casmurro**, de 1899,
  Machado ficou …", is prose, no byline (a byline ends on its date or time);
* booktitleover: a title over a record under a bare label line ("Do mesmo autor", "Also by this author"), or a
  'read also' label over a record, is a labelled box, not the review's book;
* citedrecord.stopped_card: a sign-off and a plea parted by full stops, "Nos leemos. Marta López. Suscripción: 5 euros
  al mes.", is no record (a record's last part is the imprint's short items)."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookbylinemark import byline_mark
from scraper.extract.citedrecord import stopped_card


def _page(lang: str, title: str, body: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Blog</title></head><body><main>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            f'</article></main><footer><p>© 2026 Blog</p></footer></body></html>')


_PT_FILL = ("<p>A primeira metade é lenta, mas vale insistir: quando as cartas começam a se contradizer, o livro vira "
            "um pequeno enigma, triste e bonito. A autora escreve com uma calma rara.</p>"
            "<p>Há um capítulo inteiro sobre a tempestade que poderia ser um conto à parte, e outro sobre a "
            "mulher do faroleiro que parte meu coração até hoje.</p>")


def test_bold_title_after_by_word_in_a_sentence_is_no_byline():
    paragraph = ("Por “Dom Casmurro”, de 1899, Machado ficou conhecido como o mestre da dúvida. Releio o livro de "
                 "Machado de Assis a cada dez anos.")
    assert not byline_mark(paragraph, "Dom Casmurro")
    assert not byline_mark("Von “Effi Briest” – 1895 erschienen – spricht man noch heute.", "Effi Briest")
    # bylines still: a date, a time, a reading time
    assert byline_mark("Por “Marta Quintela” · 12/10/2026 08h30", "Marta Quintela")
    assert byline_mark("Por “Marta Quintela” - 12 de outubro de 2026 - 5 min de leitura", "Marta Quintela")
    body = ("<p>By <i>David Copperfield</i>, published in 1850, Dickens had turned his own childhood into fiction. "
            "I reread Dickens every winter.</p><p>The first half is slow but worth it: the boy's years at the factory "
            "are hard to read and impossible to forget. Dickens writes cruelty with a smile.</p><p>Micawber is the "
            "best thing in it, and Uriah Heep the worst person in all of English fiction.</p><p>Rating: 5/5</p>")
    got = extract_page(_page("en", "A childhood turned into fiction", body), "https://blog.example/2026/copperfield")
    assert got.book_title == "David Copperfield"


_PT = ("<p>Li este romance de Joana Pires numa semana de chuva. Pires conta a história de um faroleiro em capítulos "
       "curtos.</p>" + _PT_FILL + "<p>Pires fecha o livro sem consolo, e ainda bem.</p><p>Nota: 4/5</p>")
_RECORD = "<p>Joana Pires. Editora Maré Alta, 180 páginas, R$ 45,00</p>"


def test_title_over_record_under_a_label_is_not_the_reviewed_book():
    for box in ("<p>Do mesmo autor</p><p>A Casa das Marés</p>" + _RECORD, "<p>Leia também</p>" + _RECORD):
        got = extract_page(_page("pt", "O faroleiro e o filho", _PT + box), "https://blog.example/2026/faroleiro")
        assert got.book_title not in ("A Casa das Marés", "Leia também")
    en = ("<p>I read Sarah Hall's new novel on a long train ride. Hall follows a woman who walks out of her life and "
          "into the hills.</p><p>The first half is slow but worth it: the landscape does most of the talking and Hall "
          "lets silence carry the scenes.</p><p>The ending is abrupt, but I liked it.</p><p>Rating: 4/5</p>"
          "<p>Also by this author</p><p>The Wolf Border</p><p>Sarah Hall. Faber, 2015, 432 pages</p>")
    got = extract_page(_page("en", "Walking out", en), "https://blog.example/2026/walking-out")
    assert got.book_title != "The Wolf Border"
    # the two-line box right after the review still names the book
    got = extract_page(_page("pt", "O faroleiro e o filho", _PT + "<p>Farol das Cartas</p>" + _RECORD),
                       "https://blog.example/2026/faroleiro")
    assert (got.book_title, got.book_author) == ("Farol das Cartas", "Joana Pires")


def _es(lead: str) -> str:
    return ('<html lang="es"><head><meta charset="utf-8"><title>Un alcalde que miente mejor que nadie | Diario</title>'
            '</head><body><main><article><h1 class="title">Un alcalde que miente mejor que nadie</h1>'
            '<div class="nota-cuerpo">'
            "<p>El alcalde Ramiro Cuesta cuenta su propia historia para limpiar su nombre, y en cada página se hunde "
            "un poco más. Salcedo arma una comedia seca con un narrador que nunca entiende lo que confiesa.</p>"
            "<p>Lo mejor es el tono: Salcedo no juzga, deja hablar al alcalde y el lector hace el resto. Hay capítulos "
            "que flojean en la mitad, pero el final es redondo.</p>"
            "<p>Una novela breve que se lee de un tirón y deja pensando en los discursos de cualquier campaña.</p>"
            "<p><strong>Calificación:</strong> 8/10</p>"
            f'<div class="box-ficha"><p>{lead}</p></div>'
            '<div class="newsletter-diario"><p>Suscríbete a nuestro boletín de cultura y recibe lo mejor cada '
            "viernes.</p></div></div></article></main></body></html>")


def test_sign_off_and_plea_parted_by_stops_is_no_record():
    lead = "Nos leemos. Marta López. Suscripción: 5 euros al mes."
    assert not stopped_card(lead)
    got = extract_page(_es(lead), "https://diario.example.mx/cultura/alcalde-miente")
    assert (got.book_title, got.book_author) != ("Nos leemos", "Marta López")
    assert lead not in got.body_text
    assert stopped_card("La plaza vacía. Elena Salcedo. Ediciones del Cerro, 200 páginas.")
    assert stopped_card("La plaza vacía. Elena Salcedo. Anagrama, Barcelona, 2019. 200 páginas, 18,90 euros.")
