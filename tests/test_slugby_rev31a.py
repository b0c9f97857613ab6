"""``bookclues._joined_runs``: two capitalised runs are joined with the small words between where the address spells
the whole ("Raden Mandasia si Pencuri …", "Cien Años de Soledad"), never across a word that credits a person ("by",
"von", "door", "av", "karya", "przez"): "T by A" under "/t-by-a/" is a title and its author. Invented titles."""

from __future__ import annotations

from scraper.extract.bookclues import _joined_runs


def test_never_across_by():
    for line, slug in (("The Copper Gate by Teodor Brask is out", " the copper gate by teodor brask "),
                       ("Die Schleuse von Eva Lindner gelesen", " die schleuse von eva lindner "),
                       ("De Sluis door Eva Lindner gelezen", " de sluis door eva lindner "),
                       ("Slussen av Eva Lindner", " slussen av eva lindner "),
                       ("Rumah Kaca karya Eka Putri", " rumah kaca karya eka putri ")):
        runs = _joined_runs(line, slug)
        assert not any(" by " in r or " von " in r or " door " in r or " av " in r or " karya " in r for r in runs), runs


def test_small_words_still_joined():
    assert "Kota Tua si Penjual Roti" in _joined_runs("Kota Tua si Penjual Roti", " kota tua si penjual roti ")
    assert "Casa de Piedra" in _joined_runs("Casa de Piedra", " casa de piedra ")
