"""booksentenceopener: a sentence's capitalised first word is no part of the name after it when the text writes that
word in lower case elsewhere; bookclues.writer reads the author of "When A published T" so."""

from scraper.extract.book import Context
from scraper.extract.bookclues import writer
from scraper.extract.booksentenceopener import without_opener


def test_slovak_conjunction_before_the_name():
    text = "Keď Jana Horváthová v roku 2001 vydala román Tichá rieka, nikto ho nečítal. Dnes, keď ho čítame znova, Horváthová žije."
    assert without_opener("Keď Jana Horváthová", text) == "Jana Horváthová"


def test_german_conjunction_before_the_name():
    text = "Als Karl Brenner 1990 sein Buch veröffentlichte, war er jung. Er schrieb es, als er jung war. Brenner lebt."
    assert without_opener("Als Karl Brenner", text) == "Karl Brenner"


def test_writer_reads_the_name_after_a_czech_conjunction():
    text = ("Když Petra Vondráková v roce 2003 vydala román Modrý dům, kritici mlčeli. Vondráková psala dál.\n"
            "Dnes, když se k ní vracíme, je jiná.")
    assert writer(Context(text, (), "cs"), "Modrý dům") == "Petra Vondráková"


def test_near_miss_first_word_never_lower_case():
    # a three-word name: its first word is not written in lower case anywhere
    text = "Anna Maria Berg published Quiet Water in 1999. Berg lives in Oslo."
    assert without_opener("Anna Maria Berg", text) == "Anna Maria Berg"


def test_near_miss_two_words_stay():
    text = "When Berg published it, when no one read. Berg again."
    assert without_opener("When Berg", text) == "When Berg"


def test_near_miss_rest_is_no_name():
    text = "Keď Bratislava spala, keď nikto nevedel."
    assert without_opener("Keď Bratislava", text) == "Keď Bratislava"
