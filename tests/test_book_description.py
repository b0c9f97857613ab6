"""A page's meta description whose sentence is a quoted title with its author ("Анна Вереск — «Тихий берег» (2019).",
"Marta Llull: «El jardín»."), the author one the text calls by name. Near misses: an author the text never names, a
sentence without quotes, a quoted phrase that is speech.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookpagetitles import described

RU = "Вереск пишет сухо и точно. Вереск не объясняет ничего дважды."
ES = "Llull escribe corto. Llull no explica nada dos veces."


def test_a_description_sentence_naming_a_quoted_title_and_its_author():
    book = described("Про соль и ветер. Анна Вереск — «Тихий берег» (2019).", "Про соль и ветер", Context(RU))
    assert (book.title, book.author) == ("Тихий берег", "Анна Вереск")
    book = described("Una reseña del lector. Marta Llull: «El jardín».", "Sobre un jardín", Context(ES))
    assert (book.title, book.author) == ("El jardín", "Marta Llull")


def test_near_misses():
    # the text never names the person
    assert described("Про соль и ветер. Анна Вереск — «Тихий берег» (2019).", "Про соль", Context("Книга о море.")) is None
    # no quotes: "Name — words" is no book
    assert described("Про соль и ветер. Анна Вереск — лучшая книга года.", "Про соль", Context(RU)) is None
    # speech in the first person, quoted after a name
    assert described("Интервью. Анна Вереск: «Я пишу по ночам».", "Интервью", Context(RU)) is None


def test_an_apostrophe_quotes_nothing():
    text = "Le Guin writes cold weather. Le Guin never explains. Berg does."
    # "Le Guin’s T has aged …": the curly apostrophe is no quote; the sentence's tail is no title
    assert described("Some novels age. Ursula K. Le Guin’s The Left Hand has aged into a mirror.", "Winter planet", Context(text)) is None
    found = described("Some novels age. Ada Berg: «The Left Hand».", "Winter planet", Context(text))
    assert (found.title, found.author) == ("The Left Hand", "Ada Berg")
