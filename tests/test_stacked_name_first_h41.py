"""A fact box of three short lines with the author first ("A" / "T" / "Publisher, 250 pages"), often under a kind line
("ROMAN", "Sachbuch"), as papers set a reviewed book's record (bookstackedname, read by bookbiblio.from_bibliography)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


def _read(lines, prose):
    return from_bibliography(lines, Context("\n".join(lines) + "\n" + prose))


def test_swedish_box_under_a_kind_line_in_capitals():
    lines = ["NOVELLER", "Maja Ekdahl", "Vinterbryggan", "Norstedts förlag, 198 s."]
    prose = "Ekdahl skriver om en ö där ingen stannar. Ekdahl vet vad hon gör."
    assert _read(lines, prose) == ("Vinterbryggan", "Maja Ekdahl")


def test_german_box_at_the_end_quoted_title_and_kind_heading():
    prose = ["Die Erzählerin kehrt in ihr Dorf zurück.", "Brandauer erzählt das ohne jede Eile.", "Am Ende bleibt ein Rest."]
    lines = prose + ["Sachbuch", "Helene Brandauer", "„Das stille Haus“", "Kanon Verlag, 312 Seiten, 24 Euro"]
    assert _read(lines, "") == ("Das stille Haus", "Helene Brandauer")


def test_dutch_box_with_price_only():
    lines = ["Pieter de Wolf", "De lange winter", "€ 22,50"]
    assert _read(lines, "Wolf schrijft droog. Wolf is op zijn best in de dialogen.") == ("De lange winter", "Pieter de Wolf")


def test_near_miss_byline_over_headline_over_comment_count():
    # a blogger's byline, a post's headline and a line with a year: no record (no pages, price, ISBN or publisher)
    lines = ["Anna Lindqvist", "Mina bästa böcker i höst", "Publicerad 12 oktober 2025"]
    assert _read(lines, "Lindqvist har läst mycket. Lindqvist tipsar.") is None


def test_near_miss_name_never_said_alone():
    # the text never calls the person by surname alone: the name may be anyone's (a photographer, a translator)
    lines = ["Karin Holm", "Ett år i skogen", "220 sidor, 189 kr"]
    assert _read(lines, "Boken om skogen är vacker och lugn.") is None


def test_near_miss_second_line_a_sentence():
    lines = ["Maja Ekdahl", "Hon skriver om en ö där ingen stannar.", "Norstedts förlag, 198 s."]
    assert _read(lines, "Ekdahl skriver. Ekdahl vet.") is None


def test_title_first_order_still_wins_both_name_shaped():
    # "Anna Karenina" / "Lev Tolstoj" / details: the text calls the second by surname, so the title comes first
    lines = ["Anna Karenina", "Lev Tolstoj", "Wahlström & Widstrand, 864 s."]
    assert _read(lines, "Tolstoj skriver om äktenskapet. Tolstoj dömer inte.") == ("Anna Karenina", "Lev Tolstoj")
