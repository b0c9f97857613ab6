"""casefold.bare: only accents on Latin, Greek and Cyrillic letters come off; kana voicing and й stay (rev33h)."""
from scraper.extract.casefold import bare


def test_accents_off():
    assert bare("ìfilọ́lẹ̀ Kröger ra mắt sách Ελλάδα") == "ifilole Kroger ra mat sach Ελλαδα"


def test_letters_made_by_marks_stay():
    assert bare("ガイド") == "ガイド"
    assert bare("книжный рай") == "книжный рай"
    assert bare("ばら") == "ばら"
