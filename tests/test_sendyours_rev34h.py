"""submissioncall: the desk's call for the readers' notes, "send yours", bidden after "please", "kindly" or a
sentence-opening (or dash-opening) "do" (rev34h); a statement ("the office will send yours", "they do send yours on
request") and a letter's "yours truly" stay."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_PARAS = ("<p>The novel follows two sisters who run a ferry café through one wet autumn, and the pacing is patient, "
          "every scene allowed to settle before the next begins.</p>"
          "<p>The prose is plain and exact, the quarrels between the sisters ring true, and the ending refuses "
          "the easy comfort the middle seems to promise, which I admired.</p>")


def _body(tail: str) -> str:
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1>Harbour Tea</h1><div class="entry-content">{_PARAS}<p>{tail}</p></div></article></body></html>')
    return extract_page(html, "https://readingroom.example.net/harbour-tea/").body_text


@pytest.mark.parametrize("tail", [
    "Our winter newsletter gathers members' notes on comfort reads; the deadline is 2 March. Please send yours to "
    "the editors.",
    "The club's bulletin collects short notes on books read aloud — do send yours to the editors by Friday.",
    "Next issue collects readers' notes on first novels. Kindly send yours to the editorial team before June.",
    "Members' notes on poetry go in the spring issue. Do send yours to the editors.",
])
def test_the_bidden_send_yours_goes(tail):
    body = _body(tail)
    assert "send yours" not in body.lower(), body
    assert "ferry café" in body


@pytest.mark.parametrize("tail", [
    "I asked for a signed copy and the shop said they do send yours on request, which was kind.",
    "The publisher will send yours after the launch, the editor told me.",
])
def test_a_statement_about_sending_stays(tail):
    assert tail in _body(tail)
