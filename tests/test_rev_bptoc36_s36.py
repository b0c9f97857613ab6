"""Misfires of the s36 section-map and cookie-notice rules (review rev-bptoc36). Own words and markup.

- ``sectionmap.jump_line``: a short sentence of prose pointing ahead through an in-page link is the review's unless the
  link is the line's point (set apart, or a label's few words around it); the section a "go/skip/head" line names must
  be in the verb's own clause (an italic epigraph opening on "Go gently, …" is a quotation), and the verb heads no
  compound ("Head-hopping …").
- ``cookienote``: the site or its tracking is named by a word of the web (not "web of lies", "keep track",
  "analysis"); a cookie word heading a compound ("cookie-cutter") is no cookie; a review of short lines (no paragraph
  of 20 words) has no unbounded opening.
"""

from scraper.extract import extract_page
from tests.test_cookie_notice_s36 import _PARAS
from tests.test_cookie_notice_s36 import _page as _cookie_page
from tests.test_section_map_s36 import _page, _sections


def _text(html):
    return extract_page(html, "https://reviewshelf.example.com/2026/12/a-review/").body_text


def test_short_prose_sentence_with_in_page_link_stays():
    parts = list(_sections(before_story="<p>The ending split my book club; more on that in "
                                        "<a href='#verdict'>my verdict</a>.</p>"))
    parts[8] = "<h2 id='verdict'>Verdict</h2>"
    assert "split my book club" in _text(_page(*parts))


def test_labelled_in_page_link_still_goes():
    parts = list(_sections(before_story="<p>Straight to: <a href='#verdict'>the verdict</a></p>"))
    parts[8] = "<h2 id='verdict'>Verdict</h2>"
    assert "Straight to" not in _text(_page(*parts))


def test_italic_epigraph_opening_on_go_stays():
    line = "<p><em>Go gently, the voice of the keeper says, the sea forgives nothing.</em></p>"
    assert "the sea forgives nothing" in _text(_page(*_sections(before_story=line)))


def test_compound_opening_on_head_stays():
    line = "<p><em>Head-hopping between the story's widow and her brother is the one flaw in the voice.</em></p>"
    assert "Head-hopping" in _text(_page(*_sections(before_story=line)))


def test_cookie_cutter_verdict_line_at_the_end_stays():
    line = "<p>The plot is cookie-cutter, but the web of small-town lies kept me reading.</p>"
    assert "cookie-cutter" in _text(_cookie_page(*_PARAS, line))


def test_review_line_with_cookies_and_analysis_stays():
    line = "<p>Boken har recept på kakor och en skarp analys av sorg.</p>"
    assert "recept på kakor" in _text(_cookie_page(*_PARAS, line, lang="sv"))


def test_fortune_cookie_line_keeping_track_stays():
    line = "<p>Fortune cookie wisdom all through, and hard to keep track of the cast.</p>"
    assert "Fortune cookie wisdom" in _text(_cookie_page(*_PARAS, line))


def test_middle_of_a_review_of_short_lines_stays():
    lines = ["<p>Short, sweet, funny.</p>", "<p>Loved the baker.</p>", "<p>And her night shifts.</p>",
             "<p>Crisp as a fresh cookie, and the cookie website she runs is a hoot.</p>",
             "<p>More soon.</p>", "<p>Read it.</p>", "<p>Really.</p>", "<p>Truly.</p>"]
    assert "Crisp as a fresh cookie" in _text(_cookie_page(*lines))


def test_cookie_notice_at_the_top_still_goes():
    text = _text(_cookie_page("<p><small>This website uses cookies for analytics.</small></p>", *_PARAS))
    assert "uses cookies" not in text and "night-shift baker" in text
