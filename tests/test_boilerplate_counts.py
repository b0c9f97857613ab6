"""A blog engine's tally row inside a post body (scraper.extract.counts), printed one element per label and number. Invented snippets; beside them the review's own lists
and lines with numbers, which stay."""

from __future__ import annotations

from tests.cleaning import LANTERN_REVIEW as REVIEW
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import clean_lantern as clean
from tests.cleaning import hugo, paras, rules


def test_a_tally_row_of_tiny_elements_goes():
    row = "".join(f"<span>{t}</span>" for t in ("좋아요", "(31)", "조회", "2,048", "댓글", "7"))
    text, report = clean(hugo(paras(*REVIEW) + f"<div class='tally'>{row}</div>"))
    assert "2,048" not in text and "조회" not in text, rules(report)
    assert_review_kept(text)


def test_a_reading_list_with_years_and_a_line_of_numbers_stay():
    books = "<ul><li>Solaris (1961)</li><li>Piknik (1972)</li></ul>"
    stats = "".join(f"<span>{t}</span>" for t in ("Pages", "312"))
    text, report = clean(hugo(paras(*REVIEW) + books + f"<div>{stats}</div>"))
    assert "Solaris (1961)" in text and "Piknik (1972)" in text, rules(report)
    assert "312" in text, rules(report)
    assert_review_kept(text)
