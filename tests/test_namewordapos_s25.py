"""A name word may hold the Uzbek (and Karakalpak) apostrophe of "oʻ" and "gʻ" typed as a turned comma, U+2018
("G‘ayrat", "O‘lmas"), as most Uzbek sites type it: the word goes on past the mark when a letter follows it
(``book.NAME_WORD``), as it did for "’" and "'" ("O’Brien"). Read in the headlines "«T» – A: remark", "«T» – A" and
English "T by A".

Near misses: an opening single quote after a space still opens a quote, not a name's part. Every text here is invented for these tests (invented books and people).
"""

from __future__ import annotations

from scraper.extract.book import Context, is_name
from scraper.extract.bookheadline import from_title


def _read(title: str, text: str, lang: str):
    book = from_title(title, Context(text, (), lang))
    return (book.title, book.author) if book else None


def test_dashed_headline_with_a_remark():
    text = "Qissa bir qishloq haqida. To‘ychiyev buni juda sodda yozgan."
    assert _read("«Tog‘ ortidagi qishloq» – G‘ayrat To‘ychiyev: bir kechada o‘qidim", text, "uz") \
        == ("Tog‘ ortidagi qishloq", "G‘ayrat To‘ychiyev")


def test_name_with_the_mark_in_its_first_word_only():
    text = "Roman dengiz haqida. Rahimova tilini juda yaxshi biladi."
    assert _read("«Ko‘k dengiz» – O‘lmasoy Rahimova", text, "uz") == ("Ko‘k dengiz", "O‘lmasoy Rahimova")


def test_is_name_and_english_by():
    assert is_name("G‘ayrat To‘ychiyev")
    text = "A slow novel about a mountain village. To‘ychiyev writes plainly."
    assert _read("The Village Beyond the Hills by G‘ayrat To‘ychiyev", text, "en") \
        == ("The Village Beyond the Hills", "G‘ayrat To‘ychiyev")


def test_near_misses():
    # a quote opened after a space is no part of a name
    assert not is_name("Anna ‘Blue")
    text = "Marlow writes about a harbour town."
    assert _read("Review: ‘The Harbour’ by Ines Marlow", text, "en") == ("The Harbour", "Ines Marlow")
