"""book40b's misfires (rev-book40b): a closing record whose title opens on a volume's number before its colon
("A, Book One: T. House, Year") is no subtitle to cut; a pair whose second "name" is a house ("A and Otter Books, …")
credits no second writer; a record whose head is a title with a house's series in brackets ("Anna Karenina (Penguin
Classics), Leo Tolstoy, …"), the text calling the writer after it by surname, keeps its bracket; a bracket's note after
the year is a reissue's (a year, an edition's or a reprint's word), not a painting's medium; a co-author named whole
each time but joined to the author again in the text ("Han Kang and Mo Yan") is still a co-author. The branch's own
cases stay in test_book_*_s40."""

import pytest

from scraper.extract.book import Book, Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookbracketrecord import bracket_record
from scraper.extract.bookclosingfront import closing_front
from scraper.extract.bookcoauthors import co_authors

_EN = ["I read it over the long rains and Larkspur never once hurried me.",
       "Larkspur writes plainly; the chapters on the ferry are the best thing in it."]
_FR = ["J'ai lu lentement et Larkspur ne m'a jamais pressée.", "Larkspur écrit simplement, sans effets."]
_DE = ["Ich habe langsam gelesen, und Larkspur drängt nie.", "Larkspur schreibt schlicht und genau."]


def _closing(line, prose=_EN, language="en"):
    lines = [*prose, line, "Rating: 4/5"]
    return closing_front(lines, Context("\n".join(lines), (), language))


@pytest.mark.parametrize("line, prose, language", [
    ("Odile Larkspur, Book One: The Ferry at Dusk. Heron Books, 2020.", _EN, "en"),
    ("Odile Larkspur, Volume 2: Salt and Ash. Heron Books, 2021.", _EN, "en"),
    ("Odile Larkspur, Tome III : Le bac du soir. Éditions Héron, 2020.", _FR, "fr"),
    ("Odile Larkspur, Band Zwei: Die Fähre. Reiher Verlag, 2020.", _DE, "de"),
])
def test_a_volume_number_before_the_colon_is_no_title(line, prose, language):
    assert _closing(line, prose, language) is None


@pytest.mark.parametrize("line", [
    "Odile Larkspur and Heron Books, Thank You for the copy. Sent in May, 2020.",
    "Odile Larkspur and Heron Press, With Thanks. Review copy, 2020.",
])
def test_a_house_after_and_is_no_second_writer(line):
    assert _closing(line) is None


@pytest.mark.parametrize("line, title", [
    ("Odile Larkspur, Harbour 21: A Memoir. Heron Books, 2020.", "Harbour 21"),    # a number ending a title
    ("Odile Larkspur, The Civic: Notes from a Ferry. Heron Books, 2020.", "The Civic"),  # no Roman numeral
])
def test_a_title_ending_on_a_number_still_loses_its_subtitle(line, title):
    assert _closing(line) == (title, "Odile Larkspur")


def test_the_branch_pair_still_reads():
    assert _closing("Odile Larkspur and Ines Moreau, The Ferry at Dusk: A Memoir. Heron Books, 2020.") == \
        ("The Ferry at Dusk", "Odile Larkspur")


def _biblio(line, prose):
    lines = [*prose, line]
    return from_bibliography(lines, Context("\n".join(lines), ()))


@pytest.mark.parametrize("line, prose", [
    ("Anna Karenina (Penguin Classics), Leo Tolstoy, Penguin, 2003.",
     ["I reread it this winter and Karenina broke my heart again.", "Tolstoy gives Karenina the best of the book."]),
    ("Eugénie Grandet (Folio Classique), Honoré de Balzac, Gallimard, 1972.",
     ["Grandet compte son or chaque soir.", "Balzac fait de Grandet un monstre tranquille, et Balzac ne juge pas."]),
])
def test_a_title_with_a_series_bracket_before_a_writer_called_by_surname(line, prose):
    got = _biblio(line, prose)
    assert got is not None and got[1] in ("Leo Tolstoy", "Honoré de Balzac")


def _bracket(line, prose=_EN):
    lines = [*prose, line]
    return bracket_record(lines, Context("\n".join(lines), ()))


@pytest.mark.parametrize("line", [
    "Odile Larkspur, The Harbour (Tate Modern, 1925; oil on canvas).",
    "Odile Larkspur, Le Port (Musée d'Orsay, 1925; huile sur toile).",
    "Odile Larkspur, Der Hafen (Neue Galerie, 1925; Öl auf Leinwand).",
])
def test_a_painting_medium_in_the_bracket_is_no_reissue(line):
    assert _bracket(line) is None


@pytest.mark.parametrize("line", [
    "Odile Larkspur, The Harbour (Heron Books, 1925; reissued by Otter Books).",
    "Odile Larkspur, The Harbour (Heron Books, 1925; réédité en poche).",
    "Odile Larkspur, The Harbour (Heron Books, 1925; Neuauflage 2019).",
])
def test_a_reissue_note_still_reads(line):
    assert _bracket(line) == ("The Harbour", "Odile Larkspur")


@pytest.mark.parametrize("text, book, language", [
    ("The Salt Road by Han Kang and Mo Yan follows two sisters to the coast.\nHan Kang and Mo Yan trade chapters, "
     "and the seams show twice.\nI would read more by Han Kang and Mo Yan.", Book("The Salt Road", "Han Kang"), "en"),
    ("Han Kang y Mo Yan, «El camino de la sal», sigue a dos hermanas.\nHan Kang y Mo Yan alternan capítulos.",
     Book("El camino de la sal", "Han Kang"), "es"),
    ("Han Kang und Mo Yan, „Die Salzstraße“, folgt zwei Schwestern.\nHan Kang und Mo Yan wechseln sich ab.",
     Book("Die Salzstraße", "Han Kang"), "de"),
])
def test_a_co_author_named_whole_but_joined_again_to_the_author(text, book, language):
    assert co_authors(book, text, None, Context(text, (), language)).author.count(",") == 1


def test_a_person_of_the_story_is_still_no_co_author():
    text = ("Larkspur tells the ferryman Ines Moreau about her crossings.\nThe ferryman Ines Moreau listens.\n"
            "Odile Larkspur and Ines Moreau, The Ferry at Dusk. Heron Books, 2020.")
    book = Book("The Ferry at Dusk", "Odile Larkspur")
    assert co_authors(book, text, None, Context(text, (), "en")).author == "Odile Larkspur"
