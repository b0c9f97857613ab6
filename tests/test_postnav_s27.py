"""A post's previous/next navigation as a row of links set off by marks alone ("« <a>Previous: …</a> | <a>Next: …</a>
»"):
``linkblocks.is_link_block`` takes a block of two links or more when no word of its own stands outside them, however
much of its text its arrows and bars are. Near misses: two links in a reviewer's sentence (words of its own between
them), one link alone between arrows.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.linkblocks import is_link_block


def test_rows_of_links_set_off_by_marks():
    for row in ('<div class="nav">« <a href="/a">Anterior: Lluvia</a> | <a href="/b">Siguiente: Sal</a> »</div>',
                '<p>← <a href="/p/1">Vorheriger Beitrag: Nebel</a> · <a href="/p/3">Nächster Beitrag: Ebbe</a> →</p>',
                '<div>‹‹ <a href="/x">Précédent</a> || <a href="/y">Suivant</a> ››</div>',
                '<div>« <a href="#">前の記事：雨の本</a> | <a href="#">次の記事：海の本</a> »</div>'):
        assert is_link_block(fragment_fromstring(row)), row


def test_near_misses():
    # two links in a reviewer's sentence
    assert not is_link_block(fragment_fromstring(
        '<p>See also <a href="/a">her first novel</a> and the <a href="/b">sequel</a>, both worth it.</p>'))
    # one link between arrows
    assert not is_link_block(fragment_fromstring('<p>« <a href="/a">Older posts</a> »</p>'))
    # links with a word of their own between them
    assert not is_link_block(fragment_fromstring('<p>« <a href="/a">Lluvia</a> y <a href="/b">Sal</a> »</p>'))


def test_extract_page_drops_the_navigation():
    prose = ("<p>Una novela breve sobre una farera que cuida un faro apagado desde hace veinte años y escribe cartas "
             "a un hermano que nunca contesta. La prosa es limpia y el paisaje pesa tanto como los personajes.</p>"
             "<p>Me gustó sobre todo la manera de contar el tiempo: los capítulos son las estaciones, y cada una deja "
             "algo roto en la casa. El final me pareció apresurado, pero la voz de la narradora se queda contigo.</p>")
    html = (f"<html lang='es'><head><title>La farera</title></head><body><div class='entry'><h2>La farera</h2>"
            f"<div class='entry-body'>{prose}"
            f"<p>« <a href='/2026/11/lluvia'>Anterior</a> | <a href='/2026/12/sal'>Siguiente</a> »</p>"
            f"</div></div></body></html>")
    record = extract_page(html, "https://cuaderno.example.es/2026/12/farera")
    assert "Siguiente" not in record.body_text and "Anterior" not in record.body_text
    assert "El final me pareció apresurado" in record.body_text
