"""Khmer and Lao star counts: the star word after its number ("៤ ផ្កាយ", "4 ດາວ"), after a label or given ("I give":
km "ខ្ញុំផ្តល់", lo "ຂ້ອຍໃຫ້"). Sentences of our own; near misses: the star word written on to another word (a satellite,
a planet), a count of books given."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

_PRE, _POST = ["The novel follows three sisters across one winter."], ["About the author: she teaches in Leeds."]


@pytest.mark.parametrize("line, value", [
    ("ខ្ញុំផ្តល់ ៣ ផ្កាយ។", 0.6),  # km, Khmer digits
    ("ពិន្ទុ៖ 4 ផ្កាយ", 0.8),  # km: a label
    ("ຂ້ອຍໃຫ້ 5 ດາວ.", 1.0),  # lo
    ("ຄະແນນ: ໓ ດາວ", 0.6),  # lo: a label, Lao digits
])
def test_km_lo_stars(line, value):
    rating = find_rating([*_PRE, line, *_POST])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line", [
    "មាន ៣ ផ្កាយរណប។",  # km: three satellites
    "ມີ 3 ດາວເຄາະ.",  # lo: three planets
    "ខ្ញុំផ្តល់ សៀវភៅ ៣ ក្បាល។",  # km: I give three books
])
def test_km_lo_near_misses(line):
    assert find_rating([*_PRE, line, *_POST]) is None
