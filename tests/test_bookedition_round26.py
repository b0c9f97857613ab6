"""bookedition: a bracketed edition note closing a title ("T（新装版）", "T (Anniversary Edition)") is no part of the title."""

from scraper.extract.book import Book
from scraper.extract.bookedition import edition_bracket


def _title(title: str) -> str:
    return edition_bracket(Book(title, "Ann Lee")).title


def test_han_and_japanese_editions():
    assert _title("城南舊事（六十週年典藏版）") == "城南舊事"
    assert _title("雪国（新装版）") == "雪国"
    assert _title("边城(修订版)") == "边城"


def test_korean_edition():
    assert _title("채식주의자 (리커버판)") == "채식주의자"


def test_latin_and_cyrillic_editions():
    assert _title("Frankenstein (200th Anniversary Edition)") == "Frankenstein"
    assert _title("Die Verwandlung (Neuausgabe)") == "Die Verwandlung"
    assert _title("Les Misérables (édition intégrale)") == "Les Misérables"
    assert _title("Lalka (wydanie drugie)") == "Lalka"
    assert _title("Обломов (издание 2021 года)") == "Обломов"


def test_near_misses_stay():
    assert _title("Ulysses (Penguin Modern Classics)") == "Ulysses (Penguin Modern Classics)"  # a series, no edition
    assert _title("Solaris (1961)") == "Solaris (1961)"
    assert _title("Stoner (novel)") == "Stoner (novel)"
    assert _title("黄金時代（上）") == "黄金時代（上）"
    assert _title("판타지 (판타지)") == "판타지 (판타지)"
    # a long bracket that is a sentence, or a note past six words, is not an edition note
    assert _title("Quiet (an edition of one, they said, and it was)") == "Quiet (an edition of one, they said, and it was)"
    assert edition_bracket(None) is None
