"""A byline's author label kept in the page's metadata before the blogger's name ("Müəllif Nərgiz Həsənova"): the name
alone is the blog's own too, no book's author, unless the text calls that person by surname as a review calls a book's
author (bookinfo.byline_name, read by pagebook); and the author label of a book's record in Azerbaijani, Uzbek and
Tajik, the Azerbaijani capital Ə in a name (book.is_name)."""

from scraper.extract.book import is_name
from scraper.extract.bookinfo import byline_name
from scraper.extract.booklabelfields import labelled_fields

_TEXT = "The novel moves slowly through one village; Okafor writes the quarrels with warmth."


def test_labelled_meta_author_gives_the_bare_name():
    assert byline_name("Müəllif Nərgiz Həsənova", _TEXT) == "Nərgiz Həsənova"
    assert byline_name("Autor: Ana Lee", _TEXT) == "Ana Lee"
    assert byline_name("Written by Jo Marsh", _TEXT) == "Jo Marsh"
    assert byline_name("Автор: Иван Лесной", _TEXT) == "Иван Лесной"


def test_labelled_name_the_text_calls_by_surname_is_the_books_author():
    # a shop's record "Author: A" read as the page's author: the review calls A by surname
    assert byline_name("Συγγραφέας: Chidi Okafor", _TEXT) is None


def test_unlabelled_meta_author_unchanged():
    assert byline_name("Ana Lee", _TEXT) is None
    # a name that starts like a label word is no label
    assert byline_name("Authorsen Mikkel", _TEXT) is None
    assert byline_name(None, _TEXT) is None


def test_record_author_label_azerbaijani_uzbek_tajik():
    assert labelled_fields([("Kitab", "Ölüm hökmü"), ("Müəllif", "Əli Ağaoğlu")]) == ("Ölüm hökmü", "Əli Ağaoğlu")
    assert labelled_fields([("Kitob", "Oqshom shamoli"), ("Muallif", "Abdulla Qodirov")]) == (
        "Oqshom shamoli", "Abdulla Qodirov")
    assert labelled_fields([("Китоб", "Боди шом"), ("Муаллиф", "Сотим Раҳимов")]) == ("Боди шом", "Сотим Раҳимов")


def test_azerbaijani_capital_schwa_in_names():
    assert is_name("Əli Ağaoğlu")
    assert is_name("Nərmin Əliyeva")
    assert not is_name("ədəbiyyat qəzeti")
