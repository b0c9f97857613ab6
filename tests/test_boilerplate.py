"""scraper.extract.boilerplate: the structural cleaning rules, on markup they were not written for: the tail and link lists.

A call to action that ends the review (and the sign-off after it), lists and lines of links to the blog's other
posts, and the labels and headings that introduce what is removed. Every snippet is invented, in Ghost and Substack
layouts; each rule is tested both ways: what it must remove and a near miss it must keep. The shared Tidal Pages
post is in tests/cleaning.py; dated, share, copyright and contact lines are in test_boilerplate_lines.py, forms,
comments, selectors and page parts in test_boilerplate_markup.py.
"""

from __future__ import annotations

import lxml.html

from tests.cleaning import TIDAL_REVIEW as REVIEW
from tests.cleaning import clean_tidal as clean
from tests.cleaning import ghost, paras, removed_text, rules, substack, text_of


# -- the tail: a call to action ends the review --------------------------------------------------------------------


def test_support_link_at_the_end_cuts_the_sign_off_ghost():
    page = ghost(
        paras(*REVIEW)
        + "<p>Reviews here are free; if one helped you, <a href='https://www.buymeacoffee.com/tidalpages'>a coffee keeps them coming</a>.</p>"
        + "<p>Back next Sunday with something stranger.</p>"
    )
    body, report = clean(page, ".gh-content")
    text = text_of(body)
    assert "buymeacoffee" not in lxml.html.tostring(body, encoding="unicode")
    assert "Back next Sunday" not in text
    # the call itself goes as a tip ask (a closing line linking to a tipping service: tipask), the sign-off after it
    assert removed_text(report, "sign-off after a call to action") == ["Back next Sunday with something stranger."]
    assert any("a coffee keeps them coming" in line
               for line in removed_text(report, "tip ask") + removed_text(report, "sign-off after a call to action"))
    for sentence in REVIEW:
        assert sentence in text


def test_patreon_link_at_the_end_cuts_the_sign_off_substack():
    page = substack(paras(*REVIEW) + "<p>Paid readers on <a href='https://patreon.com/tidal'>Patreon</a> get these a week early.</p><p>— I.</p>")
    body, report = clean(page, ".body.markup")
    assert "Patreon" not in text_of(body)
    assert "— I." not in text_of(body)
    assert REVIEW[-1] in text_of(body)


def test_support_link_in_the_first_paragraph_stays():
    first = "This blog runs on <a href='https://www.patreon.com/tidalpages'>reader support</a>, and this month's pick came from a patron."
    page = ghost(f"<p>{first}</p>" + paras(*REVIEW))
    body, report = clean(page, ".gh-content")
    assert "reader support" in text_of(body)
    assert body.xpath(".//a[contains(@href,'patreon.com')]")
    assert report.removed == []


def test_subscribe_path_late_in_the_post_is_a_call_to_action():
    page = ghost(paras(*REVIEW) + "<p>Want the next one? <a href='https://tidalpages.example/subscribe'>Sign up here</a>.</p><p>See you soon.</p>")
    body, report = clean(page, ".gh-content")
    assert "Sign up" not in text_of(body) and "See you soon" not in text_of(body)


def test_ordinary_link_late_in_the_post_is_not_a_call_to_action():
    page = ghost(paras(*REVIEW) + "<p>Marlow's earlier novel, <a href='https://tidalpages.example/the-salt-archive/'>The Salt Archive</a>, is gentler.</p><p>See you soon.</p>")
    body, report = clean(page, ".gh-content")
    assert "See you soon" in text_of(body)
    assert report.removed == []


# -- link lists ----------------------------------------------------------------------------------------------------


RELATED = (
    "<ul>"
    "<li><a href='https://tidalpages.example/the-salt-archive/'>The Salt Archive</a></li>"
    "<li><a href='/lantern-weather/'>Lantern Weather</a></li>"
    "<li><a href='/ironwood/'>Ironwood</a></li>"
    "</ul>"
)


def test_related_list_of_same_site_links_is_removed_with_its_label():
    page = ghost(paras(*REVIEW[:3]) + "<p>You may also like:</p>" + RELATED + paras(*REVIEW[3:]))
    body, report = clean(page, ".gh-content")
    assert not body.xpath(".//ul")
    assert "You may also like" not in text_of(body)
    assert rules(report).count("link list") == 1
    assert "label of link list" in rules(report)
    for sentence in REVIEW:
        assert sentence in text_of(body)


