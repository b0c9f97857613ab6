"""A scale of three or four after the star word, narrowed (code review rev31c), in our own words.

ratingshapes.N_STARS reads a scale of three or four after the stars only after a worded "out of" ("3 stars out of
4", "2 Sterne von 4"), closing the score: after a slash or before another unit ("4 stars / 3 flames", "3 stars / 4
spice", "2 stars / 3 tissues") the number after the stars is another rating, a romance's heat or its tears, and the
stars are read alone (out of five). rating.scan, the scores a text holds, is the public reader ratingshapes.parts_total
is given.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.rating import find_rating, scan

PARAS = [
    "A second-chance romance between a lighthouse keeper and the marine biologist who once left the island without "
    "saying goodbye, told in alternating chapters over one stormy winter.",
    "The banter is sharp, the island's gossip network is a delight, and the slow burn earns every one of its payoffs; "
    "only the third-act misunderstanding felt forced.",
]
URL = "https://saltandswoon.example/2026/01/the-keeper/"


def _page(last: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{last}</p>"
    return ("<html lang='en'><head><meta charset='utf-8'><title>The Keeper – Salt and Swoon</title></head>"
            "<body><article class='post'><h1>The Keeper</h1><div class='entry-content'>"
            f"{body}</div></article></body></html>")


def test_the_stars_beside_another_units_rating():
    for line, value in (
        ("Rating: 4 stars / 3 flames", 0.8),
        ("My rating: 3 stars / 4 chilli peppers for heat", 0.6),
        ("Rating: 2 stars / 3 tissues", 0.4),
    ):
        record = extract_page(_page(line), URL)
        assert record.rating == value, (line, record.rating_raw, record.rating)


def test_a_scale_of_four_worded_still_reads():
    for line, value in (
        ("Rating: 3 stars out of 4.", 0.75),
        ("Verdict: 2 stars out of 4", 0.5),
        ("Bewertung: 2 Sterne von 4", 0.5),
        ("Rating: 2½ out of 4 stars", 0.625),
    ):
        rating = find_rating([line])
        assert rating is not None and rating.value == value, (line, rating)


def test_scan_is_public():
    found = [f for f in scan("Plot 4/5, pace 3/5, overall 3.5/5") if f is not None]
    assert [f.rating.value for f in found] == [0.8, 0.6, 0.7]
    assert find_rating(["Plot 4/5, pace 3/5, overall 3.5/5"]).value == 0.7
