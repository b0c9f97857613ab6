"""A record line parted by full stops closing a review, "Title. Name Surname. House, 200 pages." (the order papers in
Spanish, Portuguese, Italian and other languages close on), is the review's own line and its book: never the lead-in of
a newsletter box after it (citedrecord.stopped_card, read by leadin.never_lead_in). Near misses: a reader's remark of
short sentences with a page count but no one named, a follow-me line that names a person but no pages or price."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.citedrecord import stopped_card


def _page(record: str) -> str:
    return ('<html lang="es"><head><meta charset="utf-8"><title>Un alcalde que miente mejor que nadie | Diario</title>'
            '</head><body><main><article><h1 class="title">Un alcalde que miente mejor que nadie</h1>'
            '<div class="nota-cuerpo">'
            "<p>El alcalde Ramiro Cuesta cuenta su propia historia para limpiar su nombre, y en cada página se hunde "
            "un poco más. Salcedo arma una comedia seca con un narrador que nunca entiende lo que confiesa.</p>"
            "<p>Lo mejor es el tono: Salcedo no juzga, deja hablar al alcalde y el lector hace el resto. Hay capítulos "
            "que flojean en la mitad, pero el final es redondo.</p>"
            "<p>Una novela breve que se lee de un tirón y deja pensando en los discursos de cualquier campaña.</p>"
            "<p><strong>Calificación:</strong> 8/10</p>"
            f'<div class="box-ficha"><p>{record}</p></div>'
            '<div class="newsletter-diario"><p>Suscríbete a nuestro boletín de cultura y recibe lo mejor cada '
            "viernes.</p></div></div></article></main></body></html>")


def test_stopped_record_is_kept_and_names_the_book():
    record = "La plaza vacía. Elena Salcedo. Ediciones del Cerro, 200 páginas."
    got = extract_page(_page(record), "https://diario.example.mx/cultura/alcalde-miente")
    assert record in got.body_text
    assert (got.book_title, got.book_author) == ("La plaza vacía", "Elena Salcedo")


def test_stopped_card_near_misses():
    assert stopped_card("La plaza vacía. Elena Salcedo. Ediciones del Cerro, 200 páginas.")
    # short sentences with a page count, no one named between them
    assert not stopped_card("La leí en dos días. Me gustó mucho. Tiene 200 páginas.")
    # a follow-me line naming a person, no pages, price or ISBN
    assert not stopped_card("Sigue a Elena Salcedo. Boletín cada semana. Gratis y sin anuncios.")
    # a long sentence's clauses
    assert not stopped_card("Leí este libro en el tren de vuelta a casa después de un largo día de trabajo en la "
                            "oficina. Elena Salcedo. Tiene 200 páginas.")
