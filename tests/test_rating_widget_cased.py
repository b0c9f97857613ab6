"""A rating widget's screen-reader text that is only the scale with its case and the score (ratinglead.widget_cased,
read by ratingaside.widget_score): the widget says a score is there, as a lead does. Our own words."""

import pytest

from scraper.extract.ratingaside import widget_score


@pytest.mark.parametrize("text, value", [
    ("5 yıldızdan 4", 0.8),  # tr: from five stars, four
    ("5 աստղից 3", 0.6),  # hy
    ("10 ұпайдың 7-сі", 0.7),  # kk: of ten points, the seventh
    ("10-ээс 6", 0.6),  # mn: the ending on the numeral
    ("5 ვარსკვლავიდან 2", 0.4),  # ka
])
def test_cased_scale_first(text, value):
    assert widget_score(text).value == value
    assert widget_score(text).raw == text


@pytest.mark.parametrize("text", [
    "5 kitobdan 6",  # a score above its scale
    "10 из 8",  # the score-first order's "of" (ru): not a case
    "2019 yılında 4",  # a year, no scale
    "5 yıldızdan 4 kişi oy verdi",  # a sentence going on
])
def test_near_misses(text):
    assert widget_score(text) is None
