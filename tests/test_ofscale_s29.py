"""rating: a score written "N of M" with the language's own word for "of" (Amharic "ከ", Tigrinya "ካብ", Kurdish "ji",
Javanese "saka", Sundanese "tina", Kinyarwanda "kuri", Igbo "n'ime", Malagasy "amin'ny"), Ethiopic numerals as
numbers; and Amharic's review labels before the Ethiopic colon ("የመጽሐፍ ቅኝት፦ «T» – A")."""

from __future__ import annotations

import pytest

from scraper.extract.book import REVIEW_PREFIX
from scraper.extract.rating import parse_rating


@pytest.mark.parametrize("line, value", [
    ("ነጥብ፦ 4 ከ 5", 0.8),
    ("ነጥብ፦ ፬ ከ ፭", 0.8),  # Ethiopic numerals
    ("ነጥብ፦ ፰ ከ ፲", 0.8),
    ("Rating: 3 ካብ 5", 0.6),
    ("Puan: 4 ji 5", 0.8),
    ("Biji: 9 saka 10", 0.9),
    ("Peunteun: 4 tina 5", 0.8),
    ("Amanota: 3 kuri 5", 0.6),
    ("Rating: 4 n'ime 5", 0.8),
    ("Naoty: 4 amin'ny 5", 0.8),
])
def test_of_words_read(line, value):
    rating = parse_rating(line)
    assert rating is not None and rating.value == value, (line, rating)


@pytest.mark.parametrize("line", [
    "ከ 5 እስከ 10 ዓመት ድረስ ጻፈው።",  # "from 5 to 10 years": a span, no score
    "ደራሲው በ2 ከ10 ዓመት በፊት ሞተ።",
    "Aku maca buku iki saka 2019 nganti saiki.",  # jv "since 2019": no scale after it
])
def test_spans_and_dates_are_no_scores(line):
    assert parse_rating(line) is None


@pytest.mark.parametrize("headline", ["የመጽሐፍ ቅኝት፦ «ፍቅር እስከ መቃብር» – ሐዲስ ዓለማየሁ", "ዳሰሳ፦ «ኦሮማይ» – በዓሉ ግርማ",
                                      "ግምገማ፦ «ከአድማስ ባሻገር» – በዓሉ ግርማ"])
def test_amharic_label_before_the_ethiopic_colon(headline):
    assert REVIEW_PREFIX.match(headline)


def test_a_headline_without_label_keeps_its_words():
    assert not REVIEW_PREFIX.match("ቅኝት በአዲስ አበባ ከተማ ተደረገ")  # "a survey was made in Addis Ababa": no colon
