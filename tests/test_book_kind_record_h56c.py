"""A record line "T, <kind> <by> A" set apart at the post's edge (holdout54/56 rounds, helper book56c), in our own words:
fragmentrecord.kind_record reads the title, the kind's word (a novel, nobela, roman, novela, Roman, novel …) and the
maker after the language's word for "by" (by, ni, de, d', von, karya, di, ya …), the author's initials kept, the
surname named again elsewhere in the text; fragment_book takes it from the first two or last three lines, one such
line only.
"""

from __future__ import annotations

from scraper.extract.book import Book
from scraper.extract.fragmentrecord import fragment_book, kind_record


def _book(lines: list[str]) -> Book | None:
    return fragment_book(None, lines, "\n".join(lines))


def test_tagalog_record_with_an_initial():
    lines = ["Tatlong henerasyon ng mga mangingisda ang sinusundan ng aklat, mula sa isang maliit na isla.",
             "Malinaw ang boses ni Villanueva, lalo na sa mga eksena sa dagat.",
             "Marka: 4 sa 5", "Ang Huling Lambat, nobela ni Teodora P. Villanueva"]
    found = _book(lines)
    assert (found.title, found.author) == ("Ang Huling Lambat", "Teodora P. Villanueva")


def test_record_lines_in_several_languages():
    assert kind_record("The Salt Orchard, a debut novel by Mira Quellan", "Quellan writes slowly.") == ("The Salt Orchard", "Mira Quellan")
    assert kind_record("Le Jardin des pluies, roman de Claire Moreau, Éditions du Port, 2021", "Moreau décrit.") == ("Le Jardin des pluies", "Claire Moreau")
    assert kind_record("Les Heures lentes, roman d'Odile Faure", "Faure écrit court.") == ("Les Heures lentes", "Odile Faure")
    assert kind_record("La casa del faro, una novela escrita por Luis Ortega", "Ortega cuenta.") == ("La casa del faro", "Luis Ortega")
    assert kind_record("Die stille Stadt, Roman von Anna Berger", "Berger erzählt.") == ("Die stille Stadt", "Anna Berger")
    assert kind_record("Rumah di Ujung Jalan, sebuah novel karya Dewi Larasati", "Larasati menulis.") == ("Rumah di Ujung Jalan", "Dewi Larasati")
    assert kind_record("Il mare d'inverno, romanzo di Marta Galli (Sellerio, 2020)", "la Galli scrive") == ("Il mare d'inverno", "Marta Galli")
    assert kind_record("Mvua ya Kwanza, riwaya ya Amani Mwakyusa", "Mwakyusa anaandika") == ("Mvua ya Kwanza", "Amani Mwakyusa")


def test_record_opening_the_post():
    lines = ["De lange winter, roman van Pieter Ligthart", "Ligthart schrijft over een dorp dat wacht op de dooi.",
             "Het boek is kort maar blijft hangen."]
    found = _book(lines)
    assert (found.title, found.author) == ("De lange winter", "Pieter Ligthart")


def test_author_never_named_again_is_not_read():
    assert kind_record("The Salt Orchard, a novel by Mira Quellan", "She writes slowly.") is None
    assert kind_record("The Salt Orchard, a novel by Mira Quellan", "Quellanova writes slowly.") is None


def test_no_kind_word_or_a_credit_is_not_a_record():
    assert kind_record("The Salt Orchard, a photo by Mira Quellan", "Quellan took it.") is None
    assert kind_record("Cover, design by Mira Quellan", "Quellan drew it.") is None
    assert kind_record("Yesterday I finished it, and by Mira Quellan", "Quellan") is None
    assert kind_record("The Salt Orchard, A Novel by Mira Quellan", "Quellan") is None  # (a capitalised subtitle's words)


def test_a_sentence_running_on_is_not_a_record():
    assert kind_record("The Salt Orchard, a novel by Mira Quellan, is the best thing I have read this year and more",
                       "Quellan") is None


def test_two_records_are_a_list_of_books():
    lines = ["Three books for the long evenings.", "Quellan and Osei both write about the sea.",
             "The Salt Orchard, a novel by Mira Quellan", "Tidewater, a memoir by Kofi Osei"]
    assert _book(lines) is None


def test_a_record_in_the_middle_is_left_alone():
    lines = ["Quellan's book came out in spring.", "It was her third.", "The Salt Orchard, a novel by Mira Quellan",
             "It follows a family of growers.", "The middle drags.", "Quellan ends it well.", "Four stars."]
    assert _book(lines) is None

