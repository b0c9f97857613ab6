"""scraper.extract.rating and medium, round 26: a score line labelled with another medium is that medium's score, not a
candidate for the book's: with its article (de "Der Film: 3/5", fr "Le film : 2/5", es "La película: 3/5", pt "A
adaptação: 3/5") or an adaptation's word ("Die Verfilmung: 2/5", "Экранизация: 6/10"). Before, "Das Buch: 4/5" beside
"Der Film: 3/5" was two different scores of one standing, a list, and no rating; a lone "Film: 3/5" rated the book.
Near misses: a line that names the book too keeps its score ("Film: 3/5, the novel: 5/5"); "Film noir" is no label;
a book line whose title holds "film" is read as before.
"""

from __future__ import annotations

import pytest

from scraper.extract import medium
from scraper.extract.rating import find_rating

OPENING = "An opening paragraph about the plot, long enough to be a line of its own."


@pytest.mark.parametrize(
    "book,film,value",
    [
        ("Das Buch: 4/5", "Der Film: 3/5", 0.8),
        ("Le livre : 4/5", "Le film : 2/5", 0.8),
        ("La novela: 9/10", "La película: 6/10", 0.9),
        ("O livro: 5/5", "A adaptação: 3/5", 1.0),
        ("Книга: 8/10", "Экранизация: 6/10", 0.8),
        ("Mein Urteil: 4/5", "Die Verfilmung: 2/5", 0.8),
    ],
)
def test_the_films_line_beside_the_books(book, film, value):
    assert find_rating([OPENING, book, film]).value == value
    assert find_rating([OPENING, film, book]).value == value


@pytest.mark.parametrize("film", ["Film: 3/5", "Der Film: 3/5", "L'adaptation : 3/5", "Die Verfilmung: drei von fünf Sternen"])
def test_a_lone_film_line_is_no_rating_of_the_book(film):
    assert medium.verdict_for_other([film]) is not None
    assert find_rating([OPENING, film]) is None


@pytest.mark.parametrize(
    "line,value",
    [
        ("Film noir in all but name, and I loved it: 4/5", 0.8),
        ("Rating: 4/5", 0.8),
        ("Das Filmbuch: 4/5", 0.8),
    ],
)
def test_near_miss_lines_that_are_no_films_label(line, value):
    assert medium.verdict_for_other([line]) is None
    assert find_rating([OPENING, line]).value == value


def test_near_miss_a_film_line_that_names_the_book_keeps_its_score():
    assert medium.verdict_for_other(["Film: 3/5, the novel: 5/5"]) is None
    assert find_rating([OPENING, "Film: 3/5, the novel: 5/5"]).value == 1.0
