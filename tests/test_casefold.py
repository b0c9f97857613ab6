"""casefold: the folding the rating and note rules test text with before a case-insensitive pattern runs must never
make them miss a match, checked against Python's re over every code point."""

import re

import pytest

from scraper.extract import ratingwords
from scraper.extract.casefold import fold, stems

EVERY = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
FOLDED = fold(EVERY)


def _where(pattern: str, text: str) -> set[int]:
    return {m.start() for m in re.finditer(pattern, text)}


def test_folding_keeps_length_digits_and_never_makes_a_word_character():
    assert len(FOLDED) == len(EVERY)
    assert _where(r"\d", FOLDED) == _where(r"\d", EVERY)
    assert _where(r"\w", FOLDED) <= _where(r"\w", EVERY)


@pytest.mark.parametrize("words", [ratingwords._LABEL_WORDS + ratingwords._OVERALL, "".join(ratingwords.NUMBER_WORDS),
                                   ratingwords._STAR_WORDS + ratingwords._DEN_WORDS])
def test_what_re_ignorecase_matches_to_a_letter_folds_to_the_same(words):
    for letter in sorted(set(words) - set("\\()[]?:|+*")):
        matched = {m.group() for m in re.finditer(re.escape(letter), EVERY, re.IGNORECASE)}
        assert {fold(c) for c in matched} == {fold(letter)}, letter


def test_the_letters_lowercase_keeps_apart():
    assert fold("İNFO ſtars ΣΟΦΟΣ µ ᲂ") == "info stars σοφοσ μ о"
    assert fold("Rating") == "rating"


def test_stems_are_what_every_match_holds():
    assert stems(r"ratings?|valoraci[oó]n|puan(?:ım)?|(?:मेरी\s+)?रेटिंग|finale?|הציון\s+שלי|הציון|Wertung|bewertung") == (
        "final", "puan", "rating", "valoraci", "wertung", "הציון", "रेटिंग")
    with pytest.raises(ValueError):
        stems(r"\d+|score")
