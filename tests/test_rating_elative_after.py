"""The score first, the scale after it in the elative (the "out of" said by the case): fi/et as before, and hu with
its article, "hét pont a tízből", "három csillag az ötből", "7 pont a 10-ből". Sentences of our own; near misses: the
things counted in the elative after the scale ("három a tízből novellából": three of the ten stories), a number word
with no scale, a date."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, parse_rating

FIRST = "A regény első fele lassan indul, de a második részben minden a helyére kerül, és nehéz letenni."


@pytest.mark.parametrize("line, value", [
    ("Összességében nyolc pont a tízből adnék neki.", 0.8),
    ("Nálam három és fél csillag az ötből.", 0.7),
    ("Tőlem 7 pont a 10-ből.", 0.7),
    ("Annan sille kolme tähteä viidestä.", 0.6),  # fi, unchanged
    ("Minult kaheksa kümnest.", 0.8),  # et, unchanged
])
def test_score_then_scale_in_the_elative(line, value):
    rating = find_rating([FIRST, line])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("text", [
    "három a tízből novellából",  # the things counted
    "neljä viidestä novellista",
    "három pont után",  # no scale
    "a 10-ből",  # no score
])
def test_near_misses(text):
    assert parse_rating(text) is None
