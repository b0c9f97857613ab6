"""rev31f finding 2, in our own words: ``bookpenname.record_pen_name`` read a record's "Author | Unknown" as a pen name
where the word was feminine, Latin, an adjective or an editor's or compiler's word ("Desconocida", "Anonymus",
"Ignoto", "Diversi", "Herausgeber", "Multiple"). Those forms now name no one, in many languages.

Fires: one-word pen names in fr, nl, lt, en records. Near misses: anonymous, unknown, various, collective and editor
words in es, de, it, en, pl, fr, cs, ru, pt.
"""

from __future__ import annotations

import pytest

from scraper.extract.bookpenname import record_pen_name
from scraper.extract.booklabelfields import labelled_fields


@pytest.mark.parametrize("value", ["Morvane", "Dunmere", "Vondrák", "Kestrova", "Multatuli", "Edith"])
def test_a_one_word_name_is_kept(value):
    assert record_pen_name(value) == value


@pytest.mark.parametrize("value", [
    "Desconocida", "Anonymus", "Ignoto", "Ignota", "Diversi", "Herausgeber", "Multiple", "Several", "Anónima",
    "Anonimowa", "Sconosciuta", "Inconnue", "Neznámá", "Неизвестный", "Коллектив", "Составитель", "Mehrere",
    "Desconhecida", "Unbekannter", "Editora", "Curatore", "Compilador", "Redaktor", "Várias",
])
def test_a_word_that_names_no_one_is_no_author(value):
    assert record_pen_name(value) is None


@pytest.mark.parametrize("pairs", [
    [("Título", "La casa vacía"), ("Autora", "Desconocida")],
    [("Titel", "Das stille Lied"), ("Autor", "Anonymus")],
    [("Titolo", "Novelle del porto"), ("Autore", "Diversi")],
    [("Title", "Tales from the Quay"), ("Author", "Multiple")],
])
def test_a_record_of_no_one_gives_no_author(pairs):
    assert labelled_fields(pairs)[1] is None


@pytest.mark.parametrize("pairs,text,author", [
    ([("Titre", "Les Heures lentes"), ("Auteur", "Morvane")], "Titre : Les Heures lentes\nAuteur : Morvane\n"
     "Un lac et trois étés. Morvane écrit court.", "Morvane"),
    ([("Titel", "De stille veerpont"), ("Auteur", "Dunmere")], "Auteur: Dunmere\nDunmere schrijft droog en kort.",
     "Dunmere"),
    ([("Title", "The Salt Road"), ("Author", "Ashdown")], "Author | Ashdown\nAshdown never explains.", "Ashdown"),
    ([("Titel", "Der stille Hafen"), ("Autor", "Lindqvar")], "Autor: Lindqvar\nEin Hafen im Winter.", None),
    ([("Title", "The Salt Road"), ("Author", "Marina")], "Author: Marina\nThe boat stays in the marina all winter.", None),
])
def test_the_text_names_the_one_word_author_again_capitalised(pairs, text, author):
    assert labelled_fields(pairs, text)[1] == author
