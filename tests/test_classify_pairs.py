"""scraper.extract.adaptation.ON_SCREEN: a title that sets the book beside its film or series ("Book and film: …", tl
"Libro at pelikula", pt "O livro e o filme", de "Das Buch und der Film", ru "Книга и фильм", tr "Kitap ve dizi") is an
adaptation's post; and reviewed._DENIAL in Tagalog, Georgian and Swahili ("hindi ito rebyu"). Our own words; near
misses stay as they were."""

from __future__ import annotations

import pytest

from scraper.extract.adaptation import pairs
from scraper.extract.reviewed import denies_review
from tests.test_classify import kind


@pytest.mark.parametrize("title", [
    "Libro at pelikula: ang Asin sa dalawang anyo",  # tl
    "O livro e o filme: Sal",  # pt
    "Das Buch und der Film: Die Salzkammer",  # de
    "Книга и фильм: «Соль»",  # ru
    "Kitap ve dizi: Tuz Defteri",  # tr
    "The film and the novel, side by side",  # en, the film first
])
def test_a_title_that_pairs_the_book_and_its_film(title):
    assert pairs(title)
    assert kind(title=title, words=220, book_source="body", book_mentions=1) == "other"


@pytest.mark.parametrize("title", [
    "My review of a novel about film and memory",  # the film is the novel's subject
    "Film noir and the novel of the fifties",  # words between
    "A novel, and then the long film of winter",  # a clause, not a pair
    "Salt and sea: a novel",
])
def test_titles_that_pair_nothing(title):
    assert pairs(title) is None


def test_a_rated_review_or_one_that_names_its_book_keeps_a_pairing_title_a_review():
    assert kind(title="The Salt Ledger by Jana Berger, the book and the film", book_source="title", book_has_author=True,
                scored_lines=1) == "review"
    assert kind(title="Libro at pelikula: ang Asin", words=220, book_source="body", book_has_author=True, book_mentions=4,
                rating=True, scored_lines=1) == "review"


@pytest.mark.parametrize("line", [
    "Hindi ito rebyu ng libro; gusto ko lang pag-usapan ang pelikula.",  # tl
    "Hindi po ito isang pagsusuri, kuwento lang ng pagbasa ko.",  # tl
    "ეს არ არის რეცენზია, უბრალოდ ჩანაწერია.",  # ka
    "Hii si uhakiki, ni kumbukumbu tu ya kusoma.",  # sw
])
def test_a_denial_in_more_languages(line):
    assert denies_review([line])


@pytest.mark.parametrize("line", [
    "Hindi ko inasahan na ganito kaganda ang rebyu ng mga kaibigan ko.",  # tl, a negation elsewhere
    "ეს რეცენზია ჩემი პირველია.",  # ka, "this review is my first"
    "Uhakiki huu ni wa kitabu cha chumvi.",  # sw, "this review is of the salt book"
])
def test_no_denial(line):
    assert not denies_review([line])
