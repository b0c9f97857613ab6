"""An author read in the genitive after a quoted title, given back in the form the text writes the family name in
elsewhere (bookgenitivetail), in Ukrainian, Russian and Polish. Near misses: the text writes no other form, another
language, a first name with no regular nominative, a name the text writes only as read.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Book, Context
from scraper.extract.bookgenitivetail import declined_tail


def _tail(author: str, text: str, language: str) -> str | None:
    book = declined_tail(Book("Т", author, source="title"), Context(text, (), language))
    return book.author if book else None


UK = ("«Сіль» Олени Вітряної Гори: роман про степ.\nРоман «Сіль» Олени Вітряної Гори вийшов торік.\n"
      "Найкраще Вітряна Гора пише пейзажі.")


def test_the_text_names_the_family_name_in_the_nominative():
    assert _tail("Олени Вітряної Гори", UK, "uk") == "Олена Вітряна Гора"
    ru = "«Лёд» Анны Северцевой вышел осенью. Северцева пишет коротко и жёстко."
    assert _tail("Анны Северцевой", ru, "ru") == "Анна Северцева"
    pl = "„Sól” Marty Wrony czytałam w pociągu. Wrona pisze krótko."
    assert _tail("Marty Wrony", pl, "pl") == "Marta Wrona"
    # a man's: the first name by its regular nominative
    assert _tail("Андрія Вовка", "«Дим» Андрія Вовка. Вовк пише просто.", "uk") == "Андрій Вовк"


def test_near_misses():
    assert _tail("Олени Вітряної Гори", "«Сіль» Олени Вітряної Гори: роман про степ.", "uk") == "Олени Вітряної Гори"
    assert _tail("Олени Вітряної Гори", UK, "en") == "Олени Вітряної Гори"
    # the name as read is nowhere in the text: not ours to change
    assert _tail("Олена Вітряна Гора", UK, "uk") == "Олена Вітряна Гора"
    # a first name with no regular nominative
    assert _tail("Ио Северцевой", "«Лёд» Ио Северцевой. Северцева пишет.", "ru") == "Ио Северцевой"
    # another person whose family name merely shares a stem, three letters past it
    assert _tail("Анны Северцевой", "«Лёд» Анны Северцевой. Северцевыми зовут соседей.", "ru") == "Анны Северцевой"


def test_a_nominative_is_not_turned_into_the_genitive():
    ru = "«Ночь» Людмилы Сосновской вышла давно. Людмила Сосновская пишет монологами. Роман Сосновской короткий."
    assert _tail("Людмила Сосновская", ru, "ru") == "Людмила Сосновская"
