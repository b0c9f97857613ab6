"""A record line "A: T (House, 1975)" opening or closing the post: the bracketed house and year read as the record's
tail (bookbiblio.from_bibliography); near misses: a bracket without a year, a sentence that ends on one."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


def _ctx(text, language):
    return Context(text, (), language)


def test_hungarian_german_polish_records():
    assert from_bibliography(["Kovács Anna: A csendes ház (Európa, 1988)", "Kovács hosszú mondatokban ír."],
                             _ctx("Kovács hosszú mondatokban ír.", "hu")) == ("A csendes ház", "Kovács Anna")
    assert from_bibliography(["Ruth Brenner: Das stille Haus (Rowohlt, 2014)", "Brenner erzählt leise."],
                             _ctx("Brenner erzählt leise.", "de")) == ("Das stille Haus", "Ruth Brenner")
    assert from_bibliography(["Ewa Zielińska: Cichy dom (Znak, 2019)", "Zielińska pisze krótko."],
                             _ctx("Zielińska pisze krótko.", "pl")) == ("Cichy dom", "Ewa Zielińska")


def test_closing_record_in_english():
    lines = ["I read it in two evenings.", "The ending stays with you.", "Mara Quill: The Salt Orchard (Harrow Press, 2021)"]
    assert from_bibliography(lines, _ctx("Quill writes short chapters.", "en")) == ("The Salt Orchard", "Mara Quill")


def test_bracket_without_year_and_prose_read_nothing():
    assert from_bibliography(["Ruth Brenner: Das stille Haus (Rowohlt)"], _ctx("Brenner erzählt leise.", "de")) is None
    line = "Ich habe gestern mit meiner Schwester lange über das Buch gesprochen, das sie mir geschenkt hat (Berlin, 2014)"
    assert from_bibliography([line], _ctx("Brenner erzählt leise.", "de")) is None
