"""scraper.extract.notes: content warnings and free-copy disclosures as more languages write them, and a copy of
another book that the writer will not review (a wrap-up's list), which is no disclosure."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

PLOT = "\n\n".join([
    "The story opens on a fishing island where the ferry stops coming in October and the school has three pupils.",
    "Most of the book is the long winter: storms, a broken radio, an old quarrel between two brothers that nobody explains.",
    "The ending opens onto the mainland and a family secret that I will leave for you to find.",
] * 3)


@pytest.mark.parametrize("note, listed", [
    ("Peringatan pemicu: perundungan, kematian orang tua.", "perundungan, kematian orang tua."),  # id
    ("Amaran kandungan: keganasan rumah tangga.", "keganasan rumah tangga."),  # ms
    ("Tartalmi figyelmeztetés: háború, éhezés.", "háború, éhezés."),  # hu
    ("Осторожно: самоубийство, война.", "самоубийство, война."),  # ru
    ("Onyo: vita na njaa.", "vita na njaa."),  # sw
    ("Varování: domácí násilí.", "domácí násilí."),  # cs
    ("TW // drowning, a house fire", "drowning, a house fire"),  # en, the // separator
])
def test_labelled_warnings_in_more_languages(note, listed):
    assert read_notes(note + "\n\n" + PLOT).content_warnings == listed


def test_a_warning_in_brackets_inside_the_opening_block():
    opening = "My notes on The Salt Road, read for the book club this week. (TW: a stillbirth, war) 1/4"
    assert read_notes(opening + "\n\n" + PLOT).content_warnings == "a stillbirth, war"
    # far down the review, a bracketed aside is the review's own words, not a note at its head
    assert read_notes(PLOT + "\n\n" + PLOT + "\n\nA closing word. (cw: spiders)").content_warnings is None


def test_a_note_before_the_review_saying_the_book_holds_hard_things():
    note = "A quick note for readers: the novel depicts the murder of a teacher in some detail."
    assert read_notes(note + "\n\n" + PLOT).content_warnings == note
    assert read_notes("A quick note for readers: I read this in two sittings.\n\n" + PLOT).content_warnings is None


@pytest.mark.parametrize("note", [
    "Jeg fikk et leseeksemplar av forlaget, takk for det.",  # no
    "Jag fick den inbundna utgåvan av förlaget förra månaden.",  # sv
    "Buku ini saya dapatkan dari penerbit sebagai bagian dari tur blog.",  # id
    "Terima kasih kepada penerbit atas kiriman novelnya.",
    "यह किताब प्रकाशक ने भेजी थी, पर राय मेरी अपनी है।",  # hi
    "समीक्षा के लिए यह प्रति मुझे मिली थी।",
])
def test_disclosures_in_more_languages(note):
    assert read_notes(note + "\n\n" + PLOT).disclosure is not None


@pytest.mark.parametrize("note", [
    "Un roman policier reçu en service de presse que je ne chroniquerai pas, il ne m'a pas plu.",
    "- A thriller ARC I received from the publisher but won't be reviewing, sadly.",
    "Ein Rezensionsexemplar erhalten, das ich nicht rezensieren werde.",
])
def test_a_copy_of_another_book_the_writer_will_not_review_is_no_disclosure(note):
    assert read_notes(PLOT + "\n\n" + note).disclosure is None