def test_recommendation_list_with_prose_after_each_link_stays():
    recs = (
        "<ul>"
        "<li><a href='/the-salt-archive/'>The Salt Archive</a>, for the same slow tides and a narrator who keeps her secrets until the end.</li>"
        "<li><a href='/lantern-weather/'>Lantern Weather</a>, if you want the coast in winter seen from the lighthouse rather than the ferry.</li>"
        "</ul>"
    )
    page = ghost(paras(*REVIEW[:3]) + "<p>If this one worked for you, try:</p>" + recs + paras(*REVIEW[3:]))
    body, report = clean(page, ".gh-content")
    assert len(body.xpath(".//ul/li")) == 2
    assert "If this one worked for you" in text_of(body)
    assert report.removed == []


def test_previous_next_line_is_a_link_block():
    page = substack(paras(*REVIEW) + "<p><a href='/older/'>« Older post</a> | <a href='/newer/'>Newer post »</a></p>")
    body, report = clean(page, ".body.markup")
    assert "Older post" not in text_of(body)
    assert rules(report) == ["link list"]


def test_paragraph_with_two_inline_links_stays():
    line = ("Marlow thanks <a href='/a/'>her editor</a> and <a href='/b/'>a ferry crew in Leith</a> in the afterword, "
            "which explains how much of the engine-room detail is borrowed from their stories.")
    page = substack(paras(*REVIEW[:3]) + f"<p>{line}</p>" + paras(*REVIEW[3:]))
    body, report = clean(page, ".body.markup")
    assert "ferry crew in Leith" in text_of(body)
    assert report.removed == []


# -- label lines ---------------------------------------------------------------------------------------------------


def test_heading_and_colon_label_go_with_what_they_introduce():
    page = ghost(paras(*REVIEW) + "<h3>Around the blog</h3><p>Recent reviews:</p>" + RELATED)
    body, report = clean(page, ".gh-content")
    assert "Around the blog" not in text_of(body) and "Recent reviews" not in text_of(body)
    assert rules(report).count("label of link list") == 2


def test_bold_only_paragraph_is_a_label():
    page = ghost(paras(*REVIEW) + "<p><strong>Share this</strong></p>"
                 + "<p><a href='https://www.linkedin.com/sharing/share-offsite/?url=x'>LinkedIn</a> <a href='https://www.reddit.com/submit?url=x'>Reddit</a></p>")
    body, report = clean(page, ".gh-content")
    assert "Share this" not in text_of(body)
    assert rules(report) == ["share links", "label of share links"]


def test_a_review_heading_before_kept_text_stays():
    page = ghost("<h2>The crossing</h2>" + paras(*REVIEW[:3]) + "<h2>Verdict:</h2>" + paras(*REVIEW[3:]))
    body, report = clean(page, ".gh-content")
    assert "The crossing" in text_of(body) and "Verdict:" in text_of(body)
    assert report.removed == []


def test_a_long_line_before_a_removed_block_is_not_a_label():
    long_line = "After all that I want to point you to some of the other coastal novels I have written about here over the years, in no order:"
    page = ghost(paras(*REVIEW) + f"<p>{long_line}</p>" + RELATED)
    body, report = clean(page, ".gh-content")
    assert long_line in text_of(body)
    assert rules(report) == ["link list"]


def test_an_unspaced_review_in_a_wrapper_is_not_the_label_of_a_removed_block():
    """Chinese and Japanese text has few spaces: a wrapper holding a whole review is no short label (words counted by script)."""
    review = ("<div><p>去年冬天在旧书摊上买到这本小说，一直放在枕边，直到这个月才读完最后一章，合上书的时候窗外已经天亮了。</p>"
              "<p>作者写小镇的雨写得极好，每一个人物都像是我认识多年的邻居，可惜后半部分节奏突然加快，几个重要的转折只用了寥寥数笔。</p></div>")
    page = ghost(f"<div class='wrap'>{review}{RELATED}</div>")
    body, report = clean(page, ".gh-content")
    assert "去年冬天在旧书摊上买到这本小说" in text_of(body) and "寥寥数笔" in text_of(body), rules(report)
    assert "label of a removed block" not in rules(report)
