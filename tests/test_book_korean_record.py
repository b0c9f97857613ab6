"""A Korean post's record rows: "책" (book) and "저자" (author), the author's name in Hangul, which has no capitals:
the label vouches for it. Near misses: a value with a date, a long sentence in the author's row.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.bookcaselessname import caseless_name
from scraper.extract.booklabelfields import labelled_fields


def test_a_korean_record_of_book_and_author():
    assert labelled_fields([("책", "바다로 가는 버스"), ("저자", "한지운"), ("읽은 날", "2026-10-02")]) == ("바다로 가는 버스", "한지운")
    assert caseless_name("한지운") == "한지운"


def test_a_date_or_a_sentence_in_the_authors_row_is_no_name():
    assert labelled_fields([("책", "바다로 가는 버스"), ("저자", "2026년 10월 출간")]) == ("바다로 가는 버스", None)
    assert caseless_name("이 책을 쓴 사람은 누구인지 모르겠다 정말로") is None
