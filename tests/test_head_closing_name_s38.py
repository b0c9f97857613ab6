"""The author closing a headline that opens on the book's title, "T: <a lower-case phrase> A" (detshort38:
bookheadclosename), read when the body found the title alone and the text names A twice, once beside the title.

Near misses: a headline closing on a place the text never sets beside the title, a Title-Case subtitle, a name the
text does not repeat, a headline with no colon, the blog's own name."""

from __future__ import annotations

from scraper.extract.book import Book, Context
from scraper.extract.bookheadclosename import head_closing_name

_TEXT = ("Aku nemu buku iki ing pasar loak. Kembangwesi iku kumpulan cerkak Suryadiningrat saka taun wolung puluhan.\n"
         "Suryadiningrat nulis kanthi basa kang prasaja, nanging critane ora gampang dilalekake.\n"
         "Ana sing medeni, ana sing lucu, lan aku maca kaping pindho.")
_BOOK = Book("Kembangwesi", None, source="body")


def test_headline_closing_on_the_writer():
    found = head_closing_name(_BOOK, "Kembangwesi: crita-crita peteng saka Suryadiningrat", Context(_TEXT))
    assert found is not None and (found.title, found.author) == ("Kembangwesi", "Suryadiningrat")


def test_near_miss_place_never_beside_the_title():
    text = _TEXT.replace("Suryadiningrat", "Pak Karta") + "\nYogyakarta rame. Aku bali menyang Yogyakarta."
    assert head_closing_name(_BOOK, "Kembangwesi: maca ing sepur menyang Yogyakarta", Context(text)) is None


def test_near_miss_title_case_subtitle_or_no_colon():
    assert head_closing_name(_BOOK, "Kembangwesi: A Collection of Suryadiningrat", Context(_TEXT)) is None
    assert head_closing_name(_BOOK, "Kembangwesi saka Suryadiningrat", Context(_TEXT)) is None


def test_near_miss_name_not_repeated_or_the_blog():
    assert head_closing_name(_BOOK, "Kembangwesi: crita-crita saka Wiryokusumo", Context(_TEXT)) is None
    own = Context(_TEXT, ("Suryadiningrat",))
    assert head_closing_name(_BOOK, "Kembangwesi: crita-crita saka Suryadiningrat", own) is None


def test_near_miss_author_already_found():
    found = Book("Kembangwesi", "Ratna Dewi", source="body")
    assert head_closing_name(found, "Kembangwesi: crita-crita saka Suryadiningrat", Context(_TEXT)) is None
