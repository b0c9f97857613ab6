"""Authors named in the genitive in a shape ``bookgenitive`` does not read (bookgenitivepair, through bookbody):
two writers sharing a surname after a book noun ("роман Ольги и Дмитрия Левченко «T»", "powieść Anny i Jana
Kowalskich „T”"). Near misses: one first name only, a surname that declines with no regular nominative, a quoted
sentence, the blog's own writers.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookgenitivepair import genitive_pair


def _pair(text: str, language: str, not_authors: tuple = ()):
    return genitive_pair([text], Context(text, not_authors, language))


def test_two_writers_sharing_a_surname():
    assert _pair("Повесть Ольги и Дмитрия Левченко «Северный ветер» я нашёл на даче у деда.", "ru") == \
        ("Северный ветер", "Ольга и Дмитрий Левченко")
    # the plural genitive of a Russian possessive surname has one nominative plural; the title in the accusative
    assert _pair("Перечитал роман Анны и Петра Соколовых «Белую птицу» и удивился.", "ru") == \
        ("Белая птица", "Анна и Пётр Соколовы")
    assert _pair("Збірку Олени та Андрія Коваленко «Тиха вода» я читала вголос.", "uk") == \
        ("Тиха вода", "Олена та Андрій Коваленко")
    assert _pair("Czytałam powieść Marty i Adama Nowickich „Zimowy dom” w jeden weekend.", "pl") == \
        ("Zimowy dom", "Marta i Adam Nowiccy")


def test_near_misses():
    # one writer: bookgenitive's rule, not this one
    assert _pair("Роман Ольги Левченко «Северный ветер» я нашёл на даче.", "ru") is None
    # a quoted sentence is no title
    assert _pair("Книга Ольги и Дмитрия Левченко «Не бойся, я рядом.» вышла давно.", "ru") is None
    # a man's genitive surname in -а with no nominative on the page: no telling
    assert _pair("Роман Ольги и Дмитрия Громова «Северный ветер» вышел давно.", "ru") is None
    # the blog's own writers
    assert _pair("Повесть Ольги и Дмитрия Левченко «Северный ветер» вышла.", "ru", ("Ольга и Дмитрий Левченко",)) is None
