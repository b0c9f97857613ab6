"""scraper.extract.rating: a run of one pictograph with its scale written after it, read with no rating label
("🦔🦔🦔 ze 5", "🍵🍵🍵🍵 of 10"); a score closing its clause before a spaced dash; Esperanto scores ("tri steloj el
kvin", "4 el 5"). Near misses: decoration, a count of things, a date, a lone pictograph, Spanish "el"."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, parse_rating


@pytest.mark.parametrize("line, raw, value", [
    ("Ježkometr: 🦔🦔🦔 ze 5 – za pomalý začátek jeden ježek dolů.", "🦔🦔🦔 ze 5", 0.6),  # cs, a coined label
    ("Teacup verdict 🍵🍵🍵🍵 of 10.", "🍵🍵🍵🍵 of 10", 0.4),  # en
    ("Kawomierz: ☕☕☕☕/5", "☕☕☕☕/5", 0.8),  # pl, the slash
    ("Eulenskala: 🦉🦉🦉🦉 von 5 – der Schluss hat mich versöhnt.", "🦉🦉🦉🦉 von 5", 0.8),  # de
    ("Котометр: 🐈🐈🐈 из 5.", "🐈🐈🐈 из 5", 0.6),  # ru
])
def test_scaled_pictograph_runs(line, raw, value):
    rating = find_rating([line])
    assert rating is not None and rating.raw == raw and rating.value == value, rating


@pytest.mark.parametrize("line", [
    "🎄🎄🎄 Veselé Vánoce všem čtenářům! 🎄🎄🎄",  # decoration, no scale
    "🎁🎁 of 5 gifts are still wrapped under the tree.",  # a count of things
    "📚📚 z 5. prosince máme novou zásilku.",  # a date
    "🐘 z 5 slonů v zoo je mladých.",  # a lone pictograph, a count
    "🌙🌙🌙🌙🌙🌙 of 5",  # more than the scale
])
def test_not_scaled_runs(line):
    assert find_rating([line]) is None


@pytest.mark.parametrize("text, value", [
    ("Mia juĝo: tri steloj el kvin.", 0.6),  # eo, worded
    ("Resume: 4 el 5.", 0.8),  # eo, digits
    ("Mia poentaro: naŭ steloj el 10", 0.9),
    ("Mia taksado: kvin steloj", 1.0),
])
def test_esperanto_scores(text, value):
    rating = find_rating([text])
    assert rating is not None and rating.value == value, rating


@pytest.mark.parametrize("text", [
    "Del 4 al 5 de mayo, el 4 el día de la feria.",  # es: "el" the article
    "Lo publicó el 4 de julio y el 5 de agosto.",
    "Il a pris du temps de cinq minutes.",  # fr "du" is not Esperanto's two
])
def test_not_esperanto(text):
    assert find_rating([text]) is None
