"""Promotion spliced into a post: the blog talking about itself, asides to the reader, datelines and tags.

scraper.extract.promo and its rules in boilerplate.clean_body, on invented snippets in several languages: an
about-the-author box, a closing line naming the blog, event notices, timestamp and kicker lines, a row of hashtags,
sentences to the reader led by a pictograph. Each beside the review's own line that must stay: a paragraph naming
the blog, an info line with a date, a rating line led by a star. The shared Lantern Shelf post is in
tests/cleaning.py.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from scraper.extract.boilerplate import CleanReport, clean_body
from tests.cleaning import LANTERN_HOST as HOST
from tests.cleaning import LANTERN_REVIEW as REVIEW
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import clean_lantern as clean
from tests.cleaning import hugo, paras, rules


# -- the blog talking about itself and its events ------------------------------------------------------------------

def test_theme_class_marks_an_about_the_author_box():
    box = ("<div class='post-author-box'><div class='author-box__inner'><p><strong>Über mich:</strong> Ich lese am liebsten "
           "skandinavische Romane und schreibe hier seit 2015.</p></div></div>")
    text, report = clean(hugo(paras(*REVIEW) + box))
    assert "Über mich" not in text
    assert_review_kept(text)


def test_set_apart_closing_line_naming_the_blog_goes():
    root = lxml.html.fromstring(hugo(paras(*REVIEW) + "<p><em>Lantern Shelf is read by four hundred people a month; tell a friend.</em></p>"))
    body = root.cssselect(".post-content")[0]
    report = CleanReport()
    clean_body(body, HOST, report, names=("Lantern Shelf", "Mireille Okoro"))
    text = re.sub(r"\s+", " ", body.text_content())
    assert "four hundred people" not in text
    assert_review_kept(text)


def test_a_review_paragraph_naming_the_blog_stays():
    line = ("When I started Lantern Shelf I promised myself one review a month of a book in translation, and this one, "
            "translated from the Swedish with real care, is the reason I have kept the promise for six years.")
    root = lxml.html.fromstring(hugo(paras(*REVIEW) + f"<p>{line}</p>"))
    body = root.cssselect(".post-content")[0]
    clean_body(body, HOST, CleanReport(), names=("Lantern Shelf",))
    assert line in re.sub(r"\s+", " ", body.text_content())


@pytest.mark.parametrize("notice", [
    "<div class='admonition note'><p>Saturday, 9 March, 19:30 at the harbour library: we read the next chapter together.</p></div>",
    "<p style='background:#eef'>Quinta-feira, 14 março, 18h30 — clube do livro na biblioteca municipal.</p>",
])
def test_a_boxed_event_notice_goes(notice):
    text, _ = clean(hugo(paras(*REVIEW) + notice))
    assert "19:30" not in text and "18h30" not in text
    assert_review_kept(text)


# -- datelines, timestamps and tags --------------------------------------------------------------------------------

def test_a_dateline_with_a_colon_label_is_an_info_line_and_stays():
    page = hugo("<h1>The Ledger Keeper</h1><p><small>Published: 2022, Norstedts</small></p>" + paras(*REVIEW))
    text, report = clean(page)
    assert "Published: 2022, Norstedts" in text


def test_a_kicker_with_a_year_over_the_posts_heading_is_a_dateline():
    page = ("<html><body><article class='post'><div class='kicker'><p>June 2024 · reread</p></div>"
            "<div class='head'><h1>The Lighthouse Ledger</h1></div>" + paras(*REVIEW) + "</article></body></html>")
    text, report = clean(page, "article")
    assert "dateline" in rules(report) and "June 2024" not in text
    assert_review_kept(text)


@pytest.mark.parametrize("stamp", [
    "<p>Opublikowano 2024-03-14 08:20 · Kraków</p>",  # date and clock time, mid-post
    "<div class='post-meta'><span class='entry-date'>Aug 02. 2024</span></div>",  # a bare date in a box named for dates
    "<p>14.03.2024 · 17.03.2024</p>",  # published and updated
])
def test_a_timestamp_line_goes(stamp):
    text, report = clean(hugo(paras(*REVIEW[:2]) + stamp + paras(*REVIEW[2:])))
    assert "dateline" in rules(report) and "2024" not in text
    assert_review_kept(text)


@pytest.mark.parametrize("line", [
    "Read: 3 March 2024",  # an info line of the review: a label and one date
    "I finished it on 3 March 2024 at 02:10, on the night ferry, with the whole cabin asleep around me.",
])
def test_the_reviews_own_dated_lines_stay(line):
    text, _ = clean(hugo(paras(line, *REVIEW)))
    assert line in text


def test_a_row_of_hashtags_goes_even_one_element_a_tag():
    tags = "<div class='tag-row'><span>#islands</span> <span>#debt</span> <span>#swedish fiction</span></div>"
    text, report = clean(hugo(paras(*REVIEW) + tags))
    assert "tags" in rules(report) and "#" not in text
    assert_review_kept(text)


# -- asides to the reader flagged with a pictograph ----------------------------------------------------------------

@pytest.mark.parametrize("aside", [
    "<p>📢 Síguenos en el canal del club y entérate antes que nadie de la próxima lectura del mes.</p>",
    "<p>👉 Want more slow reviews like this one? The monthly letter is on the about page, free as always.</p>",
    "<p>🧋 如果这篇文章对你有帮助，欢迎请我喝一杯奶茶，我会用来买下一本书。</p>",
])
def test_a_sentence_to_the_reader_flagged_with_a_pictograph_late_in_the_post_goes(aside):
    text, report = clean(hugo(paras(*REVIEW) + aside))
    assert "aside to the reader" in rules(report)
    assert_review_kept(text)


@pytest.mark.parametrize("line", [
    "📖 Pages: 320 · Publisher: Harbour Lights · Translated by Eli Moss",  # an info line
    "⭐ Four out of five, and the storm chapter alone is worth the price of the paperback.",  # a rating line
])
def test_a_pictograph_led_line_of_the_review_stays_late_in_the_post(line):
    text, _ = clean(hugo(paras(*REVIEW, line)))
    assert line in text


def test_a_pictograph_led_lead_in_to_the_reviewers_own_list_stays():
    text, _ = clean(hugo(paras(*REVIEW, "👀 If you liked this one, try these next:") + "<ul><li>The Salt Ledger</li><li>Ferry Weather</li></ul>"))
    assert "try these next" in text and "The Salt Ledger" in text
