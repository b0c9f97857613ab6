"""copywords.private_gift (rev34h): a copy given by a friend or a colleague is a gift, unless the sentence names the
trade (the press, a publishing house, the disclosure's "opinions are my own") or the giver works at a house named
after them ("my colleague at <House>", "ein Freund bei <Verlag>", "une amie chez <Maison>")."""

from __future__ import annotations

import pytest

from scraper.extract.copywords import private_gift


@pytest.mark.parametrize("sentence", [
    "Un ami de la maison d'édition m'a envoyé ce livre en service de presse.",
    "My colleague at Larkspur kindly sent me a copy; all opinions are my own.",
    "Ein Freund bei Hollmer hat mir ein Exemplar geschickt.",
    "Una amiga de la editorial me envió el libro.",
    "Un'amica della casa editrice mi ha mandato il libro.",
    "A friend sent me a copy — all views are my own.",
])
def test_the_trade_makes_no_gift(sentence):
    assert not private_gift(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "A reader from Leeds sent me her copy after my last post.",
    "Eine Leserin aus Köln hat mir ihr Exemplar geschickt.",
    "My cousin at Christmas sent me the book.",
    "Un ami m'a envoyé ce livre pour mon anniversaire.",
])
def test_a_private_gift_stays_one(sentence):
    assert private_gift(sentence), sentence
