"""readalsoline._dead_anchors (rev34h): a "read also" line whose title is an anchor with no href but a click handler
is the script's link and goes, whatever handle (an id) the script gives it; an anchor named for a jump (name=, or an
id without a click handler) is a heading of the review's own and stays (rev34c)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_PARAS = ("<p>The novel follows a night-shift baker through the winter his shop is sold, and the pacing is patient, "
          "each early morning drawn with the same care as the last.</p>"
          "<p>The prose is plain and exact, the baker's friendships ring true, and the ending refuses the easy comfort "
          "the middle seems to promise, which I admired a great deal.</p>")


def _body(line: str, lang: str = "en") -> str:
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1>Night Bread</h1><div class="entry-content">{_PARAS}<p>{line}</p></div></article></body></html>')
    return extract_page(html, "https://crumbs.example.net/night-bread/").body_text


@pytest.mark.parametrize("line,title", [
    ("Read also: <a id='more3' onclick='openPost(3)'>Five novels about bakers</a>", "Five novels about bakers"),
    ("Lesen Sie auch: <a id='r7' onclick='jump(7)'>Bücher für lange Nächte</a>", "Bücher für lange Nächte"),
    ("Lire aussi : <a class='rel' onclick='go(2)'>Dix romans d'hiver</a>", "Dix romans d'hiver"),
])
def test_a_click_handled_anchor_goes(line, title):
    body = _body(line)
    assert title not in body, body
    assert "night-shift baker" in body


@pytest.mark.parametrize("line,title", [
    ("Related: <a name='ovens'>the two ovens</a>", "the two ovens"),
    ("Read also: <a id='note2'>the baker's notebook</a>", "the baker's notebook"),
])
def test_a_jump_anchor_stays(line, title):
    assert title in _body(line)
