"""'This book' with a word between, narrowed (rev30a): ``reviewwords.MORE_WORK_REFERENCES`` reads vi "cuốn sách hay
này", "tiểu thuyết mỏng này" and id/ms "novel tipis ini" (a word between the noun and its demonstrative), but the word
between comes only after the whole noun (vi "cuốn"/"quyển" alone is the classifier of any bound thing, and "cuốn hút"
is to charm), is not capitalised (a name: "Roman Polanski ini"), id/ms "roman" counts in lower case only, and no noun
heads "buku" (a bookshop, a book fair, a book festival, a book club: "toko buku baru ini").

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

import pytest

from scraper.extract.reviewwords import MORE_WORK_REFERENCES


@pytest.mark.parametrize("text", [
    "Tôi đọc cuốn sách mỏng này trong một buổi chiều.",
    "Quyển truyện buồn này làm tôi nhớ quê.",
    "Tiểu thuyết dày này không dễ đọc.",
    "Cuốn này hay hơn tôi nghĩ.",
    "Saya suka novel pendek ini.",
    "Buku tebal ini saya baca dua minggu.",
    "Kumpulan cerpen sunyi ini: cerpen muram ini paling saya suka.",
    "Aku membaca roman lama ini di kereta.",
])
def test_a_book_with_a_word_between(text):
    assert MORE_WORK_REFERENCES.search(text), text


@pytest.mark.parametrize("text", [
    "Sức cuốn hút này đến từ giọng kể.",           # (to charm: a verb's syllable)
    "Cuốn lịch này được tặng cho khách.",           # (a calendar: the classifier alone)
    "Quyển sổ tay nhỏ này là quà của mẹ.",          # (a notebook)
    "Cuốn sách Minh Anh này",                       # (a name between)
    "Kami datang ke festival buku tahunan ini.",    # (a book festival)
    "Mampirlah ke toko buku kecil ini di pasar.",   # (a bookshop)
    "Pameran buku terbesar ini dibuka besok.",      # (a book fair)
    "Klub buku lama ini bertemu tiap Sabtu.",       # (a book club)
    "Kedai buku terpakai ini murah.",               # (ms: a second-hand bookshop)
    "Film Roman Polanski ini diputar lagi.",        # (a man's name)
    "Novel Ahmad Tohari ini",                       # (a name between)
])
def test_no_book_here(text):
    assert not MORE_WORK_REFERENCES.search(text), text
