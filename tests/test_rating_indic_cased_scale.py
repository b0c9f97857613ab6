"""The scale first as a worded numeral with its case written on, then the worded score, the half before it: gu
"પાંચમાંથી સાડા ચાર" (from among five, four and a half), ne "दसमा आठ" (in ten, eight); gu numbers (num2words has no
gu) and gu "from my side" as a first-person cue. Our own words; near misses stay none."""

import pytest

from scraper.extract.rating import find_rating, parse_rating


@pytest.mark.parametrize("text, value", [
    ("દસમાંથી સાત", 0.7),  # gu
    ("પાંચમાંથી સાડા ત્રણ", 0.7),  # gu, with the half before its number
    ("दसमा आठ", 0.8),  # ne
    ("पाँचमा साढे चार", 0.9),  # ne, the half before
])
def test_cased_worded_scale(text, value):
    assert parse_rating(text).value == value


def test_gu_first_person_cue():
    lines = ["વાર્તા ગામડાની છે અને ભાષા સરળ છે.", "મારા તરફથી દસમાંથી આઠ. ચોમાસામાં વાંચવા જેવી."]
    assert find_rating(lines).value == 0.8


@pytest.mark.parametrize("text", [
    "पाँचमा कक्षामा पढ्दा यो किताब भेटें",  # ne: "in the fifth (class)", no score after
    "પાંચમાંથી કોઈ પણ વાર્તા",  # gu: "any of the five stories", no number after
    "पाँचमा सात",  # a score above its scale
])
def test_near_misses(text):
    assert parse_rating(text) is None
