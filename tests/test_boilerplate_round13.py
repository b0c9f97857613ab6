"""Cleaning rules of round 13 (scraper.extract.boilerplate and the modules it calls), on posts of our own invention.

- a labelled line of links to the blog's own posts (promo.is_read_next), now with a joining word between the links
  ("… and …", "… und …"), at the end or spliced into the review; not an info box's line (a link to a taxonomy page),
  not a sentence with a link, not links to another site.
"""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

HOST = "thornfieldreads.example"

REVIEW = [
    "Maren Holt's second novel follows a lighthouse keeper's daughter through one long winter on a northern island.",
    "The letters she writes to a brother at sea are the best thing in it, dry and funny and full of weather.",
    "The middle sags when a visiting painter arrives, but the storm chapter near the end is tremendous.",
    "I read it in two evenings and would give it to anyone who loved the quieter kind of historical fiction.",
]


@pytest.mark.parametrize("line_", [
    "<p><strong>More from the shelf:</strong> <a href='/2026/03/review-the-salt-road/'>a review of The Salt Road</a>"
    " and <a href='https://thornfieldreads.example/2026/01/winter-reading/'>six books for a cold January</a>.</p>",
    "<p><b>Weiterlesen:</b> <a href='/2026/02/rezension-der-leuchtturm/'>Meine Rezension zu Der Leuchtturm</a> und "
    "<a href='/2026/02/interview-ines-berg/'>ein Gespräch mit Ines Berg</a></p>",
    "<div><span><strong>קראו עוד:</strong> <a href='/books/123'>חמישה רומנים על ים</a> ו<a href='/books/124'>ראיון "
    "עם מרן הולט</a></span></div>",
])
@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_labelled_line_of_links_to_the_blogs_posts_goes(line_, where):
    inner = paras(*REVIEW) + line_ if where == "end" else paras(*REVIEW[:2]) + line_ + paras(*REVIEW[2:])
    text, rules = cleaned(inner, HOST)
    assert rules == ["related post"]
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    # a sentence with a link in it
    "<p><strong>Compare:</strong> her first book, <a href='/2025/05/review-tidewater/'>Tidewater</a>, was slower and "
    "stranger, and I liked it more for that.</p>",
    # links to another site
    "<p><strong>Elsewhere:</strong> <a href='https://another.example/holt-interview'>an interview with Maren Holt</a></p>",
])
def test_a_labelled_sentence_or_a_link_elsewhere_stays(line_):
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert rules == []


def test_the_lines_of_an_info_box_stay():
    box = ("<p><strong>Series:</strong> <a href='/series/north-island/'>The North Island Books</a></p>"
           "<p><strong>Author:</strong> <a href='/author/maren-holt/'>Maren Holt</a> and <a href='/tag/tidewater/'>Tidewater</a></p>"
           "<p><strong>Publisher:</strong> Harbour Press, 2026</p>")
    text, rules = cleaned(box + paras(*REVIEW), HOST)
    assert "The North Island Books" in text and "Tidewater" in text and rules == []
