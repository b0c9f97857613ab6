"""A member's byline right under the title: "<h1>T</h1><h4>by <a href=/profile/61221>ana</a></h4>" (the body
helper, round 28, on the spent corpora's failures).

On a serial-fiction or catalogue site the line under the work's title names its author by their member page; on a
blog it names the poster. Either way it is the page's byline, not the review: it leaves the body's text, and stays in
the tree for the book rules (it names the book's author on a serial's page). The word for "by" is any one word.
What stays: a line with more words than the name and one word, a link that is no member's page, a line not right
under the title, a line with a score. Our own words and markup, English, Spanish, Japanese.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.edges import _member_byline

EN = ["I started this serial on a long train ride and did not expect to still be reading it a year later. The world is "
      "small at first, one inn and a handful of travellers, and grows so slowly you hardly notice.",
      "The early chapters are rough and the author says so; the later ones are some of the best fantasy writing I have "
      "read online. Five stars from me, with a warning about the length.",
      "If you like slow stories about found families, give it the first ten chapters before you decide."]


def _serial(line: str) -> str:
    return ("<html><head><title>The Lantern Inn | Serials</title></head><body><main><div class='fic-header'>"
            f"<div class='fic-title'><h1>The Lantern Inn</h1>{line}</div></div><div class='review'>"
            + "".join(f"<p>{p}</p>" for p in EN) + "</div></main></body></html>")


def test_a_members_byline_under_the_title_leaves_the_text():
    record = extract_page(_serial("<h4><span>by</span> <span><a href='/profile/4412'>lanternwright</a></span></h4>"),
                          "https://serials.example/fiction/4412/the-lantern-inn/reviews")
    assert "by lanternwright" not in record.body_text
    assert EN[2] in record.body_text
    assert [r["rule"] for r in record.to_dict()["removed"]] == ["member byline"]  # (out of the text, left in the tree)


def _block(html: str):
    root = lxml.html.fromstring(f"<div><h1>The Lantern Inn</h1>{html}</div>")
    return root[1]


def test_members_bylines_in_any_language():
    for html in ("<h4>by <a href='/profile/4412'>lanternwright</a></h4>",
                 "<p>por <a href='/usuarios/ana-ruiz'>Ana Ruiz</a></p>",
                 "<p><a href='/users/mika'>mika</a> 作</p>"):
        assert _member_byline(_block(html)), html


def test_lines_that_are_no_members_byline():
    for html in ("<p>A story by <a href='/profile/4412'>lanternwright</a> about an inn</p>",  # more words
                 "<h4>by <a href='/tags/fantasy'>fantasy</a></h4>",  # no member's page
                 "<h4>by <a href='/profile/4412'>lanternwright</a> · 4.5/5</h4>"):  # a score
        assert not _member_byline(_block(html)), html
    root = lxml.html.fromstring("<div><h1>T</h1><p>Intro.</p><h4>by <a href='/profile/4412'>lanternwright</a></h4></div>")
    assert not _member_byline(root[2])  # not right under the title
