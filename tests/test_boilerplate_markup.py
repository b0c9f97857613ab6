"""scraper.extract.boilerplate: forms, comment sections, selectors and blocks, and page parts around the post.

remove_forms, remove_comments, remove_selectors and blocks on invented markup (a Ghost signup card, comment boxes
of several platforms and design systems and their near-miss class names), then citations of the post, a Quarto
appendix, a callout and a table of contents, through clean_body or extract_page. The shared Tidal Pages post is in
tests/cleaning.py.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.boilerplate import CleanReport, blocks, remove_comments, remove_forms, remove_selectors
from tests.cleaning import TIDAL_HOST as HOST
from tests.cleaning import TIDAL_REVIEW as REVIEW
from tests.cleaning import clean_tidal as clean
from tests.cleaning import ghost, paras, rules, text_of


# -- forms ---------------------------------------------------------------------------------------------------------


def test_subscribe_box_with_a_form_is_removed_whole():
    box = (
        "<div class='signup-card'><h4>Never miss a crossing</h4><p>One email a month, new reviews only.</p>"
        "<form action='/members/api/send-magic-link/'><input type='email' name='email'><input type='submit' value='Join'></form></div>"
    )
    root = lxml.html.fromstring(ghost(paras(*REVIEW[:3]) + box + paras(*REVIEW[3:])))
    report = CleanReport()
    remove_forms(root, report)
    assert not root.xpath("//form") and not root.xpath("//input")
    assert not root.cssselect(".signup-card")
    assert "Never miss a crossing" not in text_of(root)
    assert any(r.rule == "form" and "Never miss" in r.text for r in report.removed)
    for sentence in REVIEW:
        assert sentence in text_of(root)


def test_form_directly_in_the_article_takes_nothing_else():
    root = lxml.html.fromstring(f"<html><body><article>{paras(*REVIEW)}<form><input type='email'></form></article></body></html>")
    remove_forms(root, CleanReport())
    assert not root.xpath("//form")
    assert len(root.xpath("//article/p")) == len(REVIEW)


def test_a_form_around_the_post_is_a_wrapper_only_its_controls_go():
    # ASP.NET wraps a whole page in one form; old Reddit sets a post's text in its edit form
    root = lxml.html.fromstring(
        f"<html><body><form id='aspnetForm' action='/post.aspx'><input type='hidden' name='__VIEWSTATE' value='x'>"
        f"<article>{paras(*REVIEW)}</article><textarea name='reply'></textarea><button>Send</button></form></body></html>")
    report = CleanReport()
    remove_forms(root, report)
    for sentence in REVIEW:
        assert sentence in text_of(root)
    assert not root.xpath("//input | //textarea | //button") and not any(r.rule == "form" for r in report.removed)


# -- comment sections ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "<section id='comments'><p>What a lovely review!</p></section>",
        "<ol class='comment-list'><li>I cried at the ending too.</li></ol>",
        "<div id='respond'><h3>Leave a reply</h3></div>",
        "<div id='disqus_thread'><p>Loading the discussion</p></div>",
        "<div class='wrap comments-area'><p>Two responses</p></div>",
        # a design system's namespace before the token (the box may hold <article>s of its own)
        "<div class='xo-comments'><h2>replies</h2><article class='xo-comment'><p>Same, the ferry scene!</p></article></div>",
        "<section class='c-comment-list'><p>Three replies</p></section>",
        "<div class='QXComment'><a class='QXCommentActor'>Rut L.</a> <span>Same, the ferry!</span></div>",  # camel case
        "<ul class='feed_comment'><li><span>Oda</span><p>The ferry scene!</p></li></ul>",
    ],
)
def test_comment_sections_are_removed(markup):
    root = lxml.html.fromstring(f"<html><body><article>{paras(*REVIEW)}</article>{markup}</body></html>")
    report = CleanReport()
    remove_comments(root, report)
    assert rules(report) == ["comments"]
    assert len(root.xpath("//body/*")) == 1
    assert len(root.xpath("//article/p")) == len(REVIEW)


@pytest.mark.parametrize(
    "markup",
    [
        "<div class='post has-comments-disabled'><p>Notes kept.</p></div>",
        "<div class='commentary'><p>Notes kept.</p></div>",
        "<div id='comment-policy-note'><p>Notes kept.</p></div>",
        "<aside class='commenter-spotlight'><p>Notes kept.</p></aside>",
        "<div class='entry no-comments'><p>Notes kept.</p></div>",
        "<div class='is-comments-closed has_comments'><p>Notes kept.</p></div>",
        "<div class='QXCommentBody nocomments'><p>Notes kept.</p></div>",
        "<div class='with-comments open_comments'><p>Notes kept.</p></div>",
    ],
)
def test_near_miss_comment_tokens_stay(markup):
    root = lxml.html.fromstring(f"<html><body><article>{paras(*REVIEW)}{markup}</article></body></html>")
    report = CleanReport()
    remove_comments(root, report)
    assert report.removed == []
    assert "Notes kept." in text_of(root)


# -- selectors and blocks ------------------------------------------------------------------------------------------


def test_remove_selectors_records_and_ignores_bad_selectors():
    root = lxml.html.fromstring(ghost(paras(*REVIEW) + "<div class='tip-jar'><p>Tip the reviewer</p></div>"))
    report = CleanReport()
    remove_selectors(root, ["div[", ".tip-jar"], "source hint", report)
    assert not root.cssselect(".tip-jar")
    assert [(r.rule, r.text) for r in report.removed] == [("source hint", "Tip the reviewer")]


def test_removal_keeps_the_tail_text():
    root = lxml.html.fromstring("<html><body><div id='box'>before <span class='ad'>BUY</span> after</div></body></html>")
    remove_selectors(root, [".ad"], "source hint", CleanReport())
    assert text_of(root.get_element_by_id("box")) == "before after"


def test_blocks_walks_into_wrappers():
    body = lxml.html.fromstring("<div><div class='kg-card'><p>one</p><p>two</p></div><section><h2>three</h2></section><span>four</span><div></div></div>")
    assert [text_of(b) for b in blocks(body)] == ["one", "two", "three", "four"]


# -- citations, appendices, callouts and contents ------------------------------------------------------------------


def test_a_bibtex_entry_citing_this_post_goes_with_its_heading():
    cite = ("<h3>How to cite</h3><pre><code>@misc{marlow-ferry,\n  title = {The last winter of the ferry},\n"
            f"  howpublished = {{https://{HOST}/2024/ferry/}},\n  year = {{2024}}\n}}</code></pre>")
    body, report = clean(ghost(paras(*REVIEW) + cite), ".gh-content")
    text = text_of(body)
    assert "@misc" not in text and "How to cite" not in text
    assert all(sentence in text for sentence in REVIEW)
    assert "citation of this post" in rules(report)


def test_a_bibtex_entry_for_the_reviewed_book_stays():
    entry = "<pre>@book{marlow2023, author = {Marlow, Ines}, title = {Ferry Pilot}, publisher = {Harbour Press}, year = {2023}}</pre>"
    body, report = clean(ghost(paras(*REVIEW) + entry), ".gh-content")
    assert "publisher = {Harbour Press}" in text_of(body)
    assert report.removed == []


def test_quarto_appendix_licence_and_citation_go_and_its_footnotes_stay():
    from scraper.extract import extract_page

    page = ("<html><head><meta name='generator' content='quarto-1.4.550'><title>Ferry Pilot</title></head><body>"
            "<main class='content' id='quarto-document-content'><header id='title-block-header'><h1 class='title'>Ferry Pilot</h1></header>"
            + paras(*REVIEW) + "<p>Rating: 4/5<a href='#fn1' class='footnote-ref'><sup>1</sup></a></p>"
            "<section id='footnotes' class='footnotes footnotes-end-of-document'><ol><li id='fn1'><p>Read in the second printing.</p></li></ol></section>"
            "<div id='quarto-appendix' class='default'><section class='quarto-appendix-contents' id='quarto-reuse'><h2>Licence</h2>"
            "<div><a rel='license' href='https://creativecommons.org/licenses/by/4.0/'>CC BY 4.0</a></div></section>"
            "<section class='quarto-appendix-contents' id='quarto-citation'><h2>Citation</h2><div>For attribution, please cite this work as:"
            "</div><div class='csl-entry quarto-appendix-citeas'>Ferris, Joan. 2024. “Ferry Pilot.” March 3, 2024.</div></section></div>"
            "</main></body></html>")
    record = extract_page(page, f"https://{HOST}/posts/ferry-pilot/")
    assert "please cite" not in record.body_text and "CC BY" not in record.body_text
    assert "Read in the second printing." in record.body_text
    assert REVIEW[2] in record.body_text


def test_a_sentence_in_a_callout_div_of_a_long_post_is_kept_and_a_one_word_label_is_not():
    from scraper.extract import extract_page

    callout = ("<div class='callout callout-info'><div class='callout-icon'>ℹ</div>"
               "<div class='callout-body'>Harbour Press, 2023 · 312 pages · shortlisted for the Coastline Prize</div></div>")
    label = "<div class='post-kind'>ferries</div>"
    more = ("Two of the regulars, a retired teacher and a man who sells eels, get a chapter each, and both chapters "
            "could stand alone as stories; the teacher's is the saddest thing in the book and the funniest.",
            "The prose is plain throughout, with hardly a metaphor, which makes the few it allows itself land hard.")
    # enough <p> text that trafilatura reads no bare <div> text of its own accord
    page = ("<html><head><title>Ferry Pilot by Ines Marlow</title></head><body><article class='post'>"
            f"<h1>Ferry Pilot by Ines Marlow</h1><div class='post-content'>{label}{paras(*REVIEW[:3])}{callout}{paras(*REVIEW[3:], *more)}"
            "</div></article></body></html>")
    record = extract_page(page, f"https://{HOST}/2024/ferry-pilot/")
    assert "shortlisted for the Coastline Prize" in record.body_text
    assert "ferries" not in record.body_text.split()
    assert all(sentence in record.body_text for sentence in REVIEW)


def test_a_table_of_contents_goes_with_its_summary_line():
    from scraper.extract import extract_page

    toc = ("<div class='toc'><details open><summary>On this page</summary><nav id='TableOfContents'><ul>"
           "<li><a href='#crossing'>The crossing</a></li><li><a href='#logbook'>The logbook</a></li></ul></nav></details></div>")
    page = ("<html><head><title>Ferry Pilot by Ines Marlow</title></head><body><main><article class='post-single'>"
            f"<h1>Ferry Pilot by Ines Marlow</h1><div class='post-content'>{toc}<h2 id='crossing'>The crossing</h2>{paras(*REVIEW[:3])}"
            f"<h2 id='logbook'>The logbook</h2>{paras(*REVIEW[3:])}</div></article></main></body></html>")
    record = extract_page(page, f"https://{HOST}/2024/ferry-pilot/")
    assert "On this page" not in record.body_text
    assert record.body_text.count("The logbook") == 1  # the section heading, not its entry in the contents
    assert all(sentence in record.body_text for sentence in REVIEW)
