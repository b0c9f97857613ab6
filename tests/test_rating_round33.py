"""Ratings (holdout33 round, helper NOTES), in our own words, with near misses: a school mark in digits with its plus
or minus after a rating label (fi "Arvosana: 9-" = 8¾ of 10, nl "Cijfer: 7+", ru "Оценка: 4+" of five), no bare
number after a label of age; the Catalan, Galician and Basque rating labels; tr "Benden 10 üzerinden 8" (from me) as a
first-person cue."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

_FILLER_FI = "Romaani kertoo majakanvartijasta, joka kirjaa jokaisen ohi kulkevan laivan päiväkirjaansa."
_FILLER_TR = "Roman, her akşam karşı kıyının ışıklarını sayan bir kayıkçı kadını anlatıyor."


@pytest.mark.parametrize(
    "line, raw, value",
    [
        ("Arvosana: 8- eli melkein kahdeksan.", "8-", 0.775),
        ("Kouluarvosana: 9+", "9+", 0.925),
        ("Arvosanani: 10-", "10-", 0.975),
        ("Cijfer: 7+", "7+", 0.725),
        ("Оценка: 4+", "4+", 0.85),
        ("Оценка: 5-", "5-", 0.95),
    ],
)
def test_a_school_mark_with_its_sign_after_a_label(line, raw, value):
    rating = find_rating([_FILLER_FI, line])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize(
    "line",
    [
        "Age rating: 7+",  # a reader's age, no score
        "Ikäraja: 12+",
        "Note: 2-",  # de: a school grade where 1 is best, no bare number
        "Sivuja: 9- ja kansikuva on kaunis.",  # no rating label
    ],
)
def test_no_signed_mark_without_a_scoring_label(line):
    assert find_rating([_FILLER_FI, line]) is None


def test_a_range_after_a_label_is_no_signed_mark():
    rating = find_rating([_FILLER_FI, "Arvosana: 8-9"])
    assert rating is None or rating.raw != "8-"


@pytest.mark.parametrize(
    "line, raw",
    [
        ("(2/2) Valoració: 3 de 5. Em va saber greu el final.", "3 de 5"),  # ca, after a thread's counter
        ("Puntuació: 7/10, i la tornaria a llegir.", "7/10"),
        ("Qualificació: ★★★★☆", "★★★★☆"),
        ("Cualificación: 4/5", "4/5"),  # gl
        ("Balorazioa: 4/5", "4/5"),  # eu
    ],
)
def test_catalan_galician_and_basque_labels(line, raw):
    rating = find_rating(["Una novel·la sobre una barquera del riu que compta els llums de l'altra riba.", line])
    assert rating is not None and rating.raw == raw


def test_a_catalan_label_inside_a_sentence_about_others_is_not_the_reviewers():
    assert find_rating(["La valoració dels lectors és 4 de 5 segons la web, però jo en dubto molt."]) is None


def test_turkish_from_me_is_a_first_person_cue():
    rating = find_rating([_FILLER_TR, "Sonu biraz aceleye gelmiş. Benden 10 üzerinden 8. Kış akşamları için öneririm."])
    assert rating is not None and rating.value == 0.8
    # near miss: the score given by someone else, no cue of the writer's own
    assert find_rating([_FILLER_TR, "Sonu biraz aceleye gelmiş. Kulüpteki arkadaşlar ortalama 10 üzerinden 8 verdi, bilmiyorum."]) is None
