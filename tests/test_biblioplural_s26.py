"""A record line whose house is named in the plural ("Ediciones X", "Edizioni X", "Edições X"), whose author is one
name, or whose page count is abbreviated "págs." (bookbiblio.from_bibliography, notewords.PUBLISHER). Lines of our own.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.notewords import PUBLISHER


def _read(record: str, text: str) -> tuple[str, str] | None:
    lines = [text, record]
    return from_bibliography(lines, Context("\n".join(lines), (), None))


def test_a_house_named_in_the_plural_is_no_author():
    assert _read("Marta Ruiz, La casa del olivo, Ediciones del Norte, 2020", "Un texto sobre la novela de Marta Ruiz.") \
        == ("La casa del olivo", "Marta Ruiz")
    assert _read("Luca Bassi, Il ponte di vetro, Edizioni del Lago, 2019", "Un testo sul romanzo di Luca Bassi.") \
        == ("Il ponte di vetro", "Luca Bassi")
    assert _read("Ana Castro, O farol apagado, Edições Maré, 2021", "Um texto sobre o romance de Ana Castro.") \
        == ("O farol apagado", "Ana Castro")


def test_a_one_word_pen_name_the_text_names_again():
    assert _read("Azafrán, El huerto de sal, Ediciones del Sur, 2018",
                 "Azafrán escribe como quien riega despacio; la novela de Azafrán me acompañó todo el verano.") \
        == ("El huerto de sal", "Azafrán")
    # (a one-word head the text never names again: a place, say, is no author)
    assert _read("Valencia, El huerto de sal, Ediciones del Sur, 2018", "Una novela luminosa y breve.") is None


def test_pages_abbreviated_after_the_count():
    assert _read("El huerto de sal. Marta Ruiz. Ediciones del Sur, 212 págs.", "Un texto.") \
        == ("El huerto de sal", "Marta Ruiz")


def test_the_plural_in_prose_is_no_house():
    # (lower case: a book's editions, not a publisher)
    assert PUBLISHER.search("las ediciones anteriores del libro traían otro prólogo") is None
    assert PUBLISHER.search("le edizioni precedenti") is None
    assert PUBLISHER.match("Ediciones del Norte") and PUBLISHER.match("Edizioni E/O")
