"""scraper.extract.rating, round 26: two kinds of someone else's number that looked like the reviewer's score.

- a line led by a label that calls the score the readers' or users' (ratingshapes.AVERAGE_LEAD): it "Media dei lettori:
  4/5", ru "Средняя оценка читателей: 4.3/5", de "Leserwertung", en "Readers' rating", zh "读者评分"; or an average's with
  the two decimals a computed average has: en "Average rating: 4.12/5", fr "Note moyenne : 4,13/5", es "Valoración media",
  nl "Gemiddelde score", pl "Średnia ocen: 7,54/10", tr "Ortalama puan", ko "평균 별점: 4.31", ja "平均評価"; near misses: the
  reviewer's own labels ("My rating", "Meine Wertung", "Moja ocena", "My average: 4.25/5"), "My Goodreads rating: 4/5",
  a book club's own average with one decimal ("Gemiddeld cijfer van de club: 7,5/10"), a label of no average;
- a number that places a book in its series or a part in its book (ratingshapes.SERIES_PLACE): "Book #4 of 5", pl "Część
  4 z 5 cyklu", ru "Книга 4 из 5 цикла", nl "Deel 4 van 5 in de reeks", "Chapter 4 of 10 drags"; near misses: "4 z 5
  gwiazdek", "Ocena: 4 z 5", "Моя оценка: 4 из 5", "Mijn oordeel: 4 van 5".
"""

from __future__ import annotations

import pytest

from tests.cleaning import line_rating as _rating



@pytest.mark.parametrize(
    "line",
    [
        "Average rating: 3.87/5",
        "Note moyenne : 3,84/5",
        "Valoración media: 3,71/5",
        "Media dei lettori: 3/5",
        "Gemiddelde score: 3,62/5",
        "Średnia ocen: 6,93/10",
        "Средняя оценка читателей: 3.9/5",
        "Ortalama puan: 3,81/5",
        "Leserwertung: 3/5",
        "Readers’ rating: 3.7/5",
        "读者评分：3/5",
        "평균 별점: 3.91",
        "平均評価：3.82/5",
    ],
)
def test_an_average_or_the_readers_score_is_no_rating(line):
    assert _rating(line) is None


@pytest.mark.parametrize(
    "line,value",
    [
        ("Rating: 3/5", 0.6),
        ("My rating: 3/5", 0.6),
        ("Meine Wertung: 3/5", 0.6),
        ("Moja ocena: 3/5", 0.6),
        ("My Goodreads rating: 3/5", 0.6),
        ("Rough streets, dark alleys: 3/5", 0.6),
        ("My average: 3.25/5", 0.65),
        ("Gemiddeld cijfer van de club: 6,5/10", 0.65),
    ],
)
def test_near_miss_the_reviewers_own_labels(line, value):
    assert _rating(line) == value


@pytest.mark.parametrize(
    "line",
    ["Book #3 of 5", "Część 3 z 5 cyklu", "Книга 3 из 5 цикла", "Deel 3 van 5 in de reeks", "Chapter 3 of 10 drags"],
)
def test_a_place_in_a_series_is_no_rating(line):
    assert _rating(line) is None


@pytest.mark.parametrize(
    "line,value",
    [("3 z 5 gwiazdek", 0.6), ("Ocena: 3 z 5", 0.6), ("Моя оценка: 3 из 5", 0.6), ("Mijn oordeel: 3 van 5", 0.6)],
)
def test_near_miss_the_same_shape_as_a_score(line, value):
    assert _rating(line) == value


# round 26, later: a page, an episode, a day, a week or a round of a challenge is a place too; a price is no score;
# the date words of more languages before a day and month written as a fraction
@pytest.mark.parametrize(
    "line",
    ["Page 3 of 5", "Seite 3 von 5", "Strona 3 z 5", "Página 3 de 5", "Страница 3 из 5", "p. 3/5", "S. 3/5",
     "Folge 3 von 5", "Week 3 of 10", "Jour 3 sur 5", "Round 3 of 5"],
)
def test_a_page_episode_or_day_is_no_rating(line):
    assert _rating(line) is None


@pytest.mark.parametrize("line", ["Price: 5/10 dollars", "Preis: 7 von 10 Euro", "Cena: 3 z 5 zł"])
def test_a_price_is_no_rating(line):
    assert _rating(line) is None


@pytest.mark.parametrize("line", ["Dibaca: 3/5", "Okundu: 3/5", "Olvasva: 3/5", "Przeczytane: 3/5", "Terminé le 3/5"])
def test_a_reading_date_is_no_rating(line):
    assert _rating(line) is None


@pytest.mark.parametrize(
    "line,value",
    [("3 out of 5 stars", 0.6), ("7 von 10 Punkten", 0.7), ("3/5 – krásná kniha", 0.6), ("Tome 2 : 3/5", 0.6),
     ("Ma note : 3/5 pour ce tome", 0.6), ("Puan: 3/5", 0.6)],
)
def test_near_miss_scores_beside_those_words(line, value):
    assert _rating(line) == value
