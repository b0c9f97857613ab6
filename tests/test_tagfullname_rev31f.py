"""rev31f finding 4, in our own words: ``bookbody.find_book`` gave the author as the first tag ending in the text's
surname; an illustrator or a relative tagged with the same family name came first. The full name is now the tag's only
where exactly one tag ends in that surname.

Fires: es, fr, it pages with one full-name tag. Near miss: two tags of one family name (the surname alone is kept).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_PAGES = {
    "es": ("Un verano que no termina", "El faro dormido", "Berrocal Ruiz", "Marta Berrocal Ruiz",
           "Releemos la novela de Berrocal Ruiz sobre un pueblo de la costa y su faro apagado",
           "Marta vuelve al pueblo después de veinte años para cerrar la casa de su madre. El faro dormido es la "
           "historia de ese mes: las cajas, los vecinos que no la reconocen, el mar que sigue igual.",
           "Berrocal Ruiz escribe frases largas que piden calma, y a veces se pierde en el paisaje. Confieso que me "
           "salté alguna página, pero el final me dejó sin palabras durante un buen rato. Hay personajes que sobran, "
           "y diálogos que se alargan más de lo debido, pero la relación entre Marta y su vecina sostiene el libro.",
           "Valoración: 4/5"),
}


def _page(headline, title, surname, tags, deck, first, second, rating):
    links = " ".join(f'<a href="/tag/{i}" rel="tag">{t}</a>' for i, t in enumerate(tags))
    return f"""<html lang="es"><head><title>{headline} | La Libreta</title></head><body>
<header><a href="/">La Libreta</a><nav><a href="/libros">Libros</a></nav></header>
<article><h1 class="entry-title">{headline}</h1><h2 class="deck">{deck}</h2>
<div class="entry-content"><p>{first}</p><p>{second}</p><p>Para quien quiera una novela lenta y honda, es una lectura
necesaria, y la volveré a leer el próximo verano junto al mar.</p><p>{rating}</p></div>
<div class="tags">Etiquetas: {links} <a href="/tag/novela" rel="tag">novela</a></div>
</article><footer>© La Libreta</footer></body></html>""".encode()


@pytest.mark.parametrize("full", ["Ana Berrocal Ruiz", "Lucía Berrocal Ruiz", "Inés Berrocal Ruiz"])
def test_the_one_full_name_tag_is_the_author(full):
    h, title, surname, _, deck, first, second, rating = _PAGES["es"]
    record = extract_page(_page(h, title, surname, [title, full], deck, first, second, rating),
                          "https://libreta.example.org/un-verano/")
    assert (record.book_title, record.book_author) == (title, full)


@pytest.mark.parametrize("tags", [
    ["El faro dormido", "Luis Berrocal Ruiz", "Ana Berrocal Ruiz"],
    ["El faro dormido", "Ana Berrocal Ruiz", "Pablo Berrocal Ruiz"],
])
def test_two_tags_of_one_family_name_give_no_full_name(tags):
    h, title, surname, _, deck, first, second, rating = _PAGES["es"]
    record = extract_page(_page(h, title, surname, tags, deck, first, second, rating),
                          "https://libreta.example.org/un-verano/")
    assert (record.book_title, record.book_author) == (title, surname)
