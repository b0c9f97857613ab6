"""scraper.extract.boilerplate: the structural cleaning rules, on markup they were not written for.

Every snippet here is invented: Ghost and Substack layouts, a French events box, a Spanish
list of dates, a plain static page. Each rule is tested both ways: what it must remove and a
near miss it must keep.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from scraper.extract.boilerplate import (
    CleanReport,
    blocks,
    clean_body,
    remove_comments,
    remove_forms,
    remove_selectors,
)

HOST = "tidalpages.example"

# distinct review paragraphs (repeated paragraphs would be a different page entirely)
REVIEW = [
    "Ines Marlow's novel follows a ferry pilot through the last winter before the bridge opens, and it is patient in the best way.",
    "The pilot's logbook entries break up the chapters, terse and funny, and they carry more feeling than the dialogue around them.",
    "Marlow is good on work: the tides, the engine, the regulars who ride across every morning and never say where they are going.",
    "The middle sags a little when a subplot about a lost inheritance takes over, but the final crossing earns every page before it.",
    "I came to it for the premise and stayed for the sentences, which are plain, exact and now and then startlingly beautiful.",
]


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def ghost(inner: str) -> str:
    return f"<html><body class='post-template'><main><article class='gh-article'><section class='gh-content gh-canvas'>{inner}</section></article></main></body></html>"


def substack(inner: str) -> str:
    return f"<html><body><div class='available-content'><div class='body markup' dir='auto'>{inner}</div></div></body></html>"


def clean(page: str, selector: str) -> tuple[lxml.html.HtmlElement, CleanReport]:
    root = lxml.html.fromstring(page)
    body = root.cssselect(selector)[0]
    report = CleanReport()
    clean_body(body, HOST, report)
    return body, report


def text_of(element) -> str:
    return re.sub(r"\s+", " ", element.text_content()).strip()


def rules(report: CleanReport) -> list[str]:
    return [r.rule for r in report.removed]


def removed_text(report: CleanReport, rule: str) -> list[str]:
    return [r.text for r in report.removed if r.rule == rule]


# -- the tail: a call to action ends the review ------------------------------------------------------


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
    assert removed_text(report, "sign-off after a call to action") and len(removed_text(report, "sign-off after a call to action")) == 2
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


# -- link lists ------------------------------------------------------------------------------------


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


# -- event listings -------------------------------------------------------------------------------------


def test_french_event_listing_is_removed_with_its_label():
    events = paras(
        "Rencontres à venir :",
        "12 mars — lecture à la librairie du port, 19 h",
        "3 avril : table ronde à la médiathèque",
        "mardi 15 mai, club de lecture au café des Halles",
    )
    page = ghost(paras(*REVIEW) + events)
    body, report = clean(page, ".gh-content")
    assert "librairie du port" not in text_of(body)
    assert "médiathèque" not in text_of(body)
    assert "Rencontres" not in text_of(body)
    assert rules(report).count("event listing") == 3
    assert REVIEW[-1] in text_of(body)


def test_spanish_dates_in_a_list_are_an_event_listing():
    events = "<ul><li>12 de marzo, Librería del Puerto</li><li>3 de abril, Biblioteca Norte</li><li>20 de mayo, Feria del Libro</li></ul>"
    page = substack(paras(*REVIEW) + "<p>Próximas presentaciones:</p>" + events)
    body, report = clean(page, ".body.markup")
    assert not body.xpath(".//ul")
    assert "Próximas" not in text_of(body)
    assert "event listing" in rules(report)


def test_two_dated_paragraphs_are_a_diary_not_an_event_listing():
    diary = paras(
        "14 de marzo: empecé la novela en el tren y no pude soltarla hasta la última estación, con el libro ya lleno de notas.",
        "15 de marzo: la segunda mitad es más lenta, pero el final compensa la espera con creces y cierra todo lo abierto.",
    )
    page = substack(paras(*REVIEW[:2]) + diary + paras(*REVIEW[2:]))
    body, report = clean(page, ".body.markup")
    assert "empecé la novela" in text_of(body) and "la segunda mitad" in text_of(body)
    assert report.removed == []


# -- share bars ----------------------------------------------------------------------------------------------


def test_share_bar_is_removed():
    bar = (
        "<div class='share-row'><a href='https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftidalpages.example%2Fx'>Facebook</a>"
        " <a href='https://x.com/intent/post?url=x'>X</a> <a href='https://bsky.app/intent/compose?text=x'>Bluesky</a>"
        " <a href='mailto:?subject=A%20review'>Email</a></div>"
    )
    page = ghost(paras(*REVIEW[:4]) + bar + paras(REVIEW[4]))
    body, report = clean(page, ".gh-content")
    assert not body.xpath(".//a")
    assert rules(report) == ["share links"]
    assert REVIEW[4] in text_of(body)


def test_a_mention_of_a_social_site_is_not_a_share_bar():
    line = "Marlow posts photographs of the real ferry on <a href='https://www.instagram.com/some.ferry/'>her Instagram</a>, which is worth a look."
    page = ghost(paras(*REVIEW[:2]) + f"<p>{line}</p>" + paras(*REVIEW[2:]))
    body, report = clean(page, ".gh-content")
    assert "her Instagram" in text_of(body)
    assert report.removed == []


# -- copyright lines -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["© 2025 Tidal Pages. Quote freely, link back.", "(c) Tidal Pages 2025", "Copyright 2025 Ines Reader, all rights reserved."])
def test_copyright_line_is_removed(line):
    page = substack(paras(*REVIEW) + f"<p>{line}</p>")
    body, report = clean(page, ".body.markup")
    assert line not in text_of(body)
    assert REVIEW[-1] in text_of(body)
    assert rules(report) == ["copyright"]


def test_copyright_sign_inside_a_sentence_stays():
    line = "The epigraph carries a © line of its own, a small joke about who owns a river, and it set the tone for me."
    page = substack(paras(*REVIEW[:2]) + f"<p>{line}</p>" + paras(*REVIEW[2:]))
    body, report = clean(page, ".body.markup")
    assert "a small joke about who owns a river" in text_of(body)
    assert report.removed == []


# -- contact bios ---------------------------------------------------------------------------------------------------


def test_contact_bio_with_mailto_near_the_end_is_removed():
    bio = "I review small-press fiction and translations; pitches to <a href='mailto:ines@tidalpages.example'>my inbox</a>."
    page = ghost(paras(*REVIEW) + f"<p>{bio}</p>")
    body, report = clean(page, ".gh-content")
    assert "pitches to" not in text_of(body)
    assert rules(report) == ["contact bio"]


def test_plain_address_near_the_end_is_a_contact_bio():
    page = ghost(paras(*REVIEW) + "<p>Review copies: books@tidalpages.example</p>")
    body, report = clean(page, ".gh-content")
    assert "Review copies" not in text_of(body)
    assert rules(report) == ["contact bio"]


def test_the_word_email_in_a_review_paragraph_stays():
    line = "The pilot's daughter writes him an email every night that he never answers, and the last one is the best page in the book."
    page = ghost(paras(*REVIEW) + f"<p>{line}</p>")
    body, report = clean(page, ".gh-content")
    assert line in text_of(body)
    assert report.removed == []


def test_mailto_early_in_the_post_stays():
    early = "Disclosure: the publisher sent a copy; questions go to <a href='mailto:ines@tidalpages.example'>me</a>."
    page = ghost(f"<p>{early}</p>" + paras(*REVIEW))
    body, report = clean(page, ".gh-content")
    assert "Disclosure" in text_of(body)
    assert report.removed == []


# -- forms -------------------------------------------------------------------------------------------------------------


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


# -- comment sections ----------------------------------------------------------------------------------------------------


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


# -- label lines ---------------------------------------------------------------------------------------------------------------


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


# -- selectors and blocks ------------------------------------------------------------------------------------------------------


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
