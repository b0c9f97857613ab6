"""bookgenitive (s27): a man's given name in -ья declines to -ьи ("Ильи Эренбурга" of Илья Эренбург): given back in the
nominative after a book noun before the quoted title, where the surname's nominative is on the page. Near misses:
other endings stay as the rules read them. Examples in our own words (invented people)."""

from scraper.extract.book import Context
from scraper.extract.bookgenitive import masculine_given, genitive_author


def test_ilya_in_the_genitive_after_a_book_noun():
    text = "Повесть Ильи Громова «Лёд» я прочла за вечер. Громов пишет просто. Громов умеет молчать."
    assert genitive_author([text], Context(text, (), "ru"), [], "ru") == ("Лёд", "Илья Громов")


def test_ilya_after_roman():
    text = "Роман Ильи Светлова «Северный берег» вышел давно. Светлов потом молчал. Светлов."
    assert genitive_author([text], Context(text, (), "ru"), [], "ru") == ("Северный берег", "Илья Светлов")


def test_other_masculine_forms_unchanged():
    assert masculine_given("Ивана") == "Иван"
    assert masculine_given("Андрея") == "Андрей"


def test_near_miss_feminine_genitive_not_masculine_rule():
    # "Ольги" is a woman's name: no man's rule gives it a form
    assert masculine_given("Ольги") is None
