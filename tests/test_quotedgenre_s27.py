"""holdout78–81 round (helper booklatin), in our own words: a headline's genre noun in lower case before a quoted title
("Review sách 'T' – A": the review word off, "sách 'T'" left) kept the noun on the title. bookbrand.kind_head now takes
the quoted part where lower-case words open the title and the quote marks close it, in any language.

Fires: vi "sách 'T'", es "el libro «T»", en "the novel “T”", pt "o romance „T“", id "novel \"T\"". Near misses: a
title opening on a capital with a quoted word inside, a quoted part that does not end the title, an elided article
("l'Étranger").
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Book
from scraper.extract.bookbrand import kind_head

TEXT = "A review's text that names nothing in particular, written in plain words."


@pytest.mark.parametrize("title,expected", [
    ("sách 'Những cánh buồm nâu'", "Những cánh buồm nâu"),
    ("el libro «La casa del acantilado»", "La casa del acantilado"),
    ("the novel “The Quiet Orchard”", "The Quiet Orchard"),
    ("o romance „Cartas ao Sul“", "Cartas ao Sul"),
    ('novel "Rumah di Ujung Jalan"', "Rumah di Ujung Jalan"),
])
def test_a_genre_noun_before_a_quoted_title_comes_off(title, expected):
    assert kind_head(Book(title, "Ana Lima"), TEXT, None).title == expected


@pytest.mark.parametrize("title", [
    "The 'Burning' Season",
    "el libro «Cartas» y otros cuentos",
    "l'Étranger",
    "Das Buch 'Tage'",
])
def test_other_titles_stay(title):
    assert kind_head(Book(title, "Ana Lima"), TEXT, None).title == title
