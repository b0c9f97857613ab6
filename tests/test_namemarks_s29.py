"""A person's name written with combining accents (Yoruba's tone marks over a dotted vowel, a decomposed text's
accents) is a name as its precomposed form is: book.NAME_WORD takes the marks as part of its word."""

import unicodedata

from scraper.extract.book import is_name


def test_names_with_combining_tone_marks():
    assert is_name("Adébáyọ̀ Fálétí")  # yo: ọ̀ has no precomposed form
    assert is_name("Ọlábísí Àjàlá")
    assert is_name("Chinụ̀a Ọ̀kà")  # ig
    assert is_name(unicodedata.normalize("NFD", "Nguyễn Thị Hằng"))  # vi, decomposed
    assert is_name(unicodedata.normalize("NFD", "Ramūnas Kęstutis"))  # lt, decomposed


def test_words_with_marks_in_lower_case_are_still_no_name():
    assert not is_name("ìwé ọ̀rẹ́")
    assert not is_name("the ọ̀rẹ́ book")
