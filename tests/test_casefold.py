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


@pytest.mark.parametrize("words", [ratingwords.LABEL_WORDS + ratingwords.OVERALL, "".join(ratingwords.NUMBER_WORDS),
                                   ratingwords.STAR_WORDS + ratingwords.DEN_WORDS])
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


def _guarded_patterns():
    import importlib
    import pkgutil

    import scraper.extract as package
    from scraper.extract.casefold import Guarded

    found = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"scraper.extract.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Guarded):
                found[f"{info.name}.{name}"] = value
    return found


def test_a_guarded_pattern_answers_as_the_pattern_does():
    # (lines that hold a guarded pattern's words, and lines that do not: every method, same answers)
    lines = ["Follow me on Instagram: @ana.reads", "All rights reserved.", "I got a free copy from NetGalley",
             "Join our WhatsApp group!", "ALL RIGHTS RESERVED", "Posted by “Jane Doe”", "ΟΔΟΣ ΚΑΙ ΦΕΙΣΜΠΟΥΚ",
             "Kindly, İstanbul'dan", "This novel is about grief, and it is lovely.", "", "Ko-fi: ko-fi.com/lamp",
             "This post first appeared on my blog", "Support me on Patreon", "adaptation of the film by Ana Lee"]
    patterns = _guarded_patterns()
    assert len(patterns) >= 10
    for name, guarded in patterns.items():
        pattern = guarded._pattern
        for line in lines + [guarded._stems[0], f"x {guarded._stems[-1]} y"]:
            for method in ("search", "match", "fullmatch"):
                ours, theirs = getattr(guarded, method)(line), getattr(pattern, method)(line)
                assert (ours and ours.span()) == (theirs and theirs.span()), (name, method, line)
            assert guarded.findall(line) == pattern.findall(line), (name, line)
            assert [m.span() for m in guarded.finditer(line)] == [m.span() for m in pattern.finditer(line)], (name, line)
            assert guarded.sub("_", line) == pattern.sub("_", line), (name, line)
            assert guarded.subn("_", line) == pattern.subn("_", line), (name, line)
            assert guarded.split(line) == pattern.split(line), (name, line)
