"""scraper.extract.bookslugpair: the address spells the book and its author side by side, and a line of the text writes
"<title> <by> <author>" in its own language. Our own words, in Polish, German, English and Spanish."""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookslugpair import slug_pair


def _pair(text: str, url: str, lang: str):
    return slug_pair(text.split("\n"), url, Context(text, (), lang))


@pytest.mark.parametrize("text, url, lang, expected", [
    ("Wróciłam do Lalki Bolesława Prusa po latach.\nMój stary egzemplarz Lalka autorstwa Bolesław Prus leżał na strychu. "
     "Prus pisze cierpliwie.", "https://blog.example.pl/2026/11/powrot-lalka-boleslaw-prus/", "pl", None),
    ("Endlich gelesen: Die Wand von Marlen Haushofer, ein Buch über eine Frau allein in den Bergen. Haushofer erzählt ruhig.",
     "https://leseblog.example.de/rezension-die-wand-marlen-haushofer/", "de", ("Die Wand", "Marlen Haushofer")),
    ("My battered copy of The Salt Road by Ada Berg came from a market stall. Berg writes slowly and well.",
     "https://reads.example.com/rereading-the-salt-road-ada-berg", "en", ("The Salt Road", "Ada Berg")),
    ("Releí La casa quieta de Marta Soler este verano. Soler escribe con calma.",
     "https://lecturas.example.es/la-casa-quieta-marta-soler/", "es", ("La casa quieta", "Marta Soler")),
])
def test_slug_pairs(text, url, lang, expected):
    assert _pair(text, url, lang) == expected


def test_near_miss_name_not_last_in_address():
    text = "My copy of The Salt Road by Ada Berg came from a market. Berg writes well."
    assert _pair(text, "https://reads.example.com/ada-berg-the-salt-road-thoughts", "en") is None


def test_near_miss_author_not_vouched():
    # the text names the person once, whole: no surname alone, as reviews call authors
    text = "Ich traf Die Wand von Marlen Haushofer im Laden."
    assert _pair(text, "https://blog.example.de/die-wand-marlen-haushofer/", "de") is None


def test_near_miss_address_names_another_title():
    text = "Releí La casa quieta de Marta Soler este verano. Soler escribe con calma."
    assert _pair(text, "https://lecturas.example.es/el-jardin-marta-soler/", "es") is None


def test_near_miss_lower_case_words_before_name():
    text = "I went walking with Ada Berg today. Berg likes the sea."
    assert _pair(text, "https://reads.example.com/walking-with-ada-berg", "en") is None
