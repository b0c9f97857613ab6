"""The cheap looks in front of the rating patterns never rule out a text the pattern would read (they only save time)."""

from __future__ import annotations

import re

from scraper.extract.casefold import MARKS, fold
from scraper.extract.rating import parse_rating
from scraper.extract.ratinglooks import _DEN_END, _DEN_ENDINGS, _STAR_END, _STAR_ENDINGS, _words
from scraper.extract.ratingnumerals import _scale_after, _scale_look, numeral_words, worded_scores
from scraper.extract.ratingshapes import ELATIVE

TEXTS = ["It was often written that the patient waited.", "Vier Sterne von fünf", "Zehn von ZEHN!", "ten", "attention",
         "nine out of ten", "пять из пяти.", "ötből", "Tien-ster", "x five_", "a dix-huit", "δέκα", "पाँच में से चार"]


def test_den_and_star_endings_read_in_one_scan_as_word_by_word():
    assert all(re.fullmatch(rf"[\w{MARKS}]+", ending) for ending in _DEN_ENDINGS)  # (else the scan would differ)
    for text in TEXTS + [ending + tail for ending in _DEN_ENDINGS for tail in ("", " x", "s", "-", "\u0301")]:
        low = fold(text)
        assert bool(_DEN_END.search(low)) == any(w.endswith(_DEN_ENDINGS) for w in _words(low)), text
    for text in TEXTS + ["her sister", "4stars", "vier Sterne", "hviezdičk[ay]", "hviezdičky"] + [e + " x" for e in _STAR_ENDINGS]:
        low = fold(text)
        assert bool(_STAR_END.search(low)) == any(w.endswith(_STAR_ENDINGS) for w in _words(low)), text


def test_the_scale_look_holds_every_worded_scale():
    for word, n in numeral_words().items():
        if n in (5, 10):
            for text in (f"four of {word}", f"FOUR OF {word.upper()}", f"four of\u00a0{word}ia"):
                assert bool(_scale_look().search(fold(text))) >= bool(_scale_after().search(text)), text
    assert not _scale_look().search(fold("the patient waited")) and worded_scores("cinque stelle su cinque.")


def test_the_elative_guard_reads_every_case():
    assert ELATIVE.search("NELJÄ VIIDESTÄ") and ELATIVE.search("kaheksa Kümnest") and not ELATIVE.search("the best rest")
    assert parse_rating("neljä viidestä").value == 0.8


def test_every_star_word_the_pattern_spells_passes_the_star_look():
    # the look reads the star words spelled out: a class or an optional letter of _STAR_WORDS ("hviezdičk[ay]",
    # "stars?") is each of its words, not its pattern's text
    assert {"hviezdička", "hviezdičky", "star", "stars", "bituin"} <= set(_STAR_ENDINGS)
    assert not any(c in ending for ending in _STAR_ENDINGS for c in "[]?\\|()")
    for ending in _STAR_ENDINGS:
        rating = parse_rating(f"4 {ending}")
        assert rating is not None and rating.value == 0.8, ending
    assert parse_rating("Dávam jej 1 hviezdička.").value == 0.2 and parse_rating("jedna hviezdička").value == 0.2  # sk, singular
