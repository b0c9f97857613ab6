"""A closing record line credited to two writers, its title with a subtitle (book40b): "A and B, T: Subtitle. House,
Year." — the first writer named (the one the text calls by surname) and the title before its colon, read by
``bookclosingfront`` in any language's "and"; a person of the story the text names whole each time is no co-author
(``bookcoauthors``). Near misses: a prose sentence joining the writer and "I", a sentence
about a library talk, a verdict naming a price, a title whose colon opens a remark in a sentence."""

import pytest

from scraper.extract.book import Book, Context
from scraper.extract.bookcoauthors import co_authors
from scraper.extract.bookclosingfront import closing_front


def _read(last, prose, language=None):
    lines = [*prose, last, "Rating: 4/5"]
    return closing_front(lines, Context("\n".join(lines), (), language))


_PT = ["Li devagar, durante as chuvas, e Oakhurst conta a sua vida sem pressa.",
       "Oakhurst fala ao amigo como quem explica algo a uma criança teimosa."]
_DE = ["Ich habe es langsam gelesen, und Oakhurst erzählt ohne Eile.", "Oakhurst schreibt klar und ohne Pathos."]
_EN = ["I read it slowly over the rains, and Oakhurst tells her life without hurry.",
       "Oakhurst talks to her friend as one explains something to a stubborn child."]


@pytest.mark.parametrize("line, prose, language", [
    ("Tamsin Oakhurst e Ruy Vasconcelos, O rio que fala: memórias de um pescador. Editora Pedrinha, 2019.", _PT, "pt"),
    ("Tamsin Oakhurst und Jonas Weber, Das stille Wasser: Ein Bericht. Kiesel, Wien, 2018.", _DE, "de"),
    ("Tamsin Oakhurst and Jonas Weber, The Speaking River: A Memoir. Otter Books, 2019.", _EN, "en"),
])
def test_two_writers_and_a_subtitle(line, prose, language):
    got = _read(line, prose, language)
    assert got is not None and got[1] == "Tamsin Oakhurst"
    assert got[0] in ("O rio que fala", "Das stille Wasser", "The Speaking River")


def test_one_writer_and_a_subtitle():
    got = _read("Tamsin Oakhurst, The Speaking River: A Memoir. Otter Books, 2019.", _EN, "en")
    assert got == ("The Speaking River", "Tamsin Oakhurst")


@pytest.mark.parametrize("line", [
    "Tamsin Oakhurst and I, at the library talk: we spoke for an hour. It was lovely, thanks all.",
    "Tamsin Oakhurst and Jonas Weber, both at the library: a talk I missed. Next time, maybe.",
    "Oakhurst and her editor, a good pair: worth the price. Twelve euros, 2019.",
])
def test_prose_is_no_record(line):
    assert _read(line, _EN, "en") is None


_RECORD = "Tamsin Oakhurst and Jonas Weber, The Speaking River. Otter Books, 2019."


def test_a_person_of_the_story_named_whole_is_no_co_author():
    text = "Oakhurst tells the anthropologist Jonas Weber about her life on the river.\n" + _RECORD
    book = Book("The Speaking River", "Tamsin Oakhurst")
    assert co_authors(book, text, None, Context(text, (), "en")).author == "Tamsin Oakhurst"


def test_a_co_author_called_by_surname_is_joined():
    text = "Oakhurst and Weber wrote it together; Weber drew the maps and Jonas Weber took the photographs.\n" + _RECORD
    book = Book("The Speaking River", "Tamsin Oakhurst")
    assert co_authors(book, text, None, Context(text, (), "en")).author == "Tamsin Oakhurst, Jonas Weber"
