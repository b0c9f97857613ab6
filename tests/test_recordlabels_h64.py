"""A record's title row in the languages the title labels lacked (bookinfo: mt/ro "Titlu", cy "Teitl", sq "Titulli",
hr "Naslov", lt "Pavadinimas" …), and the hard things a warning label's note names in Maltese, Albanian, Irish,
Gaelic and Icelandic (notewords.HARD). Our own words."""

from __future__ import annotations

import pytest

from scraper.extract.booklabelfields import field_pairs, labelled_fields
from scraper.extract.notes import find_content_warnings
from scraper.extract.notewords import names_hard_thing


def _fields(lines: list[str]):
    return labelled_fields(field_pairs(lines, None))


@pytest.mark.parametrize("lines, expected", [
    (["Titlu: Il-Baħar Kwiet", "Awtur: Mario Azzopardi", "Pubblikatur: Dar Ġdida"], ("Il-Baħar Kwiet", "Mario Azzopardi")),
    (["Titulli: Deti i qetë", "Autori: Arben Kelmendi", "Botuesi: Shtëpia e Re"], ("Deti i qetë", "Arben Kelmendi")),
    (["Teitl: Y Môr Llonydd", "Awdur: Gwen Parri"], ("Y Môr Llonydd", "Gwen Parri")),
    (["Naslov: Tiho more", "Autor: Ivana Kovač", "Nakladnik: Nova kuća"], ("Tiho more", "Ivana Kovač")),
    (["Pavadinimas: Ramioji jūra", "Autorius: Rūta Petraitė"], ("Ramioji jūra", "Rūta Petraitė")),
])
def test_title_rows(lines, expected):
    assert _fields(lines) == expected


def test_near_miss_rows_without_a_title_label():
    # a publisher's and a translator's rows name no title; a "Pubblikatur" row is no title row
    assert _fields(["Pubblikatur: Dar Ġdida", "Traduttur: Mario Azzopardi"])[0] is None
    assert _fields(["Botuesi: Shtëpia e Re", "Faqe: 240"])[0] is None


@pytest.mark.parametrize("text", [
    "Twissija: il-ktieb jitkellem fuq il-mewt ta' omm u l-vjolenza fid-dar.",
    "Paralajmërim: romani përshkruan dhunë në familje.",
    "Rabhadh: tá bás linbh agus foréigean sa scéal.",
    "Viðvörun: bókin fjallar um sjálfsvíg og ofbeldi.",
])
def test_warning_notes_name_hard_things(text):
    assert find_content_warnings([("text", text), ("text", "Një roman i gjatë e i bukur për detin dhe familjen.")])


@pytest.mark.parametrize("text", [
    "Twissija: il-ktieb huwa twil u kiesaħ, iżda jiswa.",  # a warning that it is long: no hard thing
    "Rabhadh: tá an leabhar fada.",
])
def test_near_miss_warning_of_nothing_hard(text):
    # (mt "Twissija", ga "Rabhadh" warn only when the note names a hard thing)
    assert find_content_warnings([("text", text), ("text", "Ir-rumanz huwa twil u sabiħ dwar il-baħar u l-familja.")]) is None


@pytest.mark.parametrize("text", ["libri është i gjatë", "bókin er löng og eignin er stór", "morgunn við sjóinn", "tá an bád sa chuan"])
def test_near_miss_no_hard_word(text):
    # (Icelandic "eign", property; "morgunn", morning; Irish "bád", a boat: no hard thing)
    assert not names_hard_thing(text)
