"""holdout78–81 round (helper booklatin), in our own words: Portuguese and Galician names carry "do", "dos", "das"
between given and family names ("… Lins do Rego" shape), which book._PARTICLE did not know: a headline "T, de A do B"
was read as one title with no author.

Fires: pt and gl headlines "T, de A do B", an English "T by A dos B", a Brazilian "T – A das B" the text vouches for.
Near misses: German "Das …" opening a title stays no name, "do" in an English phrase stays no name, a title holding
"do" keeps it when the by-line comes after it.
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context, is_name
from scraper.extract.bookheadline import from_title

CASES = [
    ("pt", "Resenha: As Águas Quietas, de Ana Lins do Vale",
     "Li devagar. A prosa de Lins do Vale é seca e cheia de sal.", "As Águas Quietas", "Ana Lins do Vale"),
    ("gl", "Recensión: O faro de inverno, de Xosé Couto dos Anxos",
     "Couto dos Anxos escribe sobre o mar sen adxectivos.", "O faro de inverno", "Xosé Couto dos Anxos"),
    ("en", "The River House by Marta Sousa dos Reis",
     "Dos Reis writes quietly; Sousa dos Reis never hurries.", "The River House", "Marta Sousa dos Reis"),
    ("pt", "Cartas ao Sul – Helena Maria das Neves",
     "Das Neves escreve cartas. Helena Maria das Neves sabe esperar. Neves voltou.", "Cartas ao Sul",
     "Helena Maria das Neves"),
]


@pytest.mark.parametrize("lang,headline,text,title,author", CASES)
def test_a_name_with_do_dos_das_is_read_whole(lang, headline, text, title, author):
    book = from_title(headline, Context(text, (), lang))
    assert book is not None and (book.title, book.author) == (title, author)


@pytest.mark.parametrize("text", ["Das Parfum", "Das Haus am See", "Things I Do", "Where do We Go"])
def test_words_that_are_not_names_stay_so(text):
    assert not is_name(text)


def test_a_title_holding_do_keeps_it_before_its_by_line():
    book = from_title("Resenha: Fim do Mundo, de Carla Souto",
                      Context("Souto escreve o fim do mundo sem pressa.", (), "pt"))
    assert (book.title, book.author) == ("Fim do Mundo", "Carla Souto")
