"""``bookdeclinedhalf.owned_work`` reads a headline half written after a possessive ("Tara Mehta's Glass Engines") as
a person's work; where the text also calls the half by its last word alone, capitalised (a surname: "Catton is
clever"), the possessor must be a person the text calls by its own last word elsewhere, not a two-word place or firm
("New Zealand's Eleanor Catton", "Sri Lanka's", "Penguin Random's").

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookdeclinedhalf import owned_work
from scraper.extract.bookheadline import from_title


def _book(title: str, text: str, language: str):
    book = from_title(title, Context(text, (), language))
    return book and (book.title, book.author)


def test_a_place_before_a_person_is_no_owner():
    assert _book("Mere Tane – Kauri Light", "New Zealand's Mere Tane has written a thriller. Tane is clever. Kauri "
                 "Light "
                 "is a lighthouse collective.", "en") == ("Kauri Light", "Mere Tane")
    assert not owned_work("Nadee Perera", Context("Sri Lanka's Nadee Perera returns. Perera is sharp.", (), "en"))
    # Dutch, a two-word country before the person
    assert not owned_work("Anouk Brink", Context("Costa Rica's Anouk Brink schreef het. Brink is goed.", (), "nl"))


def test_a_persons_work_still_owned():
    # the possessor called by surname elsewhere, though the half's last word is said alone too
    assert owned_work("Salt Orchards", Context("I read Jonas Ekberg’s Salt Orchards. Orchards are everywhere. Ekberg "
                                               "writes short lines.", (), "en"))
    # the half's last word never said alone: the possessive is enough
    assert owned_work("Glass Engines", Context("I read Tara Mehta's Glass Engines twice. the engines hum.", (), "en"))
    assert owned_work("Glazen Machines", Context("Ik las Tara Mehta's Glazen Machines. Mehta schrijft helder. Machines "
                                                 "zoemen.", (), "nl"))
