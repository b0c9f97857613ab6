"""An author read off the headline in the genitive ("«T» Маши Ровенко"), whose full name the post's text never repeats
but whose family name it does, alone ("Ровенко пишет …"): given back in the nominative (bookgenitivetail, its
unchanged family name). Near misses: a name no rule of the headline read, a family name the text never says alone, a
foreign name whose first name no case changes, a family name the text says in another case.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Book, Context
from scraper.extract.bookgenitivetail import declined_tail


def _tail(author: str, text: str, language: str, source: str = "title") -> str | None:
    book = declined_tail(Book("Т", author, source=source), Context(text, (), language))
    return book.author if book else None


def test_the_headlines_genitive_given_back():
    assert _tail("Маши Ровенко", "Осень, дождь, электричка.\nРовенко пишет сухо и точно.", "ru") == "Маша Ровенко"
    assert _tail("Оксани Ліщенко", "Весна у Львові.\nЛіщенко пише про місто без прикрас.", "uk") == "Оксана Ліщенко"
    assert _tail("Ганны Сакавік", "Зіма ў вёсцы.\nСакавік піша проста і цёпла.", "be") == "Ганна Сакавік"
    # a man's name declined as a woman's (-а): Russian -енко stays
    assert _tail("Миши Гордиенко", "Москва, девяностые.\nГордиенко пишет зло и смешно.", "ru") == "Миша Гордиенко"


def test_near_misses():
    text = "Осень, дождь, электричка.\nРовенко пишет сухо и точно."
    # not the headline's: a name read from the body stays as read unless the text holds it
    assert _tail("Маши Ровенко", text, "ru", source="body") == "Маши Ровенко"
    # the family name never alone in the text
    assert _tail("Маши Ровенко", "Осень, дождь, электричка. Роман читается за вечер.", "ru") == "Маши Ровенко"
    # a foreign name: its first name no case changes
    assert _tail("Харуки Мураками", "Мураками пишет о колодцах.", "ru") == "Харуки Мураками"
    # a family name declined in the text (-а): not an unchanged one
    assert _tail("Маши Ровенкова", "Ровенкова пишет сухо.", "ru") == "Маши Ровенкова"
