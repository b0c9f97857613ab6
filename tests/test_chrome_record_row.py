"""scraper.extract.chrome.record_row: a shop's or a catalogue's row of a record's facts split by separators, one a bare
year ("Faber · 2019 · 288 pages", ja "青灯社 ／ 2018年 ／ 2,200円", pl "Oprawa twarda · Znak · 2021 · 416 str."), goes.
Near misses: the reviewer's own facts with labels, a sentence naming a year between dots, a score row, a heading.
"""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from scraper.extract.chrome import record_row
from tests.cleaning import cleaned, paras

HOST = "lamplitpages.example"
REVIEW = [
    "The novel is told by a night porter who has kept the same hotel desk for forty years and knows every guest's secret.",
    "Its best chapters are the quiet ones, when nothing happens but the lift and the rain, and the porter thinks about his wife.",
    "The last fifty pages lean too hard on a twist, but I was sorry to leave that desk when it was over.",
]


@pytest.mark.parametrize("row", [
    "<p>Faber · 2019 · 288 pages</p>",  # en
    "<p>青灯社 ／ 2018年 ／ 2,200円（税込）</p>",  # ja
    "<div>Oprawa twarda · Wydawnictwo Znak · 2021 · 416 str.</div>",  # pl
    "<p>Actes Sud | 2017 | 19,80 €</p>",  # fr
])
def test_a_record_row_above_the_review_goes(row):
    text, rules = cleaned(f"<div class='record'>{row}</div>{paras(*REVIEW)}", HOST)
    assert "record row" in rules
    assert all(sentence in text for sentence in REVIEW)
    assert record_row(fragment_fromstring(row))


@pytest.mark.parametrize("row", [
    "<p>Publisher: Faber · Year: 2019 · Pages: 288</p>",  # the reviewer's labelled facts
    "<p>Read in 2019. Loved it. Reread it · twice · since.</p>",  # sentences
    "<p>Faber · 2019</p>",  # two parts
    "<p>Plot 4/5 · Characters 5/5 · 2019</p>",  # scores
    "<h3>Faber · 2019 · 288 pages</h3>",  # a heading
    "<p>I bought it in 2019 · it took me a year to start · and a week to finish</p>",  # parts of a sentence
])
def test_a_line_that_is_not_a_record_row_stays(row):
    assert record_row(fragment_fromstring(row)) is None
