"""The member's row over a review site's review with a rank badge for a count (holdout31 round, helper BODY4), in our
own words and markup, with near misses: an avatar, the member's name linking their profile page, and a short badge
beside it ("Top reviewer") are the site's row, not the review (spliced.member_row)."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from tests.clock_review import EN, JA
from scraper.extract.spliced import member_row

_JA, _EN = JA, EN


def _page(row: str, article: str, lang: str) -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Clock</title></head><body><main><article>'
            f'<div class="entry">{row}<div class="text">{article}</div></div></article></main></body></html>').encode()


def test_member_row_with_a_rank_badge_goes_ja():
    row = '<div class="who"><img src="/pics/u/771.png" alt=""><a href="/user/771/">しおさい</a> <span class="lv">殿堂入りレビュアー</span></div>'
    body = extract_page(_page(row, _JA, "ja"), "https://hondana.example.jp/review/881/").body_text
    assert "しおさい" not in body and "すすめたいです" in body


def test_member_row_with_a_rank_badge_goes_en():
    row = '<div class="who"><img src="/pics/u/9.png" alt="Marta"><a href="/members/marta">Marta</a> <span>Top reviewer</span></div>'
    body = extract_page(_page(row, _EN, "en"), "https://readersroom.example.com/reviews/clock/").body_text
    assert "Top reviewer" not in body and "likes slow stories" in body


def test_cover_row_linking_a_book_stays():
    # near misses: a cover and the book's title linked to its page (no member's profile), a badge beside it
    row = fragment_fromstring('<div><img src="/covers/clock.jpg" alt=""><a href="/book/the-clock-mender">The '
                              'Clock-Mender</a> <span>Hardback</span></div>')
    assert member_row(row) is None
    # the author's name linked to an author page, not a member's
    row = fragment_fromstring('<div><img src="/a/kim.jpg" alt=""><a href="/authors/kim-lee/books">Kim Lee</a> '
                              '<span>Novelist</span></div>')
    assert member_row(row) is None
