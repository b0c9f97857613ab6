"""rev34g: a log's entry "Finished *T* by A" (readvoice._FINISHED_TITLE) counts only when T is the post's book (the
title given to reads as its headline's, its box's or its `book`), and the capitalised word after the by-word is a
name, not a time ("by Christmas", "by Monday": a deadline met). A "Currently reading: P" post that opens on the last
book finished is no review of it. Sentences of our own."""

from __future__ import annotations

import pytest

from scraper.extract.readvoice import reads


@pytest.mark.parametrize("text, book", [
    ("Just finished _Harbour Lights_ by Nell Price on the ferry home.", "Harbour Lights"),
    ("Uitgelezen *De stille haven* van Eva Smit, en nog steeds stil.", "De stille haven"),
    ("Terminé *Les Nuits de sel* de Léa Morin hier soir, sonnée.", "Les Nuits de sel"),
    ("Utläst *Vinterhamnen* av Sara Berg, och jag vill ha mer.", "Vinterhamnen"),
])
def test_finished_the_posts_book(text, book):
    assert reads(text, book=book)


def test_finished_the_headlines_book():
    assert reads("Finished *Harbour Lights* by Nell Price before dawn.", "Harbour Lights")


@pytest.mark.parametrize("text, book", [
    # another book finished: the post's is the one it is reading now
    ("Finished *The Long Road* by Carl Moody on Sunday, so I wanted something gentler.", "Currently reading: Piranesi"),
    ("Ausgelesen *Die Bucht* von Jana Reuter, und jetzt beginne ich etwas Neues.", "Der Sommer am Fluss"),
    # a deadline, not an author
    ("Finished *Winter Light* by Christmas, as I had promised my editor.", "Winter Light"),
    ("Finished *The Lighthouse* by March, just as the contract said.", "The Lighthouse"),
    ("Terminé *Le Phare* de Pâques, enfin, pour l'éditrice.", "Le Phare"),
])
def test_not_the_posts_book_or_no_author(text, book):
    assert not reads(text, book=book)


def test_no_book_given_is_not_read():
    assert not reads("Finished *The Long Road* by Carl Moody on Sunday.")
