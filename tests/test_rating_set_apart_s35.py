"""Two scores set apart: a fraction of 5 or 10 closing the headline after its separator ("T, A: 4/5"), where the
headline before it holds no figure (ratingaside.title_rating); and a row of star glyphs opening a line before one
sentence of any length (rating._ONE_SENTENCE). Near misses: a count's progress in the headline ("Day 3: 2/5"), a
fraction inside the headline, a single star as a bullet, and a star row before a paragraph of several sentences."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.ratingaside import title_rating

_PROSE = [
    "Magda Orlen keeps a boarding house in a port town where nobody stays longer than a season, and she likes it that "
    "way until a lodger arrives who pays a year in advance.",
    "Halvorsen writes in short scenes, mostly at the kitchen table, and lets the weather and the tides do the plotting.",
    "I missed a few of the minor lodgers once they had gone, which may be the point.",
]


def _page(headline: str, extra: str = ""):
    body = "".join(f"<p>{p}</p>" for p in _PROSE) + extra
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{headline} — Lantern Notes</title></head>'
            f'<body><article class="h-entry"><h2 class="p-name">{headline}</h2><div class="e-content">{body}</div>'
            '</article></body></html>')
    return extract_page(html, "https://lanternnotes.example.net/a-season-let")


def test_headline_closing_fraction_is_the_score():
    record = _page("The Season Let, Ingrid Halvorsen: 3/5")
    assert (record.rating_raw, record.rating) == ("3/5", 0.6)


def test_near_miss_headline_with_a_count():
    assert title_rating("Readathon day 6: 2/5") is None
    record = _page("Readathon day 6: 2/5")
    assert record.rating is None


def test_near_miss_fraction_inside_the_headline():
    assert title_rating("Part 2/5: the lodgers arrive") is None


def test_star_row_before_one_long_sentence():
    extra = ("<p>⭐⭐⭐ <span>Borrowed from the library at the end of our road, which lets me keep books for a "
             "whole month without a single reminder.</span></p>")
    record = _page("A season let", extra)
    assert (record.rating_raw, record.rating) == ("⭐⭐⭐", 0.6)


def test_near_miss_star_row_before_a_paragraph():
    extra = ("<p>⭐⭐⭐ Borrowed from the library at the end of our road, which lets me keep books for a month. "
             "The librarian recommended it. She has not been wrong yet, and I told her so on the way out.</p>")
    record = _page("A season let", extra)
    assert record.rating is None


def test_near_miss_single_star_bullet():
    extra = ("<p>⭐ Borrowed from the library at the end of our road, which lets me keep books for a whole month "
             "without a single reminder.</p>")
    record = _page("A season let", extra)
    assert record.rating is None
