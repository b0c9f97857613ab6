"""The shop's clause spliced onto the score's line (scoretail, the s35 round; own words and markup): a span after the
score that bids to buy with where, or names the blog with the buying or the link, goes; the score stays.

Near misses: a span after the score naming the blog but no buying; the reviewer's own buying with no blog named; a
span before the score."""

from scraper.extract import extract_page
from tests.test_commissionline_s35 import _EN


def _page(score_line, lang="en"):
    ps = "".join(f"<p>{p}</p>" for p in _EN)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Bakery by the River</title></head><body>"
            f"<article><h1 class='entry-title'>The Bakery by the River</h1><div class='entry-content'>{ps}"
            f"<p>{score_line}</p><p>Until next week, happy reading.</p></div></article></body></html>")


def _record(score_line, lang="en"):
    return extract_page(_page(score_line, lang), "https://crumbnotes.example.org/2026/12/the-bakery/")


def test_en_bid_to_our_shop_after_the_score_goes():
    record = _record("<strong>Score:</strong> 4/5 <span>— or order it from our bookshop on Mill Lane</span>")
    assert "Mill Lane" not in record.body_text and "4/5" in record.body_text and record.rating == 0.8


def test_tr_link_and_blog_in_brackets_after_the_score_goes():
    record = _record("<strong>Puan:</strong> 4/5 <span>(Romanı bu linkten sipariş ederseniz bloga destek olursunuz.)"
                     "</span>", lang="tr")
    assert "linkten" not in record.body_text and "4/5" in record.body_text


def test_en_bought_at_a_shop_that_keeps_the_blog_going_goes():
    record = _record("★★★★ <span>Bought at Ferry Street Books, who keep this blog going.</span>")
    assert "Ferry Street" not in record.body_text and "bakery" in record.body_text


def test_near_miss_blog_named_with_no_buying_stays():
    record = _record("<strong>Score:</strong> 4/5 <span>— the warmest book on this blog this year</span>")
    assert "warmest book" in record.body_text


def test_near_miss_own_buying_with_no_blog_stays():
    record = _record("<strong>Score:</strong> 4/5 <span>(I bought it at the airport and missed my flight)</span>")
    assert "missed my flight" in record.body_text


def test_near_miss_span_before_the_score_stays():
    record = _record("<span>Buy it from our bookshop on Mill Lane</span> and then tell me: 4/5?")
    assert "Mill Lane" in record.body_text
