"""scraper.extract.bookcommaby: a review's record line "T, by A." with no year, pages or price ("T, by A. House. Two
copies to borrow."), under a headline that is a column's own name and names no book, gives the book. Near misses: a
sentence that opens "T, by A, is …", a list with several record lines, a name the text never calls by surname.

Every line here is invented for these tests (invented books, people and blogs, in our own words).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcommaby import comma_by_record

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{head}</title></head>
<body><header><a href="/">Town Library</a></header><main><article><h1>{head}</h1>
<div class="entry">{body}</div></article></main><footer><p>Town Library, Mill Lane</p></footer></body></html>"""

_CASES = [
    ("en", "Notes from the reading room", "The Ferryman's Daughter", "Alice Penhallow",
     "<p>Our circle met in the back room this month. Alice Penhallow's novel follows a girl who rows travellers across "
     "an estuary and hears every secret they carry. Some of us found the middle slow, but Penhallow's ending won the "
     "whole room over, and we talked about it long after the tea had gone cold. I thought the river scenes were the "
     "best writing I have read all year, and I have already ordered her first book. Two members said the narrator's "
     "voice took some getting used to, but all of us agreed the last chapter was worth the wait, and several want to "
     "read it again in the spring.</p>"
     "<p>The Ferryman's Daughter, by Alice Penhallow. Harbour Lights Press. Three copies at the front desk.</p>"),
    ("es", "Desde el rincón de lectura", "La casa del faro", "Julia Montalbán",
     "<p>Este mes el club leyó la novela de Julia Montalbán sobre una farera y su hermano. Montalbán escribe con calma "
     "y con humor, y el final nos dejó hablando toda la tarde. A casi todos nos gustó mucho. Yo la leí en dos noches y"
     " me pareció preciosa, sobre todo los capítulos del invierno, cuando la farera se queda sola con el mar. Algunas "
     "compañeras dijeron que el principio era lento, pero todas coincidimos en que el último capítulo vale la pena, y "
     "varias quieren volver a leerla en primavera con más calma.</p>"
     "<p>La casa del faro, de Julia Montalbán. Dos ejemplares en la biblioteca.</p>"),
    ("de", "Aus der Leseecke", "Der Winterhafen", "Konrad Ebeling",
     "<p>Unser Lesekreis hat diesmal Konrad Ebelings Roman über einen Hafenmeister gelesen. Ebeling erzählt genau und "
     "ohne Eile, und das Ende hat uns alle berührt. Wir haben lange darüber gesprochen. Ich habe das Buch an zwei "
     "Abenden gelesen und fand vor allem die Kapitel im Winter wunderbar, wenn der Hafenmeister allein mit dem Eis und"
     " den Möwen ist. Einige fanden den Anfang etwas langsam, aber alle waren sich einig, dass sich das letzte Kapitel"
     " lohnt, und mehrere wollen den Roman im Frühjahr noch einmal lesen.</p>"
     "<p>Der Winterhafen, von Konrad Ebeling. Zwei Exemplare zum Ausleihen.</p>"),
]


@pytest.mark.parametrize("lang, head, title, author, body", _CASES)
def test_record_line_gives_the_book(lang, head, title, author, body):
    record = extract_page(_PAGE.format(lang=lang, head=head, body=body).encode(), "https://library.example/column/1")
    assert record.is_review
    assert (record.book_title, record.book_author) == (title, author)


def _context(lines):
    return Context("\n".join(lines), (), "en")


def test_sentence_is_no_record():
    lines = ["Penhallow writes well.", "The Ferryman's Daughter, by Alice Penhallow, is the better of her books."]
    assert comma_by_record(lines, _context(lines)) is None


def test_list_of_records_is_none():
    lines = ["Penhallow and Montrose both write well.", "The Ferryman's Daughter, by Alice Penhallow.",
             "Glass Town, by Ruth Montrose."]
    assert comma_by_record(lines, _context(lines)) is None


def test_author_never_named_again_is_none():
    lines = ["A lovely month of reading for all of us.", "The Ferryman's Daughter, by Alice Penhallow."]
    assert comma_by_record(lines, _context(lines)) is None


def test_record_read():
    lines = ["Penhallow writes well.", "The Ferryman's Daughter, by Alice Penhallow. Harbour Lights Press."]
    assert comma_by_record(lines, _context(lines)).title == "The Ferryman's Daughter"


def test_another_book_than_the_headline_names_is_none():
    from scraper.extract.book import Book
    lines = ["Penhallow writes well, and Penhallow's first book was better.",
             "The Ferryman's Daughter, by Alice Penhallow."]
    assert comma_by_record(lines, _context(lines), Book("Glass Town", None)) is None
    assert comma_by_record(lines, _context(lines), Book("The Ferryman's Daughter", None)).author == "Alice Penhallow"
