"""Book reading on shapes of our own invention: a record line in a library's order whose parts are parted by full stops
("Name. Title. House. 280 pàgines. 19,50 euros.": bookdottedorder, with the Catalan, Galician, Welsh, Maltese, Icelandic,
Latvian page words and a plural "euros" price in bookbiblio); and a Maltese headline "T ta' A: remark"
(bookofauthor.of_headline). Near misses: a title parted by a comma, two names, a line without details, a dated or a
place's "ta'", a one-word name.
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookofauthor import of_headline

PROSE_CA = "La novel·la segueix una pastora que baixa cada hivern al poble. Ferrer escriu amb una precisió seca i bella."


@pytest.mark.parametrize("line, expected", [
    ("Joana Ferrer. Neu de març. Grup Llibres Blaus. 280 pàgines. 19,50 euros.", ("Neu de març", "Joana Ferrer")),  # ca
    ("Joana Ferrer. Neu de març. Casa Vella. 280 páxinas.", ("Neu de març", "Joana Ferrer")),  # gl
    ("Joana Ferrer. Neu de març. Gwasg Carreg Wen. 210 tudalen. 9,99 euros.", ("Neu de març", "Joana Ferrer")),  # cy page word
])
def test_a_dotted_library_record_names_author_then_title(line, expected):
    lines = [PROSE_CA, "Ferrer no explica res que no calgui.", line]
    assert from_bibliography(lines, Context(PROSE_CA + " " + line, (), "ca")) == expected


def test_catalan_pages_and_plural_euros_make_a_record():
    line = "Neu de març, Joana Ferrer, Edicions del Riu, 280 pàgines, 19,50 euros"
    assert from_bibliography([PROSE_CA, line], Context(PROSE_CA, (), "ca")) == ("Neu de març", "Joana Ferrer")


@pytest.mark.parametrize("line", [
    "Joana Ferrer. Neu de març. Grup Llibres Blaus.",  # no pages, price or ISBN: no record
    "Joana Ferrer va escriure Neu de març. Grup Llibres Blaus la va publicar.",  # sentences
])
def test_dotted_near_misses_are_not_read_as_records(line):
    found = from_bibliography([PROSE_CA, line], Context(PROSE_CA, (), "ca"))
    assert found != ("Neu de març", "Joana Ferrer")


def test_two_names_keep_the_title_first_reading():
    # "Title-name. Author. House. pages": the first part is a title that looks like a name; the second is the author
    line = "Anna Vidal. Pere Roca. Grup Llibres Blaus. 280 pàgines."
    text = "Roca escriu la vida d'Anna Vidal. Roca no jutja."
    assert from_bibliography([text, line], Context(text, (), "ca")) == ("Anna Vidal", "Pere Roca")


def test_a_comma_parted_title_is_not_split_by_the_rule():
    # the title holds a comma; the name after it is the author (the old reading)
    line = "Mar i cel, una tragèdia, Pere Roca, 280 pàgines"
    found = from_bibliography([PROSE_CA, line], Context(PROSE_CA + " Roca.", (), "ca"))
    assert found == ("Mar i cel, una tragèdia", "Pere Roca")


def test_maltese_headline_of_author():
    text = "Ir-rumanz li kiteb Ġużè Borg fl-1980 reġa' ħareġ. Borg jikteb b'lingwa ħajja u sempliċi."
    assert of_headline("Il-Baħar Kiesaħ ta' Ġużè Borg: ktieb li jibqa'", Context(text, (), "mt")) == ("Il-Baħar Kiesaħ", "Ġużè Borg")


@pytest.mark.parametrize("headline, text", [
    ("Il-Festival ta' Malta: rekord ta' viżitaturi", "Il-festival sar f'Malta u ġew ħafna nies minn Malta."),  # a place, one word
    ("Xita qawwija ta' Diċembru: x'jistenna l-pajjiż", "F'Diċembru tagħmel ix-xita."),  # a month
    ("Il-Baħar Kiesaħ ta' Ġużè Borg: ktieb li jibqa'", "Ir-rumanz reġa' ħareġ."),  # the name never said in the text
])
def test_maltese_headline_near_misses(headline, text):
    assert of_headline(headline, Context(text, (), "mt")) is None


def test_maltese_ta_is_not_read_in_another_language():
    text = "Ir-rumanz li kiteb Ġużè Borg fl-1980 reġa' ħareġ. Borg jikteb sew."
    assert of_headline("Il-Baħar Kiesaħ ta' Ġużè Borg: ktieb", Context(text, (), "it")) is None
