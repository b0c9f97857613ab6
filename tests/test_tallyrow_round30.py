"""A row of actions and counts after the review whose button label ends in "!" (holdout31 round, helper BODY4), in our
own words and markup, with near misses: a count after a button's "!" is no sentence (spliced.tally_row)."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from tests.clock_review import EN, JA
from scraper.extract.spliced import tally_row

_JA, _EN = JA, EN


def _page(article: str, after: str, lang: str) -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Clock</title></head><body><main><article>'
            f'<h1>Clock</h1><div class="entry"><div class="text">{article}</div>{after}</div></article></main></body></html>').encode()


def test_bang_button_counts_after_the_review_go_ja():
    row = '<div class="acts"><span class="good">いいね! 41</span> <span class="cmt">コメント 5</span></div>'
    body = extract_page(_page(_JA, row, "ja"), "https://hondana.example.jp/review/881/").body_text
    assert "いいね" not in body and "すすめたいです" in body


def test_bang_button_counts_after_the_review_go_en():
    row = '<div class="acts"><span>Yay! 12</span> <span>Replies 4</span> <span>Share</span></div>'
    body = extract_page(_page(_EN, row, "en"), "https://slowshelf.example.com/clock/").body_text
    assert "Yay" not in body and "likes slow stories" in body


def test_row_with_a_sentence_stays():
    # near miss: a part holding two sentences of words is no tally
    row = fragment_fromstring("<div><span>Read it twice! Loved 2 chapters</span> <span>Page 3</span></div>")
    assert tally_row(row[0]) is None
    row = fragment_fromstring("<div><span>Gut! Wirklich 2 mal</span> <span>Band 3</span></div>")
    assert tally_row(row[0]) is None


def test_bang_count_row_shape():
    row = fragment_fromstring("<div><span>Gefällt mir! 17</span> <span>Kommentare 3</span></div>")
    assert tally_row(row[0]) is not None
