"""scraper.extract.chrome.meta_row: a member's name and a relative date, each in an element of its own, as a shop or a
network prints them above a reader's review ("<b>Mara K.</b> <span>3 weeks ago</span>", id "2 minggu lalu", ja "3日前",
ru "2 недели назад"). Near misses: the reviewer's sentence with "ago", a name beside an absolute phrase, one element.
"""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from scraper.extract.chrome import meta_row


@pytest.mark.parametrize("row", [
    "<div><b>Mara K.</b> <span>3 weeks ago</span></div>",  # en
    "<div><span>Sari Wulandari</span> <p>2 minggu lalu</p></div>",  # id
    "<div><a href='/u/7'>ほのか</a><time>3日前</time></div>",  # ja
    "<div><strong>Ольга</strong> <span>2 недели назад</span></div>",  # ru
    "<div><b>Léa</b> <span>il y a 5 jours</span></div>",  # fr
])
def test_a_name_and_a_relative_date_is_a_meta_row(row):
    assert meta_row(fragment_fromstring(row)) == "meta row"


@pytest.mark.parametrize("row", [
    "<p>I finished it 3 weeks ago and still think about it.</p>",  # a sentence
    "<div><b>Mara K.</b> <span>loved the ending</span></div>",  # no date
    "<p>Mara K. 3 weeks ago</p>",  # one element: not printed by the platform's template
    "<div><b>The grandmother in the last chapter</b> <span>3 weeks ago</span></div>",  # not a name (five words)
])
def test_a_line_that_is_not_a_name_and_when_stays(row):
    assert meta_row(fragment_fromstring(row)) is None
