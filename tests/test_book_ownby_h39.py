"""A language's own unambiguous "by" (Indonesian/Malay "karya", "oleh"; Tagalog "ni") splits a post title like "by"."""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookownby import own_by


def _ctx(language, text="Rina Wulan menulis novel ini. Wulan bercerita tentang desa."):
    return Context(text, [], language)


def test_title_case_karya_with_remark_after_colon_indonesian():
    book = from_title("Resensi Kebun Hujan Karya Rina Wulan: Desa Sunyi, Hati Ramai", _ctx("id"))
    assert (book.title, book.author) == ("Kebun Hujan", "Rina Wulan")


def test_lower_case_oleh_malay():
    book = from_title("Ulasan Buku: Pelabuhan Senja oleh Hamid Rasyid: Kisah Nelayan Tua", _ctx("ms", "Hamid Rasyid. Rasyid."))
    assert (book.title, book.author) == ("Pelabuhan Senja", "Hamid Rasyid")


def test_tagalog_ni():
    book = from_title("Ang Bahay sa Burol ni Liza Ramos: Isang Pagbasa", _ctx("tl", "Liza Ramos. Ramos."))
    assert (book.title, book.author) == ("Ang Bahay sa Burol", "Liza Ramos")


def test_language_code_with_region():
    book = from_title("Kebun Hujan Karya Rina Wulan: Catatan Pembaca", _ctx("id-ID"))
    assert (book.title, book.author) == ("Kebun Hujan", "Rina Wulan")


def test_near_miss_other_language_keeps_old_reading():
    # "Karya" is no "by" in an English page: the word stays part of the title
    book = from_title("Kebun Karya Rina Wulan: Notes, Mimpi Besar", _ctx("en"))
    assert book is None or book.author != "Rina Wulan" or book.title != "Kebun"


def test_near_miss_no_name_after_the_word():
    # "oleh" before words that are no name ("oleh-oleh", "oleh saya") credits no one
    book = from_title("Dibaca oleh saya: catatan akhir pekan", _ctx("id"))
    assert book is None or book.author is None


def test_near_miss_without_context():
    assert own_by(None) == r"(?!)"
    assert own_by("de") == r"(?!)"
    assert "karya" in own_by("ID")
