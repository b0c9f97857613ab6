"""bookbiblio.from_bibliography (rev32c): in "Name, Title, 928 pages" a title that opens on a by-word ("de Gaulle",
"von Trotta", "van Gogh") is still the title; only "T, de A. House" (a by-word's name, its full stop, a house after it)
credits the head. Our own words."""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


@pytest.mark.parametrize("text, line, expected", [
    ("A long life of de Gaulle. Jackson follows de Gaulle from boyhood to the end.",
     "Julian Harlow, de Gaulle, 928 pages", ("de Gaulle", "Julian Harlow")),
    ("Eine Biografie über van Gogh. Ich habe van Gogh neu gesehen.",
     "Marta Engel, van Gogh, 512 Seiten", ("van Gogh", "Marta Engel")),
    ("Une biographie de von Trotta. Le livre suit von Trotta à Berlin.",
     "Paul Serre, von Trotta, 300 pages", ("von Trotta", "Paul Serre")),
])
def test_a_title_opening_on_a_by_word(text, line, expected):
    lines = [text, line]
    assert from_bibliography(lines, Context("\n".join(lines), (), None)) == expected


@pytest.mark.parametrize("text, line, language, expected", [
    ("O romance de Rita Mourão é curto. A autora escreve bem.", "Casa Fria, de Rita Mourão. Editora Vento, 2021.",
     "pt", ("Casa Fria", "Rita Mourão")),
    ("La novela de Inés Garrido avanza despacio.", "El muelle, de Inés Garrido. Anagrama, 2019, 240 págs.", "es",
     ("El muelle", "Inés Garrido")),
])
def test_a_by_words_name_and_house_credit_the_head(text, line, language, expected):
    lines = [text, line]
    assert from_bibliography(lines, Context("\n".join(lines), (), language)) == expected
