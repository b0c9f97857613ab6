"""A Finnish surname's genitive with the weak grade of a cluster before its last vowel (bookfinnish): "Kanto" →
"Kannon", "Pelto" → "Pellon", "Lampi" → "Lammin", so that a headline "A: T" is vouched for by a text that names the
author only as the book's owner. Near misses: the same forms on an English page, a Finnish text that never names the
author in any form, and the older grades still read."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookfinnish import finnish_genitives

_REST = [
    "Tarina alkaa pienestä saaristokylästä, jossa talvi tulee aina liian aikaisin ja jää pitkään.",
    "Päähenkilö kirjoittaa kirjeitä sisarelleen, joka on muuttanut kaupunkiin eikä vastaa niihin.",
    "Loppu on hiljainen mutta vahva, ja jäin miettimään sitä vielä monta päivää myöhemmin.",
    "Kieli on tiivistä ja kaunista, ja moni lause jäi mieleeni pitkäksi aikaa lukemisen jälkeen.",
    "Suosittelen kirjaa kaikille, jotka pitävät hitaista ja tunnelmallisista tarinoista meren rannalla.",
]


def _book(headline: str, opening: str, lang: str = "fi"):
    body = "".join(f"<p>{p}</p>" for p in [opening, *_REST]) + "<p>Arvosana: 4/5</p><p>★★★★☆</p>"
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            "</article></body></html>")
    page = extract_page(html, "https://lukunurkka.example.fi/2026/12/talvilinnut")
    return page.book_title, page.book_author


def test_cluster_genitive_vouches_for_a_headline():
    assert _book("Marjut Kanto: Talvilinnut", "Kannon uusin romaani on hänen tähänastisista kirjoistaan paras.") \
        == ("Talvilinnut", "Marjut Kanto")


def test_weak_grades_of_clusters():
    assert "Pellon" in finnish_genitives("Pelto", "fi")
    assert "Lammin" in finnish_genitives("Lampi", "fi")
    assert "Rannan" in finnish_genitives("Ranta", "fi")
    assert finnish_genitives("Mukka", "fi") == ["Mukan", "Mukkan"]  # (the doubled consonant as before)
    assert finnish_genitives("Oksanen", "fi") == ["Oksasen"]


def test_not_on_an_english_page():
    assert finnish_genitives("Kanto", "en") == []


def test_author_never_named_is_not_vouched():
    _title, author = _book("Marjut Kanto: Talvilinnut", "Uusin romaani on kirjailijan tähänastisista kirjoista paras.")
    assert author != "Marjut Kanto"
