"""reldates.RELATIVE_DATE, read by chrome.meta_row: a member's name and a relative date, each in an element of its own,
above a reader's review, in the languages the first table left out (ar "منذ 3 أيام", he "לפני יומיים", it "3 giorni fa",
pl "2 dni temu", tr "4 gün önce", nl "5 dagen geleden", sv "för 2 veckor sedan", cs "před 3 dny", hi "2 दिन पहले",
th "3 วันที่แล้ว", fa "۲ روز پیش"), and the old ones still. Near misses: a sentence holding such words, a name beside
no date, a lone word after "vor", a span with no "ago". Our own lines (holdout44, det44).
"""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from scraper.extract.chrome import meta_row
from scraper.extract.reldates import RELATIVE_DATE


@pytest.mark.parametrize("when", [
    "منذ 3 أيام", "منذ أسبوع", "לפני יומיים", "3 giorni fa", "2 dni temu", "4 gün önce", "5 dagen geleden",
    "för 2 veckor sedan", "for 6 dage siden", "před 3 dny", "acum 2 luni", "2 दिन पहले", "3 วันที่แล้ว", "۲ روز پیش",
    "4 päivää sitten", "πριν από 2 μήνες", "3 ngày trước", "prije 5 dana",
    "3 weeks ago", "il y a 5 jours", "hace 2 meses", "vor 2 Tagen", "2 minggu lalu", "3日前", "2 недели назад",
])
def test_a_relative_date_in_many_languages(when):
    assert RELATIVE_DATE.match(when)


@pytest.mark.parametrize("text", [
    "vor Ort", "hace frío", "il y a longtemps", "three days later", "for 3 days", "I read it 3 days ago",
    "منذ سنوات طويلة", "5 من 5", "4 stars",
])
def test_words_that_are_no_relative_date(text):
    assert not RELATIVE_DATE.match(text)


@pytest.mark.parametrize("row", [
    "<div><span>ليلى حسن</span> <span>منذ 3 أيام</span></div>",  # ar
    "<div><b>Giulia R.</b> <time>3 giorni fa</time></div>",  # it
    "<div><a href='/u/9'>Kasia</a> <span>2 dni temu</span></div>",  # pl
    "<div><strong>Ayşe</strong> <span>4 gün önce</span></div>",  # tr
    "<div><span>रीना</span> <span>2 दिन पहले</span></div>",  # hi
])
def test_a_name_and_a_relative_date_is_a_meta_row(row):
    assert meta_row(fragment_fromstring(row)) == "meta row"


@pytest.mark.parametrize("row", [
    "<p>قرأت الرواية منذ 3 أيام وما زلت أفكر فيها.</p>",  # a sentence
    "<div><span>ليلى حسن</span> <span>رواية جميلة</span></div>",  # no date
    "<div><b>Giulia R.</b> <span>letto in tre giorni</span></div>",
])
def test_a_line_that_is_no_name_and_when_stays(row):
    assert meta_row(fragment_fromstring(row)) is None
