"""A shop's book page whose reviews area, under a heading naming reviews, says at once that it holds none yet, though
other blocks (a "bought together" row) follow it (reviewed.zero_reviews_heading), and the "no reviews yet" lines of the
Nordic languages (nb/nn/da, sv, fi, is: reviewed._NO_REVIEWS). holdout39 round (helper detnotes39), in our own words and
markup, with near misses: a blogger's review whose heading names reviews and whose next line says the big sites have
none (a long text before it), a heading naming reviews over a reader's review, a no-reviews line under another heading."""

from __future__ import annotations

import pytest

from scraper.extract.reviewed import no_reviews_yet, zero_reviews_heading

BLURB = ["# The Salt Orchard", "A family of fishermen loses its boat in a storm and has to learn to farm the dunes.",
         "## Details", "- Publisher", "- Harbour Press", "- Pages", "- 240"]
AFTER = ["## Readers also bought", "- The Grey Pier – A. Holm 149,-", "- Low Tide – B. Rask 179,-", "- Kelp – C. Moe 129,-"]


@pytest.mark.parametrize("heading, none_yet", [
    ("## Customer reviews", "No reviews yet. Be the first to review this book!"),
    ("## Kundeanmeldelser", "Ingen anmeldelser enda. Skriv den første!"),  # nb
    ("## Kundeanmeldelser", "Ingen anmeldelser endnu."),  # da
    ("## Kundrecensioner", "Inga recensioner ännu – skriv den första."),  # sv
    ("## Asiakasarvostelut", "Ei vielä arvosteluja."),  # fi
    ("### Rezensionen", "Noch keine Kundenrezensionen vorhanden."),  # de
])
def test_reviews_heading_over_none_yet_is_a_record(heading, none_yet):
    assert zero_reviews_heading([*BLURB, heading, none_yet, "Write a review", *AFTER])


@pytest.mark.parametrize("line", ["Ingen anmeldelser ennå", "Ingen omtaler ennå.", "Inga omdömen än", "Ei vielä arvioita",
                                  "Engar umsagnir enn"])
def test_nordic_none_yet_lines(line):
    assert no_reviews_yet(["Kjøp nå", line])


@pytest.mark.parametrize("line", ["Ingen anmeldelser kan erstatte det å lese selv.", "Inga recensioner kunde förbereda mig på slutet.",
                                  "Ei arvostelu vaan muistiinpanoja."])
def test_nordic_near_misses(line):
    assert not no_reviews_yet([line])


def test_long_post_with_a_reviews_heading_is_not_a_record():
    prose = ["This is a long paragraph of my own thoughts on the novel, how it opens, what it does well and badly. " * 8]
    assert not zero_reviews_heading(["# My take on The Salt Orchard", *prose, "## Other reviews", "No reviews yet on the big sites, so here is mine."])


def test_none_yet_under_another_heading_or_a_review_under_the_heading():
    assert not zero_reviews_heading([*BLURB, "## Shipping", "No reviews yet. Be the first to review this book!"])
    assert not zero_reviews_heading([*BLURB, "## Kundeanmeldelser", "★★★★☆ Sterk og stille bok, anbefales.", *AFTER])
