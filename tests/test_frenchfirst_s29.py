"""French writes "I" as "j'" before a vowel ("J'ai lu", "j'avoue"): the first-person patterns that tell a shop's or a
library's own word from a record, and a reviewer's "I told" from a character's, must read it (they asked for a word
boundary after the apostrophe, which a letter always follows)."""

from scraper.extract.readvoice import _FIRST_PERSON as READ_FIRST
from scraper.extract.reviewed import FIRST_PERSON


def test_elided_je_is_first_person():
    for line in ("J'ai lu ce roman en une nuit.", "Franchement, j’avoue avoir pleuré à la fin.", "J'adore sa plume."):
        assert FIRST_PERSON.search(line), line
        assert READ_FIRST.search(line), line


def test_words_with_an_inner_j_apostrophe_are_not():
    for line in ("Aujourd'hui paraît le tome deux.", "Le Hadj' est parti.", "Prix : 22 €, jusqu'à épuisement du stock."):
        assert not FIRST_PERSON.search(line), line
        assert not READ_FIRST.search(line), line
