"""A short post filed as a review names its author again as a word (shortmarks.filed_owned): "Lee" in "Leeds", a
town's name, is no second naming; "Lee's", "Lees Roman" are. Lines of our own words."""

from __future__ import annotations

from types import SimpleNamespace

from scraper.extract.shortmarks import filed_owned


def _marks(author: str, title: str, lines: list[str]) -> tuple[str, ...]:
    ev = SimpleNamespace(book_has_author=True, book_author=author, book_title=title, books_named=1,
                         body=(tuple(lines), "\n".join(lines)), denies_review=False)
    return filed_owned(ev, True)


def test_the_author_named_again_as_a_word():
    assert _marks("Ann Lee", "The Quiet Mill", ["The Quiet Mill by Ann Lee", "This novel is gentle.",
                                                "Lee's sentences are plain and warm."])
    assert _marks("Jonas Feld", "Die Fähre", ["Die Fähre von Jonas Feld", "Dieser Roman ist still.",
                                              "Felds Sprache ist knapp."])
    assert _marks("Mara Lindqvist", "Salt", ["Salt by Mara Lindqvist", "The novel is about two sisters.",
                                             "Lindqvist writes weather well."])


def test_a_word_inside_another_is_no_naming():
    assert _marks("Ann Lee", "The Quiet Mill", ["The Quiet Mill by Ann Lee", "The novel comes out in paperback.",
                                                "The launch party is at the Corn Exchange in Leeds on 6 June."]) == ()
    assert _marks("Tom Hart", "Rain", ["Rain by Tom Hart", "The novel is new.", "Tickets at Hartford library."]) == ()
