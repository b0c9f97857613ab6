"""holdout78–81 round (helper booklatin), in our own words: bookrescueauthor._latin_author took a sentence's first word
and a character's given name ("Journey Fanton …", the text naming "Fanton Drummond") for a writer, ran a name on
past Indonesian/Malay "di" (at, in: "A di Bloomington").

Fires: id and ms posts naming the writer mid-sentence before "di" and a place; a sentence opening on a noun and a
character's given name skipped (id, ms, tl). Near misses: an Italian "di" inside a name stays ("Lorenzo di Santo"), a
sentence opening on a real full name the text says again mid-sentence still counts.
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookrescue import Page
from scraper.extract.bookrescueauthor import _latin_author


def _page(lines, lang, tags=()):
    return Page("Sebuah judul", list(lines), list(tags), context=Context("\n".join(lines), (), lang))


@pytest.mark.parametrize("lang,lines,author", [
    ("id", ["Saya membaca novel yang ditulis Sari Wulandari di Yogyakarta pada tahun sembilan puluhan ini.",
            "Wulandari menulis dengan tenang.", "Di akhir buku Wulandari menambahkan catatan."], "Sari Wulandari"),
    ("ms", ["Novel ini dikarang oleh Aminah Yusof di Pulau Pinang ketika beliau masih muda.",
            "Yusof menulis tentang laut.", "Saya suka cara Yusof bercerita."], "Aminah Yusof"),
])
def test_di_is_at_a_place_not_a_particle(lang, lines, author):
    assert _latin_author(_page(lines, lang), "Kota Hujan", 1) == author


@pytest.mark.parametrize("lang,lines", [
    ("id", ["Rudi Hartono, seorang lelaki sepi, bertemu Maya di pasar.", "Rudi mengejar Maya ke kota lain.",
            "Perjalanan Rudi terasa berulang. Rudi lelah, Rudi pulang."]),
    ("ms", ["Rudi Hartono, lelaki yang sunyi, bertemu Maya di pasar.", "Rudi mengejar Maya ke bandar lain.",
            "Pengembaraan Rudi terasa berulang. Rudi penat, Rudi pulang."]),
    ("tl", ["Si Rudi Hartono ay nag-iisang lalaki na nakilala si Maya.", "Hinabol ni Rudi si Maya sa lungsod.",
            "Paglalakbay Rudi ay paulit-ulit. Napagod si Rudi at umuwi si Rudi."]),
])
def test_a_sentences_noun_before_a_characters_given_name_is_no_writer(lang, lines):
    assert _latin_author(_page(lines, lang), "Kota Hujan", 1) not in ("Perjalanan Rudi", "Pengembaraan Rudi",
                                                                        "Paglalakbay Rudi")


def test_an_italian_di_inside_a_name_stays():
    lines = ["Il romanzo di Lorenzo di Santo racconta un porto.", "Lo stile è quello di Santo, piano.",
             "Mi piace come Santo scrive."]
    assert _latin_author(_page(lines, "it"), "Il porto", 1) == "Lorenzo di Santo"


def test_a_real_name_opening_a_sentence_still_counts():
    lines = ["Sari Wulandari menulis novel ini di Bandung.", "Tokohnya Maya.", "Wulandari menulis tenang.",
             "Saya suka cara Wulandari bercerita."]
    assert _latin_author(_page(lines, "id"), "Kota Hujan", 1) == "Sari Wulandari"
