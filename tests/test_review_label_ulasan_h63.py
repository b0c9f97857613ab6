"""holdout63 round (book63a): Indonesian and Malay "Ulasan" (review) opening a headline with no colon after it
("Ulasan T karya A") is a review label, as "Resensi T" already was: book._REVIEW_WORD takes it off the title.
Our own words."""

from scraper.extract.book import REVIEW_PREFIX, Context
from scraper.extract.bookheadline import from_title


def _read(title: str, text: str, language: str):
    return from_title(title, Context(text, (), language))


def test_indonesian_label_without_colon_is_taken_off():
    text = "Novel ini bercerita tentang seorang nelayan tua. Wiradana menulis dengan sabar. Wiradana tidak tergesa-gesa."
    book = _read("Ulasan Lampu di Dermaga karya Budi Wiradana", text, "id")
    assert book is not None and book.title == "Lampu di Dermaga"


def test_malay_label_with_book_noun_and_colon():
    text = "Buku ini tentang sebuah kampung di tepi sungai. Rahimah menulis dengan lembut. Rahimah tahu kampungnya."
    book = _read("Ulasan Buku: Sungai Pagi oleh Siti Rahimah", text, "ms")
    assert book is not None and book.title == "Sungai Pagi"


def test_other_labels_still_read():
    assert REVIEW_PREFIX.match("Resensi Kota Hujan")
    assert REVIEW_PREFIX.match("Ulasan: Kota Hujan")


def test_word_inside_a_title_is_left_alone():
    # "ulasan" not at the headline's start: no label there, the title keeps its words
    assert not REVIEW_PREFIX.match("Catatan dan ulasan tentang hujan")
    assert not REVIEW_PREFIX.match("Pengulasan Naskah Lama")
