"""A name the headline sets alone after its dash, "T – A", is in its citation form: a Turkish pen name with its
possessive ending ("… Çobanı"), which the text inflects without it ("Çoban'ın"), is kept whole, not cut to the stem the
text's other forms share (bookcase.base_form). Near misses: a name read in a case ending from a headline without the
dash (Albanian '"T" e A-GEN'), and a dashed headline whose name is not the part ending it."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookcase import base_form


def test_pen_name_after_headline_dash_kept_whole():
    html = ('<html lang="tr"><head><meta charset="utf-8"><title>Kayalık Kıyı – Toros Çobanı | İnceleme | Kitap Dergisi</title>'
            '</head><body><main><article><h1>Kayalık Kıyı – Toros Çobanı</h1><div class="entry-content">'
            "<p>Yazarın gençlik yıllarını anlattığı bu kitap, dağ köylerinden kıyıya inen bir çocuğun hikâyesi. "
            "Çoban'ın dili sade ama her sayfada bir manzara açılıyor.</p>"
            "<p>Bazı bölümler uzun, yine de Çoban'ın anlattığı köy düğünü unutulacak gibi değil.</p>"
            "<p>Kitabın ilk yarısı dağdaki çocukluğu, babayla yapılan uzun yolculukları ve kışın kapanan yolları "
            "anlatıyor. İkinci yarısında ise kıyıdaki kasabaya yerleşen ailenin yeni hayatı, balıkçılar, tuz ve rüzgâr "
            "var. Anlatıcı kendini biraz fazla övse de sayfalar akıp gidiyor.</p>"
            "<p>Doğayı ve eski köy hayatını sevenlere öneririm; bir hafta sonunda bitecek kadar kısa ama etkisi "
            "uzun süren bir kitap.</p><p>Puan: 8/10</p>"
            "</div></article></main></body></html>")
    got = extract_page(html, "https://kitapdergisi.example/inceleme/kayalik-kiyi-toros-cobani")
    assert (got.book_title, got.book_author) == ("Kayalık Kıyı", "Toros Çobanı")


_SQ = "Kadareja e shkroi në rini. Kadaren e lexova dy herë. Kadare mbetet i madh."


def test_case_ending_without_dash_still_read_as_base():
    got = base_form(Book("Prilli i thyer", "Ismail Kadaresë"), _SQ, "sq", '"Prilli i thyer" i Ismail Kadaresë')
    assert got.author == "Ismail Kadare"


def test_dashed_headline_other_part_does_not_guard():
    got = base_form(Book("Prilli i thyer", "Ismail Kadaresë"), _SQ, "sq", "Ismail Kadaresë – Prilli i thyer: një lexim")
    assert got.author == "Ismail Kadare"
    kept = base_form(Book("Prilli i thyer", "Ismail Kadaresë"), _SQ, "sq", "Prilli i thyer – Ismail Kadaresë")
    assert kept.author == "Ismail Kadaresë"
