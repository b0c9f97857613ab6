"""productstars._ID_LABEL names an identifier only as a word of its own ("ISBN", "ISBN-13", "EAN13"): a label that
merely begins with its letters ("Upcoming", "Janvier", "Eanes") is no identifier's. casefold.bare, the one helper that
takes a text's combining marks off (fairwords, the caption and cover rules)."""

from __future__ import annotations

from scraper.extract.productstars import _split_identifier


def test_an_identifiers_label_is_a_word_of_its_own():
    for label in ("Upcoming", "Janvier", "Eanes", "Upcycled"):
        assert not _split_identifier([label, "9781234509876"], 1), label
    for label in ("- ISBN", "- ISBN-13", "EAN13", "- GTIN", "UPC:", "JAN"):
        assert _split_identifier([label, "- 9781234509876"], 1), label


def test_bare_takes_marks_off():
    from scraper.extract.casefold import bare

    assert bare("Ìfilọ́lẹ̀ ìwé") == "Ifilole iwe"
    assert bare("Kröger, Křest, Ra mắt sách") == "Kroger, Krest, Ra mat sach"
    assert bare("plain ascii") == "plain ascii"
