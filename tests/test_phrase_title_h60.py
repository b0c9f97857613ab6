"""An English headline's part that the prose writes in lower case is the post's phrase, not the book's title
(``bookphrasetitle.swapped``, asked by ``bookrescue``): replaced by the one article-led title-cased run of the prose.

Near misses: a part in quotes, a part the prose names with its capitals, a prose with two such runs, a run holding
a word of the phrase, and headlines in other languages. Every text here is invented for these tests
(invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookphrasetitle import swapped

_PROSE = ("Few debuts manage this much. The Harbour Lights Hotel is one of them.\n"
          "It follows three sisters who inherit a failing seaside hotel, and Odile Marchbank lets them quarrel.")


def _en(text: str) -> Context:
    return Context(text, language="en")


def test_a_lower_case_phrase_gives_way_to_the_prose_title():
    headline = "Three sisters, one summer and a hotel by the sea"
    assert swapped("Three sisters", headline, _PROSE, _en(_PROSE)) == "The Harbour Lights Hotel"


def test_a_phrase_with_no_title_in_the_prose_is_dropped():
    prose = "It follows three sisters who inherit a failing seaside hotel. Marchbank lets them quarrel."
    assert swapped("Three sisters", "Three sisters, one summer and a hotel", prose, _en(prose)) == ""


def test_a_title_the_prose_names_with_its_capitals_is_kept():
    prose = "Three Sisters is the novel Marchbank wrote next; in Three Sisters nothing happens slowly."
    assert swapped("Three Sisters", "Three Sisters, a quiet triumph", prose, _en(prose)) == "Three Sisters"
    prose = "The Salt Ledger follows a clerk. Holt is patient."
    assert swapped("The Salt Ledger", "The Salt Ledger, quietly", prose, _en(prose)) == "The Salt Ledger"


def test_a_quoted_part_is_kept():
    headline = "‘Three sisters’, one summer and a hotel"
    assert swapped("Three sisters", headline, _PROSE, _en(_PROSE)) == "Three sisters"


def test_two_runs_give_no_title_and_a_run_of_the_phrase_is_none():
    two = _PROSE + "\nThe Grey Pier Tavern is where they drink."
    assert swapped("Three sisters", "Three sisters, one summer", two, _en(two)) == ""
    own = _PROSE.replace("The Harbour Lights Hotel", "The Sisters Hotel")
    assert swapped("Three sisters", "Three sisters, one summer", own, _en(own)) == ""


def test_other_languages_are_left_alone():
    prose = "Der Roman folgt drei Schwestern, die ein Hotel erben. The Harbour Lights Hotel heißt es im Original."
    assert swapped("Drei Schwestern", "Drei Schwestern, ein Sommer", prose.replace("drei", "drei"), Context(prose, language="de")) == "Drei Schwestern"
    fr = "Le roman suit trois sœurs qui héritent d'un hôtel."
    assert swapped("Trois sœurs", "Trois sœurs, un été", fr, Context(fr, language="fr")) == "Trois sœurs"
