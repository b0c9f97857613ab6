"""A record line opening on the book's kind in capitals: "NOVEL | Author | Title | Publisher, 2006" (bookkindhead)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


def _read(line: str, prose: str, language: str) -> tuple[str, str] | None:
    return from_bibliography([line], Context(prose + "\n" + line, (), language))


def test_swedish_kind_label_before_author_and_title():
    line = "DECKARE | Maja Lindqvist | Isvakens tystnad | Norrsken förlag, 2021"
    assert _read(line, "Lindqvist skriver kallt och exakt om en by där ingen talar.", "sv") == ("Isvakens tystnad", "Maja Lindqvist")


def test_german_and_english_kind_labels():
    line = "ROMAN | Tobias Wendler | Das Haus am Kanal | Kiepenhauer Verlag, 2019, 280 Seiten"
    assert _read(line, "Wendler erzählt ruhig, fast zu ruhig.", "de") == ("Das Haus am Kanal", "Tobias Wendler")
    line = "POETRY | Ana Ruiz | Salt Hours | Fernhill Press, 2024, 96 pages"
    assert _read(line, "Ruiz writes short poems about the coast.", "en") == ("Salt Hours", "Ana Ruiz")


def test_near_miss_a_title_in_capitals_the_post_names_again():
    line = "SHRIKE | Ana Ruiz | Fernhill Press | Harbour Books, 2024"
    prose = "SHRIKE is a strange book; Ruiz wrote SHRIKE in a single winter."
    assert _read(line, prose, "en") != ("Fernhill Press", "Ana Ruiz")


def test_near_miss_no_kind_label_or_no_details():
    # the head in ordinary case, not a label set in capitals
    assert _read("Roman | Maja Lindqvist | Isvakens tystnad | Norrsken förlag, 2021", "Lindqvist skriver kallt.", "sv") \
        != ("Isvakens tystnad", "Maja Lindqvist")
    # no year, pages or price: no record
    assert _read("KULTUR | Maja Lindqvist | Isvakens tystnad | Recension", "Lindqvist skriver kallt.", "sv") is None
