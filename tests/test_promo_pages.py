"""Promotion around a post, on whole pages: platform widgets, related blocks, teasers and listings.

scraper.extract.extract_page (and boilerplate.remove_selectors for widgets) on invented pages in layouts the rules
were not written for: a Tumblr text post, a hand-made table layout, Drupal teasers, an Elementor post grid, a
Pelican theme. The post's text must come through whole, the promotion around it must not, and a post with a
related block must not be taken for a listing (while a real front page of teasers still is). Also the listing
paths and the word count of unspaced scripts. The shared Lantern Shelf post is in tests/cleaning.py.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.boilerplate import CleanReport, remove_selectors
from scraper.extract.platforms import WIDGET_SELECTORS
from tests.cleaning import LANTERN_HOST as HOST
from tests.cleaning import LANTERN_REVIEW as REVIEW
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import clean_lantern as clean
from tests.cleaning import hugo, olivero, paras


# -- widgets take the box they sit in ------------------------------------------------------------------------------

def test_widget_takes_its_heading_and_lead_in_but_not_the_post():
    page = hugo(paras(*REVIEW) + "<div class='signup'><h3>Stay in touch</h3><p>One letter a month.</p>"
                "<div class='mc4wp-form'><input type='email'></div></div>")
    root = lxml.html.fromstring(page)
    report = CleanReport()
    remove_selectors(root, WIDGET_SELECTORS, "platform widget", report, boxed=True)
    text = root.text_content()
    assert "Stay in touch" not in text and "One letter a month" not in text
    assert_review_kept(re.sub(r"\s+", " ", text))


def test_widget_directly_in_the_post_body_takes_nothing_else():
    page = olivero("<p>Short and sweet: a lovely book.</p><div class='sharedaddy'><a href='#'>Share</a></div>")
    root = lxml.html.fromstring(page)
    remove_selectors(root, WIDGET_SELECTORS, "platform widget", CleanReport(), boxed=True)
    assert "Short and sweet: a lovely book." in root.text_content()
    assert root.cssselect(".field--name-body")


@pytest.mark.parametrize("label", ["Leia também", "Lees ook", "Zobacz też"])
def test_a_wrapper_left_with_only_its_label_goes(label):
    related = (f"<div class='related-box-x'><strong>{label}</strong><ul><li><a href='/a/one'>One post</a></li>"
               "<li><a href='/b/two'>Another post</a></li></ul></div>")
    text, _ = clean(hugo(paras(*REVIEW[:3]) + related + paras(*REVIEW[3:])))
    assert label not in text
    assert_review_kept(text)


# -- whole pages: what a reader of the post sees -------------------------------------------------------------------

def test_tumblr_text_post_end_to_end():
    page = (
        "<html><head><title>the ledger keeper, tove ahlgren</title></head><body><div id='container'><div class='posts'>"
        "<article class='post text'><div class='post-content'><h2>The Ledger Keeper by Tove Ahlgren</h2>"
        + paras(*REVIEW)
        + "<p><i>psst — my shop links go to bookshop.org and I get a small cut</i></p>"
        "<p style='font-size:12px'>follow me <a href='https://www.instagram.com/lanternshelf'>@lanternshelf</a></p>"
        "</div><footer class='post-footer'><a href='/tagged/books'>#books</a></footer></article></div></div></body></html>"
    )
    record = extract_page(page, "https://lanternshelf.tumblr.com/post/1/the-ledger-keeper")
    assert "bookshop.org" not in record.body_text
    assert "follow me" not in record.body_text
    assert_review_kept(re.sub(r"\s+", " ", record.body_text))


def test_pull_quotes_and_captions_survive_extraction():
    page = hugo(paras(*REVIEW[:2]) + "<figure class='pullquote'><blockquote><p>Weather, written better than anyone writes it.</p></blockquote></figure>"
                + "<figure><img src='/ferry.jpg' alt=''><figcaption>The ferry at Norrö, which I rode twice.</figcaption></figure>" + paras(*REVIEW[2:]))
    record = extract_page(page, f"https://{HOST}/2024/ledger-keeper/")
    assert "Weather, written better than anyone writes it." in record.body_text
    assert "The ferry at Norrö, which I rode twice." in record.body_text


HANDMADE = (
    "<html><head><title>The Ledger Keeper - Mira's Reading Room</title></head><body>"
    "<table><tr><td colspan='2'><font size='6'>Mira's Reading Room</font><br><i>novels, mostly Nordic</i></td></tr>"
    "<tr><td width='140'><a href='/'>Home</a><br><a href='/books/'>All reviews</a><br><a href='/links.html'>Links</a></td>"
    "<td><h1>The Ledger Keeper</h1><p><font size='1'>Tove Ahlgren, 2022. Read in the summer of 2023.</font></p>"
    + paras(*REVIEW) + "</td></tr></table><p><a href='/'>back to the top</a></p></body></html>"
)


def test_a_table_layout_page_yields_only_the_post():
    record = extract_page(HANDMADE, "http://www.miras-room.example/books/ledger.html")
    assert_review_kept(re.sub(r"\s+", " ", record.body_text))
    for chrome in ("Mira's Reading Room", "novels, mostly Nordic", "All reviews", "back to the top", "Read in the summer"):
        assert chrome not in record.body_text


# -- a post with teasers of other posts is no listing; a page of teasers is ----------------------------------------

def test_a_teaser_of_another_post_in_a_related_block_does_not_make_a_listing():
    teaser = ("<div class='block-views related-articles'><article class='node--view-mode-teaser'>"
              "<div class='field--name-body'><p>A short teaser of another review on this site.</p></div></article></div>")
    page = ("<html><body><main><article class='node--view-mode-full'><div class='field field--name-body'>"
            + paras(*REVIEW) + "</div></article>" + teaser + "</main></body></html>")
    record = extract_page(page, f"https://{HOST}/reviews/ledger-keeper")
    assert "listing" not in record.reason
    assert "teaser of another review" not in record.body_text
    assert_review_kept(re.sub(r"\s+", " ", record.body_text))


def test_a_front_page_of_teasers_is_still_a_listing():
    teaser = "<article class='node--view-mode-teaser'><div class='field--name-body'>{}</div></article>"
    page = "<html><body><main>" + "".join(teaser.format(paras(r)) for r in REVIEW) + "</main></body></html>"
    record = extract_page(page, f"https://{HOST}/")
    assert record.kind == "listing"


def test_elementor_post_content_is_the_body_and_its_post_grid_is_not_a_listing():
    grid = ("<div class='elementor-widget elementor-widget-posts'><div class='elementor-posts-container'>"
            + "".join(f"<article class='elementor-post'><h3><a href='/p{i}/'>Other post {i}</a></h3><p>Excerpt {i}.</p></article>" for i in range(3))
            + "</div></div>")
    page = ("<html><body><div class='elementor elementor-location-single'>"
            "<div class='elementor-widget elementor-widget-theme-post-content'><div class='elementor-widget-container'>"
            + paras(*REVIEW) + "</div></div>" + grid + "</div></body></html>")
    record = extract_page(page, f"https://{HOST}/ledger-keeper/")
    assert "listing" not in record.reason
    assert "Other post" not in record.body_text
    assert_review_kept(re.sub(r"\s+", " ", record.body_text))


def test_a_next_post_teaser_after_the_post_does_not_make_a_listing():
    page = ("<html><body><section class='blog'><article class='post'>" + paras(*REVIEW) + "</article>"
            "<section class='more-from-blog next-up'><article class='post'><h2><a href='/older/'>An older post</a></h2>"
            "<p>Its first lines, as a teaser.</p></article></section></section></body></html>")
    record = extract_page(page, f"https://{HOST}/ledger-keeper")
    assert "listing" not in record.reason
    assert "An older post" not in record.body_text


def test_a_static_theme_that_marks_every_page_home_does_not_make_a_post_a_listing():
    page = ("<html><head><meta name='generator' content='Pelican'><title>The Ledger Keeper by Tove Ahlgren</title></head>"
            "<body id='index' class='home'><article><div class='entry-content'>" + paras(*REVIEW) + "</div></article></body></html>")
    record = extract_page(page, f"https://{HOST}/the-ledger-keeper.html")
    assert record.kind != "listing"


def test_a_hand_made_page_of_teasers_is_not_one_post():
    teaser = "<div class='entry'><h2><a href='/r/{0}.html'>Review {0}</a></h2>" + "<p>{1}</p></div>"
    page = ("<html><head><title>Reviews</title></head><body><table><tr><td>"
            + "".join(teaser.format(i, r) for i, r in enumerate(REVIEW)) + "</td></tr></table></body></html>")
    record = extract_page(page, f"http://{HOST}/reviews/")
    assert not record.is_review


@pytest.mark.parametrize("path, listing", [
    ("/archives/12345", False), ("/letters/archive/issue-12-the-ledger-keeper/", False),
    ("/archive/", True), ("/archives/2023/05/", True),
])
def test_archive_paths(path, listing):
    from scraper.extract.classify import LISTING_PATH
    assert bool(LISTING_PATH.search(path)) is listing


def test_words_in_unspaced_scripts_are_counted():
    from scraper.extract import count_words
    assert count_words("夏目漱石の小説はとても静かで、読み終えたあとも長く心に残った。") >= 12
    assert count_words("plain English words here") == 4
