"""rev34g: Sinhala's object first, a person's work in the genitive then "I read" ("A-ගේ T මා … කියෙව්වේ",
readvoice._SI_OBJECT_FIRST), only when the words after the genitive are the post's book: a pronoun's or an office's
genitive ("ඔහුගේ පුවත්පත් ලිපිය", his newspaper article; "ජනාධිපතිගේ කතාව", the president's speech) is no book read;
the book's noun first only as a word of its own ("දිනපොත", a diary, is none). Sentences of our own."""

from __future__ import annotations

import pytest

from scraper.extract.readvoice import reads


@pytest.mark.parametrize("text, book", [
    ("කුමාරි පෙරේරාගේ මුහුදු හඬ මා මුලින්ම කියෙව්වේ පාසල් කාලයේදීය.", "මුහුදු හඬ"),
    ("මාර්ටින් වික්‍රමසිංහගේ ගම්පෙරළිය මම ඊයේ කියෙව්වා.", "ගම්පෙරළිය"),
    ("ඒ පොත මම නැවත කියෙව්වා.", None),
])
def test_reads(text, book):
    assert reads(text, book=book)


@pytest.mark.parametrize("text, book", [
    ("ඔහුගේ පුවත්පත් ලිපිය මම ඊයේ කියෙව්වා.", "ගම්පෙරළිය"),
    ("ජනාධිපතිගේ කතාව මම කියෙව්වා.", "මුහුදු හඬ"),
    ("මගේ පැරණි දිනපොත මම නැවත කියෙව්වා.", None),
    ("කුමාරි පෙරේරාගේ මුහුදු හඬ මා මුලින්ම කියෙව්වේ පාසල් කාලයේදීය.", None),  # no book given
])
def test_not_the_book(text, book):
    assert not reads(text, book=book)
