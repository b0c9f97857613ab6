"""bookcaptionby.captioned_book, narrowed (rev30b): an unquoted credited caption "T by A, …" gives the review its book
only where the picture is the book's: its alt text or file name calls it a cover or a book, the caption carries a
book's words (a translator's credit, the writer's copy, a binding), or the text or headline names T again. With a
title already found, the caption only gives that title its author, where it names the same title. Near misses: a
painting's or a print's credited caption beside a review. Texts invented for these tests, in our own words."""

from __future__ import annotations

from scraper.extract.book import Book
from scraper.extract.bookcaptionby import captioned_book

LINES = ["Holm paints the harbour in every chapter. I read it over two grey weekends.",
         "Holm is at her best in the quiet scenes; Holm's keeper is a great character. Rating: 4/5."]
LINES_DE = ["Vogel schreibt ruhig und genau. Am Ende hat mich Vogel doch überrascht."]


def test_a_cover_or_a_books_caption_gives_the_book():
    # the alt text calls the picture a cover
    found = captioned_book(None, [("The Harbour Light by Greta Holm, 2024. Photo: Studio Nord", "book cover")], LINES)
    assert (found.title, found.author) == ("The Harbour Light", "Greta Holm")
    # the file's name does
    found = captioned_book(None, [("The Harbour Light by Greta Holm", "file: harbour light cover")], LINES)
    assert found and found.author == "Greta Holm"
    # the caption credits a translator (de)
    found = captioned_book(None, [("Der stille Hafen von Mira Vogel, übersetzt von Ines Brandt. Foto: Archiv",
                                   "file: img 0042")], LINES_DE)
    assert found and (found.title, found.author) == ("Der stille Hafen", "Mira Vogel")
    # the headline names the title
    found = captioned_book(None, [("The Harbour Light by Greta Holm, 2024. Photo: Studio Nord", "file: p1")], LINES,
                           "Back to The Harbour Light")
    assert found and found.title == "The Harbour Light"


def test_a_found_title_only_takes_its_own_captions_author():
    book = Book("The Harbour Light", None)
    found = captioned_book(book, [("The Harbour Light by Greta Holm, 2024. Photo: Studio Nord", "file: p1")], LINES)
    assert (found.title, found.author) == ("The Harbour Light", "Greta Holm")
    # another work's caption leaves the found title alone
    assert captioned_book(book, [("Evening Boats by Greta Holm, 1931. Photo: City Museum", "painting")], LINES) \
        is None


def test_an_artworks_caption_beside_a_review_gives_no_book():
    for caption, alt in (("Evening Boats by Greta Holm, oil on canvas, 1931. Photo: City Museum", "painting"),
                         ("Harbour at Dusk by Greta Holm (Photo: Wikimedia Commons)", "file: dusk"),
                         ("Morning Nets by Greta Holm, woodcut. Photo: private collection", "")):
        assert captioned_book(None, [(caption, alt)], LINES, "Back in the painter's town") is None, caption
