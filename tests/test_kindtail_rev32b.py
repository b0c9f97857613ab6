"""bookbrand.kind_tail (rev32b): "T: A Novel", "T. Un roman", "T: Ein Roman": an article and a kind word as the title's
subtitle is dropped only where the kind word is one of the article's own language: English "a"/"an" before an English
kind ("A Novel", "A Memoir"), not before a word that is a kind in another language only ("A Romance", Portuguese's
"romance"). Our own titles.
"""

from __future__ import annotations

from scraper.extract.book import Book
from scraper.extract.bookbrand import kind_tail

TEXT = "I loved this book and its ending."


def test_an_article_and_its_own_language_kind_word_are_dropped():
    for title, head in (("Lantern Hill: A Novel", "Lantern Hill"), ("Salt Years: A Memoir", "Salt Years"),
                        ("Le Phare. Un roman", "Le Phare"), ("Die Mühle: Ein Roman", "Die Mühle"),
                        ("O Farol: Um romance", "O Farol"), ("Havet: En roman", "Havet")):
        assert kind_tail(Book(title, "A. Writer"), TEXT).title == head, title


def test_an_english_article_before_another_language_kind_keeps_the_subtitle():
    for title in ("Possession: A Romance", "Moorland: A Roman", "The Long Walk: A Novela"):
        assert kind_tail(Book(title, "A. Writer"), TEXT).title == title, title
