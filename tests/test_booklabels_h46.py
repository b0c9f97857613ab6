"""Holdout46 round (book46a), in our own words and markup.

bookinfo: a record's rows labelled "the title" alone in Arabic ("العنوان"), "book" in the Turkic and Tajik languages
("Китоб", "Kitob", "Кітап") and "writer" in those languages ("Нависанда", "Yozuvchi", "Жазушы", "Yazıçı") give the
title and the author. Near misses: a genre or first-edition row is no title; a writer's label on a byline with a role.

book.Context.vouches_for: a Hungarian "Family Given: Title" headline is vouched for by the family name the text uses
(the first word). Near misses: a foreign author named given-name first still vouched by the last word; a Hungarian
headline whose head is no name.

bookheadline.from_title in a declining language: "Given Family, «Title»: remark" (the comma sets the nominative name apart)
reads the book; the genitive without the comma ("Της … «T»") stays unread.

leadpicture: a lead picture's caption made of the desk's archive/stock words joined by a dash, slash or comma
("Foto de archivo - ilustrativa", "Symbolbild / Archiv") goes; a caption whose second part is the picture's own
subject stays.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.booklabelfields import field_pairs, labelled_fields
from scraper.extract.leadpicture import lead_pictures


def _table(rows: list[tuple[str, str]]) -> lxml.html.HtmlElement:
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    return lxml.html.fromstring(f"<div><p>Some text of the post.</p><table>{cells}</table></div>")


@pytest.mark.parametrize("lines, title, author", [
    (["العنوان: ظلال على النهر", "المؤلف: سعاد الخطيب", "الناشر: دار المدى"], "ظلال على النهر", "سعاد الخطيب"),
    (["Kitob: Tog'dagi uy", "Yozuvchi: Dilnoza Karimova"], "Tog'dagi uy", "Dilnoza Karimova"),
    (["Кітап: Дала әні", "Жазушы: Айгүл Серікова"], "Дала әні", "Айгүл Серікова"),
    (["Kitab: Dəniz kənarında", "Yazıçı: Leyla Məmmədova"], "Dəniz kənarında", "Leyla Məmmədova"),
])
def test_labelled_record_lines(lines, title, author):
    assert labelled_fields(field_pairs(lines, None)) == (title, author)


def test_a_tajik_record_table():
    root = _table([("Китоб:", "Шаби дароз"), ("Нависанда:", "Мавҷуда Раҳимзода"), ("Жанр:", "қисса"), ("Нашри аввал:", "1984")])
    assert labelled_fields(field_pairs([], root)) == ("Шаби дароз", "Мавҷуда Раҳимзода")


def test_a_genre_row_is_no_title():
    root = _table([("Жанр:", "қисса"), ("Нависанда:", "Мавҷуда Раҳимзода")])
    assert labelled_fields(field_pairs([], root)) == (None, "Мавҷуда Раҳимзода")


def test_a_writer_label_on_a_byline_with_its_role_is_no_author():
    assert labelled_fields(field_pairs(["Yozuvchi: Dilnoza Karimova, madaniyat muharriri"], None)) == (None, None)


def test_a_hungarian_headline_family_name_first():
    book = from_title("Szabó Magda: Az ajtó", Context("Szabó regénye egy házvezetőnőről szól. Szabó mondatai lassúak.", (), "hu"))
    assert (book.title, book.author) == ("Az ajtó", "Szabó Magda")


def test_a_foreign_author_in_a_hungarian_headline():
    book = from_title("Sally Rooney: Beautiful World", Context("Rooney új regénye két barátnőről szól.", (), "hu"))
    assert (book.title, book.author) == ("Beautiful World", "Sally Rooney")


def test_a_hungarian_headline_that_names_no_one():
    book = from_title("Őszi olvasmányok: tíz regény", Context("Őszi listánk tíz regényt ajánl.", (), "hu"))
    assert not (book and book.author)


@pytest.mark.parametrize("title, text, language, want", [
    ("Μαρία Ιορδανίδου, «Η Αγαπημένη Πόλη»: μια ζωή στο λιμάνι", "Η Ιορδανίδου γράφει με χιούμορ.", "el",
     ("Η Αγαπημένη Πόλη", "Μαρία Ιορδανίδου")),
    ("Анна Белова, «Тихий дом»: заметки о прозе", "Белова пишет коротко и сухо.", "ru", ("Тихий дом", "Анна Белова")),
])
def test_a_comma_before_the_quoted_title_in_a_declining_language(title, text, language, want):
    book = from_title(title, Context(text, (), language))
    assert (book.title, book.author) == want


def test_a_genitive_before_the_quoted_title_stays_unread():
    book = from_title("Της Μαρίας Ιορδανίδου «Η Αγαπημένη Πόλη»: μια ζωή", Context("Η Ιορδανίδου γράφει.", (), "el"))
    assert not (book and book.author)


PROSE = ["The story follows two sisters who keep a ferry running between a town and an island for thirty years, and "
         "who never once agree on which of them should have left when the chance came.",
         "The writing is patient and plain, and it lets the small quarrels carry the weight of the large ones, which is "
         "harder than it looks and more moving than any summary can say."]


def _article(caption: str) -> str:
    picture = f"<figure><img src='/img/ferry.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    text = "<div class='story'>" + "".join(f"<p>{t}</p>" for t in PROSE) + "</div>"
    return f"<html><body><article><h1>The ferry sisters</h1>{picture}{text}</article></body></html>"


def _found(caption: str) -> list:
    return lead_pictures(lxml.html.fromstring(_article(caption)).find(".//article"))


@pytest.mark.parametrize("caption", ["Foto de archivo - ilustrativa", "Symbolbild / Archiv", "صورة تعبيرية - أرشيف",
                                     "Archive photo, illustrative"])
def test_an_archive_caption_in_two_parts_goes(caption):
    assert _found(caption)


@pytest.mark.parametrize("caption", ["Symbolbild - Die Fähre im Hafen von Kiel", "Foto de archivo de mi abuela - 1962"])
def test_an_archive_caption_with_a_subject_stays(caption):
    assert not _found(caption)
