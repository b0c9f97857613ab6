"""rev34i: scraper.extract.book.column_prefix (read by bookheadline) takes a column's label off a headline ("X's pick:
T"), but not where the label is a title shaped like one: followed by its author ("The Archer's Choice – A", named in
the text or not), by the book's kind as its subtitle ("Marian's Choice: A Novel", "… – Un romanzo di A"), nor a pick of
two books the text names apart and never together ("X's pick: T1 and T2"). Near misses: a pick of one book, a title
with "and" the text names whole, a rest that opens with an article but is no kind word, stay stripped.

Every headline and text here is invented for these tests (invented books, people and blogs, in our own words).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context, column_prefix

_REVIEW = ("A quiet book about a harbour town in winter. The writing is careful and the ending is gentle; I would give "
           "it four stars and I have already lent my copy to a friend.")


def _ctx(text: str = _REVIEW, language: str | None = None) -> Context:
    return Context(text, (), language)


@pytest.mark.parametrize("head", [
    "The Archer's Choice – Magda Ferrant",  # en: a title shaped like "X's choice", then its author
    "Le Choix de Lucie - Paul Arnaud",  # fr
    "La scelta di Marta: Piero Valli",  # it
    "Idas val – Stina Holmqvist",  # sv
    "Book of the Week – Imre Tollas",  # a period's label as the title, then its author
])
def test_title_then_author_is_not_stripped(head):
    assert column_prefix(head, _ctx()) is None
    # (nor when the text names the author by surname)
    assert column_prefix(head, _ctx(_REVIEW + " " + head.split()[-1] + " writes well.")) is None


@pytest.mark.parametrize("head", [
    "Marian's Choice: A Novel",  # en
    "Libro del mese – Un romanzo di Piero Valli",  # it
    "Tipp der Woche: Ein Roman",  # de
    "Coup de cœur du mois : Un roman",  # fr
    "Editor's Choice: A Memoir",  # en
])
def test_kind_subtitle_is_not_the_title(head):
    assert column_prefix(head, _ctx()) is None


@pytest.mark.parametrize("head, halves, lang", [
    ("Niamh's pick: The Glass Orchard and The Tin Bell", ("The Glass Orchard", "The Tin Bell"), "en"),
    ("Tipp der Woche: Das Moor und Die Mühle", ("Das Moor", "Die Mühle"), "de"),
    ("Le choix de Léa : Le Puits et La Tour", ("Le Puits", "La Tour"), "fr"),
])
def test_two_books_are_no_one_title(head, halves, lang):
    text = f"Two short novels this month. {halves[0]} is the warmer one; {halves[1]} is sharper. {_REVIEW}"
    assert column_prefix(head, _ctx(text, lang)) is None


@pytest.mark.parametrize("head, rest, text", [
    ("Niamh's pick: The Glass Orchard", "The Glass Orchard", _REVIEW),  # one book
    ("Staff pick: Salt and Iron", "Salt and Iron", "Salt and Iron is a quiet book. " + _REVIEW),  # named whole
    ("Staff pick: Salt and Iron", "Salt and Iron", _REVIEW),  # halves never named apart
    ("Book of the Week: A Winter Harbour", "A Winter Harbour", _REVIEW),  # an article, no kind word
    ("Tipp der Woche: Ein Sommer am Meer", "Ein Sommer am Meer", _REVIEW),
    ("Annas Tipp: Kallmora", "Kallmora", _REVIEW),  # one word: no name
])
def test_label_still_stripped(head, rest, text):
    assert column_prefix(head, _ctx(text)) == rest


_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{head} – Lantern Shelf</title></head>
<body><header><a href="/">Lantern Shelf</a></header><main><article><h1>{head}</h1>
<div class="post-body">{body}</div></article></main><footer><p>Lantern Shelf · all rights reserved</p></footer></body></html>"""
_BODY = ("<p>I read this over a long weekend and could not put it down. The prose is spare and careful, the characters "
         "feel lived in, and the ending stayed with me for days. It is a patient novel about a family on a small "
         "island and the winter that forces them to talk.</p><p>What I liked most were the short chapters, each told "
         "by a different sister, and the weather, which is everywhere. Some readers will find the opening slow. Four "
         "stars out of five from me, and I will be reading whatever comes next.</p>")


def test_page_title_then_author_gives_no_author_as_title():
    record = extract_page(_PAGE.format(head="The Archer's Choice – Magda Ferrant", body=_BODY).encode(),
                          "https://lanternshelf.example/2025/03/archers-choice")
    assert record.book_title != "Magda Ferrant"


def test_page_kind_subtitle_keeps_the_title():
    record = extract_page(_PAGE.format(head="Marian's Choice: A Novel", body=_BODY).encode(),
                          "https://lanternshelf.example/2025/03/marians-choice")
    assert record.book_title != "A Novel"
