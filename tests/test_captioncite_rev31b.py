"""Code review rev31b, in our own words: shortverdict's closing citation (a short review's last line naming the book
read with its author and only its house, year or pages) took a photo caption for one: "A signing T, City 2024" has a
verb between the author and the title and a lower-case word beside them. Now the author and the title stand side by
side, split by punctuation only, and the only lower-case word allowed is the page count's.

Fires: en, it, de, es citations (comma, colon, dash, brackets; pages in words). Near misses: captions in en, it, fr,
es, nl with a verb or a phrase between the author and the title.
"""

from __future__ import annotations

import pytest

from scraper.extract.shortverdict import closing_citation


@pytest.mark.parametrize("line,title,author", [
    ("Mara Quill, The Glass Orchard. Harbour Press, 2021.", "The Glass Orchard", "Mara Quill"),
    ("Paola Riva: «La casa sul molo», Edizioni Ponte, 2019, 212 pagine.", "La casa sul molo", "Paola Riva"),
    ("Greta Feld, Das Haus im Moor. Kessel Verlag 2020, 320 S.", "Das Haus im Moor", "Greta Feld"),
    ("Inés Valle — El cuarto del faro (Editorial Norte, 2022)", "El cuarto del faro", "Inés Valle"),
])
def test_a_record_of_the_book_closing_the_post_is_a_citation(line, title, author):
    assert closing_citation(["I liked it a lot.", line], title, author)


@pytest.mark.parametrize("line,title,author", [
    ("Mara Quill signing The Glass Orchard, Leeds 2024.", "The Glass Orchard", "Mara Quill"),
    ("Paola Riva presenta La casa sul molo, Milano 2023.", "La casa sul molo", "Paola Riva"),
    ("Jeanne Morel dédicace Les Saisons du port, Nantes 2022.", "Les Saisons du port", "Jeanne Morel"),
    ("Inés Valle firma El cuarto del faro, Sevilla 2023.", "El cuarto del faro", "Inés Valle"),
    ("Anouk de Wit leest De stille haven, Utrecht 2021.", "De stille haven", "Anouk de Wit"),
])
def test_a_photo_caption_is_no_citation(line, title, author):
    assert not closing_citation(["The queue went round the block.", line], title, author)
