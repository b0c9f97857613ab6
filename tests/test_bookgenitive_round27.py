"""A woman's surname that ends in a consonant stays unchanged in the genitive (Ukrainian, Russian, Polish, Czech), her
first name declined, after a book noun: "роман Олени Ткачук «…»", "książkę Olgi Kowalczyk „…”"; the first name given
back by its regular ending (bookgenitive._woman_given). A bare "«T» Анны Берг", with no nominative on the page to
vouch for it, is as often a title named in passing and gives none. Our own names and titles; near misses: a man's surname (declined,
ending in a vowel), English after a quoted title, a Russian soft first name whose -и has no one nominative."""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookgenitive import genitive_author


@pytest.mark.parametrize("paragraph, language, expected", [
    ("Роман Олени Ткачук «Зимовий сад» я читала повільно, по розділу на вечір.", "uk", ("Зимовий сад", "Олена Ткачук")),
    ("Повість Марії Гнатюк «Біла кімната» вийшла торік, і я нарешті до неї дісталася.", "uk", ("Біла кімната", "Марія Гнатюк")),
    ("Роман Анны Берг «Северный склон» я дочитала за одну ночь.", "ru", ("Северный склон", "Анна Берг")),
    ("Книга Натальи Вейс «Тихий двор» оказалась совсем не тем, чего я ждала.", "ru", ("Тихий двор", "Наталья Вейс")),
    ("Wreszcie przeczytałam książkę Olgi Kowalczyk „Szklany dom” i nie żałuję.", "pl", ("Szklany dom", "Olga Kowalczyk")),
    ("Powieść Marty Wójcik „Zimne morze” czekała na półce dwa lata.", "pl", ("Zimne morze", "Marta Wójcik")),
])
def test_a_womans_unchanged_surname_and_her_first_name_in_the_nominative(paragraph, language, expected):
    assert genitive_author([paragraph], Context(paragraph), [], language) == expected


@pytest.mark.parametrize("paragraph, language", [
    ("Дочитала «Северный склон» Анны Берг за одну ночь.", "ru"),  # a bare "«T» Name": as often a title in passing
    ("Вот «Лавр» у меня стоит 9/10, а «Тихий двор» Натальи Вейс — 6/10.", "ru"),  # (a list of scores, in passing)
    ("Перечитал «Тихую заводь» Семёна Громова за два вечера.", "ru"),  # a man's surname, declined, its nominative unused
    ("I finally read “The Long Road” Jenny Walsh wrote in her twenties.", "en"),  # English: no genitive
    ("Прочитала «Северный склон» Гали Берг за вечер.", "ru"),  # ru "Гали": Галя or Гала, no telling
    ("Роман Олени Ткачука «Зимовий сад» я читала повільно.", "uk"),  # a man's surname in -а: his nominative unused
    ("Román „Tichý dům“ od Jany Novákové jsem četla dvakrát.", "cs"),  # cs "Novákové": a declined surname (é), its nominative unused
])
def test_near_misses_give_no_woman(paragraph, language):
    assert genitive_author([paragraph], Context(paragraph), [], language) is None
