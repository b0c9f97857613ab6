"""Misfires of the s35 rules (commissionline, sponsorline, scoretail, shopavail) on pages nobody wrote them for
(rev-bpaffil35; own words and markup): the review's lines that only look like the blog's commission, sponsor or shop
line stay; the rules' own cases (tests/test_*_s35.py) still go."""

from scraper.extract import extract_page
from tests.test_commissionline_s35 import _CLOSE, _EN, _page, _text
from tests.test_scoretail_s35 import _record

_MORE = [
    "Nothing much happens in the fourth chapter, and that is the point: the town waits out the floods and the bread "
    "gets better while nobody is looking, a quiet stretch the author trusts her readers to enjoy with her.",
    "The translation keeps the dialect of the older characters without turning it into a joke, which is rarer than "
    "it should be in novels of this kind, and the short glossary at the back is a kindness to new readers.",
]


def _deep(line, lang="en"):
    """The line in the review's mid-body: three paragraphs before it, three after it and the score."""
    paras = "".join(f"<p>{p}</p>" for p in _EN[:3])
    rest = "".join(f"<p>{p}</p>" for p in [_EN[3], *_MORE])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Bakery by the River</title></head><body>"
            f"<article><h1 class='entry-title'>The Bakery by the River</h1><div class='entry-content'>{paras}{line}"
            f"{rest}<p><strong>Rating:</strong> 4/5</p></div></article></body></html>")


def _dek(line):
    return _page(_EN).replace("<div class='entry-content'>", f"<div class='entry-content'><p><em>{line}</em></p>")


# --- commissionline: the commission word alone, with no link in the line; the bid with no earning of the blog's ----

def test_italic_dek_naming_a_link_and_a_royal_commission_stays():
    text = _text(_dek("A thriller that finds the missing link between a royal commission and a drowned village."))
    assert "royal commission" in text


def test_postscript_on_a_commission_and_a_link_after_the_score_stays():
    line = "P.S. The commission in chapter three is real; the link to its report is in the notes."
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "chapter three" in text


def test_vi_bid_naming_a_title_with_the_commission_word_stays_in_mid_body():
    line = "Mua Hoa hồng giấy ở hiệu sách cũ đầu phố, giá rẻ mà bìa vẫn đẹp như mới."
    text = _text(_page(_EN, lang="vi", middle=f"<p>{line}</p>"))
    assert "Hoa hồng giấy" in text


def test_bid_naming_the_shops_commission_stays_in_mid_body():
    line = "Order it from your local bookshop: they earn a commission that actually pays a bookseller's wage."
    text = _text(_page(_EN, middle=f"<p>{line}</p>"))
    assert "bookseller's wage" in text


# --- sponsorline: a post in apposition or further on; an italic line of the review's in mid-body -----------------

def test_italic_article_in_apposition_supported_by_stays():
    line = "Her 1972 article, supported by leaked memos, brought down the minister."
    text = _text(_page(_EN, middle=f"<p><em>{line}</em></p>"))
    assert "leaked memos" in text


def test_issue_supported_by_after_the_score_stays():
    line = "The central issue, supported by the town's records, is who owned the mill."
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "owned the mill" in text


def test_boxed_review_named_further_on_stays():
    line = "Each review in the anthology is supported by a short essay from the editor."
    text = _text(_page(_EN, middle=f"<div class='box'><p>{line}</p></div>"))
    assert "short essay" in text


def test_de_italic_line_in_mid_body_stays():
    text = _text(_deep("<p><em>Ihr Artikel wurde unterstützt von Briefen, die die Familie aufbewahrt hatte.</em></p>",
                       lang="de"))
    assert "Briefen" in text


# --- scoretail: "compr-" in English words; the reviewer's own buying with the blog named --------------------------

def test_comprehensive_with_the_blog_after_the_score_stays():
    record = _record("<strong>Score:</strong> 4/5 <span>— the most comprehensive history on this blog so far</span>")
    assert "comprehensive" in record.body_text


def test_own_buying_with_the_blog_named_after_the_score_stays():
    record = _record("<strong>Score:</strong> 4/5 <em>(the best thing I've bought since starting this blog)</em>")
    assert "best thing" in record.body_text


# --- shopavail: the shop word far from the availability, or across a clause ----------------------------------------

def test_laden_far_from_available_after_the_score_stays():
    line = "The paperback, laden with the same fine maps, is available from June at £9.99."
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "fine maps" in text


def test_publishers_name_across_a_clause_stays():
    line = "Published by Boutique Press; available from 3 March, $18."
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "Boutique Press" in text


def test_store_in_the_story_after_the_score_stays():
    line = "We meet the store's owner, who keeps every title available at $5 in his winter sale."
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "winter sale" in text
