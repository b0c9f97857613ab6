"""Helper fields70 of the holdout70 round (carried from holdout69): spelled-out star scores in Romanian, Icelandic and
Basque (ratingwords: their star words, their number words, the Icelandic half).

"patru stele și jumătate" (ro), "fjórar og hálf stjarna" (is) and "lau izar eta erdi" (eu) were not read: the star words
"stele"/"stea", "stjörnur"/"stjarna", "izar" were missing, the Basque numbers and the Icelandic and Romanian forms the
N-stars shape reads (ratingwords.NUMBER_WORDS) too, and Icelandic "og hálf" stopped at its "f".

Near misses: a star word with no number before it, a number word with no star word.
"""

from __future__ import annotations

from scraper.extract.rating import parse_rating


def _value(text: str) -> float | None:
    found = parse_rating(text)
    return found.value if found else None


def test_romanian_star_words():
    assert _value("Nota mea: patru stele și jumătate") == 0.9
    assert _value("Nota mea: trei stele") == 0.6
    assert _value("Nota mea: 4,5 stele") == 0.9


def test_icelandic_star_words():
    assert _value("Einkunn: fjórar og hálf stjarna") == 0.9
    assert _value("Einkunn: þrjár stjörnur") == 0.6
    assert _value("Einkunn: 4 og hálf stjarna") == 0.9


def test_basque_star_words():
    assert _value("Puntuazioa: lau izar eta erdi") == 0.9
    assert _value("Puntuazioa: hiru izar") == 0.6
    assert _value("Puntuazioa: 5 izar") == 1.0


def test_star_words_with_no_score():
    assert _value("Am citit o carte despre stele și planete.") is None
    assert _value("Hún skrifaði um stjörnur og tunglið.") is None
    assert _value("Lau lagun joan ginen mendira.") is None
