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


def test_one_card_loses_its_name_row_alone_and_a_threads_rows_stay():
    from tests.cleaning import cleaned
    review = ("Dulu cuma tahu judulnya, baru sekarang baca novelnya sampai habis dan ternyata jauh lebih dalam dari dugaan "
              "saya, terutama bagian tentang desa yang kering dan penari yang dipuja semua orang.")
    one = f"<div class='card'><div><span>Sari W.</span> <p>2 minggu lalu</p></div><p>{review}</p></div>"
    text, rules = cleaned(one, "tokoku.example")
    assert "2 minggu lalu" not in text and review in text
    # a thread: two posts, each with its name and relative date (what tells the posts apart stays)
    two = (f"<div class='post'><div><a href='/u/1'>Moewe</a> <span>vor 2 Tagen</span></div><p>{review}</p></div>"
           f"<div class='post'><div><a href='/u/2'>Katze</a> <span>vor 3 Tagen</span></div><p>{review} Noch ein Satz.</p></div>")
    text, rules = cleaned(two, "leserunde.example")
    assert "vor 2 Tagen" in text and "vor 3 Tagen" in text
