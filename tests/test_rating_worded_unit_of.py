"""A worded score, its unit, "of" and a worded scale ("number-word + unit + of + number-word", ratingnumerals), read
with every number-word table: num2words' words and ratingwords' short and inflected ones ("osm", "tám", "deseti",
"dešimties"), the el "of" "στους", hr/sr star words, fi
"pistettä" before the elative scale. Phrases of our own; near misses: an article before a noun ("un libro de cinco"),
things counted after the scale."""

from __future__ import annotations

import pytest

from scraper.extract.rating import parse_rating


@pytest.mark.parametrize("text, value", [
    ("sedm bodů z deseti", 0.7),  # cs
    ("bảy điểm trên mười", 0.7),  # vi
    ("septyni balai iš dešimties", 0.7),  # lt
    ("επτά βαθμοί στους δέκα", 0.7),  # el
    ("tri zvjezdice od deset", 0.3),  # hr
    ("שבע נקודות מתוך עשר", 0.7),  # he
    ("seitsemän pistettä kymmenestä", 0.7),  # fi
])
def test_number_word_unit_of_scale(text, value):
    rating = parse_rating(text)
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("text", [
    "un libro de cinco",  # es: an article, "a book of five"
    "ein Buch von zehn",  # de
    "sedm kapitol z deseti mě nudilo",  # cs: the chapters counted, the sentence goes on
])
def test_near_misses(text):
    assert parse_rating(text) is None
