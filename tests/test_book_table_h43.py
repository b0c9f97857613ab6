"""A table in the post whose header names an author column and a title column, three rows or more of several authors'
books: a library's new acquisitions or a list laid out as a table (booktable.table_titles), counted with a list's
items by classify.body_signals. holdout43 round (helper detfp43), in our own words and markup: en, de, pl, sv, ru, ja
headers, with near misses (a book's details table, a series' reading order by one author, two rows, a table of
editions with no author column, a header that only mentions the word in a longer label)."""

from __future__ import annotations

import pytest

from scraper.extract.booktable import table_titles
from scraper.extract.classify import body_signals


def _table(header, rows):
    head = "| " + " | ".join(header) + " |"
    sep = "|" + "---|" * len(header)
    return [head, sep, *("| " + " | ".join(row) + " |" for row in rows)]


TITLE_LABELS = {"Title", "Titel", "Tytuł", "Bok", "Название", "書名"}
LIST_ROWS = {
    "en": (["#", "Author", "Title", "Year"], [["1", "Okafor, Ngozi", "The Rain Ledger", "2021"], ["2", "Lindqvist, Maj", "Salt Hours", "2019"],
                                               ["3", "Brandt, Oskar", "A House of Lamps", "2023"]]),
    "de": (["Titel", "Autorin"], [["Die Glasbrücke", "Hella Morgen"], ["Nachtfähre", "Jens Ulrich"], ["Kalter Hafen", "Rosa Vell"]]),
    "pl": (["Lp.", "Autor", "Tytuł", "Uwagi"], [["1", "Wrona, Ewa", "Sól i popiół", "nowe wydanie"], ["2", "Kos, Adam", "Zimowe miasto", "dla klubu"],
                                                  ["3", "Lis, Maria", "Dom nad rzeką", "drugi egzemplarz"], ["4", "Sowa, Jan", "Mosty", "krótka"]]),
    "sv": (["Bok", "Författare"], [["Ljusets hamn", "Karin Ek"], ["Vinterväg", "Per Alm"], ["Sista tåget", "Eva Berg"]]),
    "ru": (["Автор", "Название", "Год"], [["Иванова, Анна", "Тихий берег", "2020"], ["Петров, Олег", "Северный ветер", "2018"],
                                          ["Смирнова, Вера", "Дом у моря", "2022"]]),
    "ja": (["作者", "書名"], [["山田花子", "海の図書館"], ["佐藤一郎", "冬の駅"], ["鈴木真理", "灯台の夜"]]),
}


@pytest.mark.parametrize("lang", sorted(LIST_ROWS))
def test_list_table_names_its_books(lang):
    header, rows = LIST_ROWS[lang]
    titles = table_titles(["Intro line.", *_table(header, rows), "Closing line."])
    assert titles == {row[header.index(next(h for h in header if h in TITLE_LABELS))].casefold() for row in rows}


def test_list_table_counts_as_named_books():
    header, rows = LIST_ROWS["pl"]
    lines = ["Nowości w bibliotece", *_table(header, rows)]
    assert body_signals(lines, "\n".join(lines))["books_named"] == 4


@pytest.mark.parametrize("lines", [
    _table(["Title", "The Rain Ledger"], [["Author", "Ngozi Okafor"], ["Publisher", "Harbour Press"], ["Pages", "312"], ["Year", "2021"]]),
    _table(["Tytuł:", "Sól i popiół"], [["Autor:", "Ewa Wrona"], ["Wydawnictwo:", "Port"], ["Stron:", "240"]]),
    # a series' reading order inside a review: one author
    _table(["#", "Title", "Author", "Year"], [["1", "Salt Hours", "Maj Lindqvist", "2015"], ["2", "Salt Days", "Maj Lindqvist", "2017"],
                                               ["3", "Salt Years", "Maj Lindqvist", "2019"]]),
    # two rows only
    _table(["Автор", "Название"], [["Иванова, Анна", "Тихий берег"], ["Петров, Олег", "Северный ветер"]]),
    # editions of one book: no author column
    _table(["Edition", "Publisher", "Year"], [["First", "Harbour Press", "2019"], ["Paperback", "Gull Books", "2020"], ["Audio", "Listen", "2021"]]),
    # the header's labels are longer phrases, not a column's name
    _table(["What the author says", "Title of the chapter"], [["a", "b"], ["c", "d"], ["e", "f"]]),
])
def test_near_misses(lines):
    assert table_titles(["Text before.", *lines]) == set()


def test_author_cells_with_numbers_are_not_names():
    lines = _table(["Author", "Title"], [["2019", "Salt Hours"], ["2020", "Salt Days"], ["2021", "Salt Years"]])
    assert table_titles(lines) == set()
