"""Round 35, in our own words and markup.

aggregateline: a shop's or a catalogue's line giving the average of its readers' ratings and their count ("★★★★☆ 4.2
(58 reviews)", "Średnia: 4,6 / 6 (210 ocen)", "4,7 · 88 отзывов", "8.9 (340개의 리뷰)"), left in a review's body, goes,
whether it is one block or a row of spans. Near misses: the reviewer's own score line, a review's sentence citing a
count of ratings, an info line, a count without an average.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.aggregateline import aggregate_line, aggregate_row


@pytest.mark.parametrize("line", ["★★★★☆ 4.2 (58 reviews)", "Średnia: 4,6 / 6 (210 ocen)", "4,7 · 88 отзывов",
                                  "8.9 (340개의 리뷰)", "Ø 4,3 von 5 aus 12 Bewertungen", "4,5/5 (27 avis)",
                                  "Valutazione media 3,9 · 112 recensioni", "4.6（125件のレビュー）"])
def test_an_aggregate_line(line):
    assert aggregate_line(line)


@pytest.mark.parametrize("line", [
    "My rating: 4.5/5",  # the reviewer's own score
    "Readers elsewhere gave it 4.2 from 9,000 ratings, which I find hard to explain after this slow middle.",
    "Pages: 368 · Year: 2019",  # an info line
    "58 reviews",  # no average
    "Ocena: 5,0",
    "The Winter LightBy Mara LindqvistHarbour Press, 312 pages, $24Rating: ★★★★☆",  # a book box's text run together
])
def test_near_misses(line):
    assert not aggregate_line(line)


def test_a_row_of_spans_is_one_line():
    row = lxml.html.fromstring("<div class='summary'><span class='stars'>★★★★☆</span> <span>4,2</span> "
                               "<a href='#reviews'>58 recensioni</a></div>")
    assert aggregate_row(row.find("span")) is row


PARAS = ["I bought this after a friend would not stop talking about it, and for once the fuss was deserved: the novel "
         "follows a lighthouse keeper's daughter through one long winter and never loses its nerve.",
         "The chapters are short and the voice is dry and funny, even when the story turns dark, and the sea is written "
         "so well that I felt cold reading it on a warm afternoon in the garden.",
         "The middle sags a little and one subplot goes nowhere, but the ending is earned and quietly devastating."]


def test_the_shop_line_goes_and_the_review_stays():
    page = ("<html><head><title>The Winter Light – Shop</title></head><body><main><h1>The Winter Light</h1>"
            "<div class='info'><div class='by'>Mara Lindqvist</div><div class='rating-summary'><span>★★★★☆</span> "
            "<span>4.2</span> <a href='#r'>58 reviews</a></div></div><section class='review'><h2>A reader's review</h2>"
            + "".join(f"<p>{t}</p>" for t in PARAS) + "<p>My rating: 4/5</p></section></main></body></html>")
    body = extract_page(page, "https://shop.example.com/p/winter-light").body_text
    assert "58 reviews" not in body and "My rating: 4/5" in body and "quietly devastating" in body
