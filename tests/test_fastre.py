"""scraper.extract.fastre: an alternation grouped by first letter matches exactly what it matched as written."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.extract.fastre import by_first_letter, split_alternatives
from scraper.extract.platforms import _PAYMENT_EXACT, _PAYMENT_STEM

# alternatives whose order decides which one matches: shared prefixes, one inside another, a letter's alternatives
# on both sides of one that also matches letters (\w+, a class, an upper-case letter, the Kelvin sign, an optional
# letter), groups and classes holding "|"
ORDERED = [
    r"ab|abc|a|b|ba|bab",
    r"kx|\w+|ky|k",
    r"kx|[a-z]yz|ky",
    r"kx|Kyz|ky",
    "kx|\u212ayz|ky",
    r"kx|k?yz|ky",
    r"s(ab|c)|[|s]x|sa|s\|b",
    r"paypal(\.me)?|pix|paypay|p|pa",
    r"été|e|ét|\d+|e\d",
    r"swish(a\w{0,2}|en)?|swish|sw|[בל]?ביט|ב|s",
]
TEXT = st.text(alphabet="abcdekpsxyzABKSXYZ\u212a\u017f\u0131 .|-ביטé0123", max_size=30)


def _same(pattern: str, text: str, flags: int) -> None:
    grouped = re.compile(by_first_letter(pattern), flags)
    original = re.compile(pattern, flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in original.finditer(text)], (pattern, text)
    match = grouped.fullmatch(text)
    assert (match and match.span()) == ((m := original.fullmatch(text)) and m.span()), (pattern, text)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(ORDERED), TEXT, st.sampled_from([0, re.I]))
def test_grouped_alternation_matches_the_same_as_written(pattern, text, flags):
    _same(pattern, text, flags)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeiklmnoprstuvwyz \u212a\u0131\u017f-.", max_size=40), st.sampled_from([_PAYMENT_EXACT, _PAYMENT_STEM]))
def test_service_names_match_the_same_as_written(text, names):
    _same(names, text, re.I)
    _same(names, "paypal.me kaspi swishen " + text, re.I)


def test_grouping_moves_nothing_past_a_wall():
    assert by_first_letter("ka|kb|la|kc") == "k(?:a|b|c)|la"
    # \w+ may match where "k…" does: "kz" stays after it, as written
    assert by_first_letter(r"ka|\w+|kz") == r"ka|\w+|kz"
    # another script's letter cannot: "kz" joins "ka"
    assert by_first_letter("ka|ж|kz") == "k(?:a|z)|ж"


def test_letters_like_ascii_ones_are_walls():
    # case-insensitively İ and ı match "i", ſ matches "s", the Kelvin sign "k": "ly" may not move before "Cyz"
    for letter, alike in (("i", "\u0130"), ("i", "\u0131"), ("s", "\u017f"), ("k", "\u212a")):
        pattern = f"{letter}x|{alike}yz|{letter}y"
        _same(pattern, f"{letter}yz", re.I)
        _same(pattern, f"{letter.upper()}yz", re.I)


def test_alternatives_split_outside_groups_and_classes_only():
    assert split_alternatives(r"a(b|c)|[|x]|d\|e|[]|]|f") == ["a(b|c)", "[|x]", r"d\|e", "[]|]", "f"]
