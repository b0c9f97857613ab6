"""Worded scores in gl, lb and es ("and a half" in the masculine), a score a book "deserves" in prose, and a publisher's
copy "provided" in lv, lt, hu, cs (round 4, holdout47). Our own sentences; near misses left alone."""

from scraper.extract.notes import _marked_disclosure
from scraper.extract.rating import find_rating


def _value(lines):
    rating = find_rating(lines)
    return None if rating is None else round(rating.value, 3)


def test_galician_number_words():
    assert _value(["Puntuación: dúas estrelas de cinco"]) == 0.4
    assert _value(["Valoración: catro estrelas de cinco"]) == 0.8


def test_luxembourgish_scale_and_label():
    assert _value(["Eis Bewäertung: 3 vu 5 Stären"]) == 0.6
    assert _value(["Bewäertung: véier vun fënnef Stären"]) == 0.8


def test_luxembourgish_of_word_is_not_french_seen():
    assert _value(["J'ai vu 5 films cette année, et en 2019 vu 5 fois le même."]) is None


def test_masculine_half_in_spanish_and_galician():
    assert _value(["Un libro raro y valiente.", "Le doy tres y medio sobre cinco, sin dudarlo mucho más de la cuenta."]) == 0.7


def test_deserves_before_the_score():
    lines = ["Opening paragraph about a slow novel.",
             "Zbirka si po mojem zasluži štiri od petih zvezdic, a nič več kot to, žal."]
    assert _value(lines) == 0.8
    assert _value(["Uvod.", "Na kraju: roman zaslužuje četiri od pet zvjezdica i nove čitatelje u jesen."]) == 0.8
    assert _value(["Algo.", "Una novela que merece cuatro de cinco estrellas y bastantes lectores nuevos."]) == 0.8
    assert _value(["Etwas.", "Der Band verdient drei von fünf Sternen und ein größeres Publikum im Herbst."]) == 0.6


def test_deserves_near_misses():
    # more words between the verb and the score
    assert _value(["x", "It deserves more than two stars out of five, honestly, and many readers agree."]) is None
    # negated
    assert _value(["x", "Zgodba ne zasluži dveh od petih zvezdic, kot trdijo nekateri drugi bralci."]) is None
    # a first-person cue in the sentence decides: the score given, not the one deserved
    assert _value(["x", "It deserves five stars out of five, but I give it three out of five, sadly for all."]) == 0.6


def test_provided_by_the_publisher_in_several_languages():
    assert _marked_disclosure("Eksemplāru apskatam nodrošināja izdevniecība «Zvaigzne».", set_apart=True)
    assert _marked_disclosure("Knygą apžvalgai suteikė leidykla „Alma“.", set_apart=True)
    assert _marked_disclosure("A recenziós példányt a kiadó biztosította.", set_apart=True)
    assert _marked_disclosure("Recenzní výtisk poskytlo nakladatelství Host.", set_apart=True)


def test_provided_near_misses():
    # not set apart: a sentence of the review, left to the sentence rules
    assert not _marked_disclosure("Izdevniecība nodrošināja grāmatai skaistu vāku.")
    # no publisher named
    assert not _marked_disclosure("Autore nodrošināja lasītājiem labu vakaru.", set_apart=True)
