"""bookbrand.kind_head, narrowed (rev30b): the word for a novel before a title comes off only where it is a label set
before the title ("Review Novel Senja karya A", the review saying "novel ini"), not where the headline opens on the
title whole with its author ("Roman Blood by A", "Novel of Ash, de A": no label before the word) or the word opens a
longer phrase in title case ("Novel Without an Ending"). Texts invented for these tests, in our own words."""

from __future__ import annotations

from scraper.extract.book import Book
from scraper.extract.bookbrand import kind_head


def _title(title: str, text: str, headline: str | None = None) -> str:
    return kind_head(Book(title, "Rina Wulan", source="title"), text, headline).title


def test_a_label_before_the_title_still_goes():
    assert _title("Novel Senja", "Saya membaca novel ini dalam dua malam. Tokohnya tinggal di tepi laut.",
                  "Review Novel Senja karya Rina Wulan") == "Senja"
    assert _title("Roman Tišina", "Ovaj roman sam pročitala u dahu. Junakinja živi uz more.",
                  "Recenzija: Roman Tišina") == "Tišina"
    assert _title("Роман Тишина", "Этот роман я прочитала за вечер. Героиня живёт у моря.",
                  "Отзыв: Роман Тишина — Рина Вулан") == "Тишина"
    assert _title("Novela La casa del faro", "Esta novela me acompañó todo el verano.") == "La casa del faro"


def test_a_headline_that_opens_on_the_title_with_its_author_keeps_it():
    text = "This novel follows a clerk through a flooded city; the roman numerals on each chapter annoyed me."
    assert _title("Roman Tides", text, "Roman Tides by Rina Wulan") == "Roman Tides"
    assert _title("Novel of Ash", "Ce roman se lit d'une traite.", "Novel of Ash, de Rina Wulan") == "Novel of Ash"
    assert _title("Roman Tides", text, "Roman Tides von Rina Wulan – eine Rezension") == "Roman Tides"


def test_a_longer_phrase_in_title_case_keeps_its_first_word():
    text = "Wulan wrote this novel about a soldier walking home, and it is not an easy novel to read."
    assert _title("Novel Without an Ending", text) == "Novel Without an Ending"
    assert _title("Novel of the Long Night", text, "A winter read") == "Novel of the Long Night"
