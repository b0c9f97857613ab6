"""Code review rev31e, in our own words: ratingshapes._STAR_DEN read a scale of four after the stars ("3 stars out of
4") only when no word followed the 4, so "I give it 3 stars out of 4 for the writing alone" fell back to a scale of
five (0.6). Now only a second scale's unit after the 4 (flames, spice, peppers, hearts, in many languages, or their
emoji) or a slash keeps it off.

Fires: en (through extract_page), it, fr, es, de lines with a word after the 4. Near misses: the heat's or the
romance's scale after the stars (en, it, fr, emoji), two ratings split by a slash.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.rating import parse_rating


def test_a_page_scoring_on_four_with_a_reason_after():
    paras = ["Ines Varga returns to the river country with the story of a ferryman's widow who keeps the crossing "
             "running through one hard winter. The prose is plain and the cold builds slowly through every chapter.",
             "I loved the way the ferry itself becomes a kind of home, and the ending left me arguing with my brother "
             "for a week about what the widow chose.",
             "I give it 3 stars out of 4 for the river scenes alone."]
    html = ("<html lang='en'><head><title>Review: The Crossing by Ines Varga</title></head><body><article>"
            "<h1>Review: The Crossing by Ines Varga</h1>" + "".join(f"<p>{p}</p>" for p in paras)
            + "</article></body></html>")
    record = extract_page(html.encode(), "https://riverpages.example/2026/02/the-crossing/")
    assert record.rating == 0.75


@pytest.mark.parametrize("line,raw", [
    ("Gli do 3 stelle su 4 per lo stile.", "3 stelle su 4"),
    ("Je lui donne 3 étoiles sur 4 pour la langue.", "3 étoiles sur 4"),
    ("Le doy 3 estrellas de 4 por los personajes.", "3 estrellas de 4"),
    ("Ich gebe ihm 3 Sterne von 4 für die Sprache.", "3 Sterne von 4"),
])
def test_a_scale_of_four_then_a_word(line, raw):
    found = parse_rating(line)
    assert found is not None and found.raw == raw and found.value == 0.75


@pytest.mark.parametrize("line", [
    "3 stars out of 4 flames",
    "3 stelle su 4 cuori",
    "3 étoiles sur 4 piments",
    "2 stars out of 4 🌶",
    "4 stars / 3 spice",
])
def test_a_second_scales_unit_after_the_four(line):
    found = parse_rating(line)
    assert found is None or found.value not in (0.75, 0.5)
