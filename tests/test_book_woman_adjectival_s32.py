"""A woman's adjectival surname in the genitive after a quoted title ("«T» Ганни Левицької"), given back in the
nominative with her given name's regular nominative (bookgenitive._adjectival_woman); an accusative title given back
in the nominative where the address spells it in Ukraine's national romanisation ("-ia" for "я"). Near misses: a man's
adjectival genitive (still a man's), a Russian "-ской" (a man's nominative too), a given name with no regular
genitive, an address that spells another word."""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookgenitive import genitive_author, nominative_title


def _read(paragraph: str, language: str = "uk", url: str = "") -> tuple[str, str] | None:
    return genitive_author([paragraph], Context(paragraph, (), language), [], language, url)


def test_ukrainian_woman_adjectival_genitive():
    assert _read("«Криниця» Ганни Левицької лежала в мене на столі цілу зиму.") == ("Криниця", "Ганна Левицька")


def test_polish_woman_adjectival_genitive():
    assert _read("„Wiersze” Haliny Zawadzkiej czytałam przez całą zimę.", "pl") == ("Wiersze", "Halina Zawadzka")


def test_man_adjectival_genitive_stays_a_man():
    assert _read("«Криниця» Тараса Левицького лежала в мене на столі цілу зиму.") == ("Криниця", "Тарас Левицький")


def test_russian_skoi_is_not_read_as_a_woman():
    assert _read("«Колодец» Анны Левицкой лежал у меня на столе всю зиму.", "ru") is None


def test_given_name_without_a_regular_genitive():
    # "Любові" (of "Любов") has no regular -и/-і genitive of a hard stem: no telling
    assert _read("«Криниця» Любові Левицької лежала в мене на столі цілу зиму.") is None


def test_accusative_title_spelled_by_the_address_in_national_romanisation():
    assert nominative_title("Ріллю", "https://blog.example.ua/p/pro-rillia-i-zymu-4f2a", set()) == "Рілля"


def test_address_spelling_another_word_keeps_the_title():
    assert nominative_title("Ріллю", "https://blog.example.ua/p/pro-zymu-4f2a", set()) == "Ріллю"
