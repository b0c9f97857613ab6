"""Misfires of bpseries36's ``seriesbox`` rules on pages nobody wrote them for (rev-bpseries36), pages of my own.

- price box: a line that mentions a price in a sentence of its own (under a bold label, in a classed box, or after a
  bid to buy closed by a colon) is the reviewer's, not a list of editions and prices;
- series line: bare numbers between marks (years, a page count and a year, scores) are no numbered series parts,
  which share one frame around their number ("No. 12 | No. 13", "第141回｜第142回").
"""

import pytest

from tests.test_seriesbox_s36 import _kept, _text


@pytest.mark.parametrize("line, kept", [
    ("<p>Buy it at the harbour bookshop: at £12 it is an absolute steal for this much book.</p>", "absolute steal"),
    ("<p>Kauft es in der Buchhandlung um die Ecke: für 22 € bekommt ihr hier ein wunderbares Buch.</p>",
     "wunderbares"),
    ("<p><b>Value:</b> I paid £25 for the hardback and would have paid £40 gladly.</p>", "gladly"),
    ("<div class='wp-block-group'><p>I paid £25 for the hardback and would have paid £40 gladly.</p></div>", "gladly"),
])
def test_a_sentence_that_mentions_prices_stays(line, kept):
    text = _text(middle=line)
    assert kept in text and _kept(text)


@pytest.mark.parametrize("box, kept", [
    ("<div class='wp-block-group'><p><strong>Read in</strong>: 2019 / 2024</p></div>", "2024"),
    ("<div class='book-info'><p><strong>Details</strong>: 320 pp · 2023</p></div>", "320"),
    ("<div class='scores'><p><strong>Plot · Prose · Pace</strong>: 4 · 5 · 3</p></div>", "Pace"),
])
def test_bare_numbers_between_marks_are_no_series(box, kept):
    text = _text(middle=box)
    assert kept in text and _kept(text)


@pytest.mark.parametrize("box, gone", [
    ("<div class='column-index'><p><b>Sunday column</b> No. 12 | No. 13 | No. 14</p></div>", "No. 13"),
    ("<div class='series'><p><b>芥川賞読破シリーズ</b> 第141回｜第142回｜第144回</p></div>", "第142回"),
])
def test_numbered_parts_in_one_frame_still_go(box, gone):
    text = _text(middle=box)
    assert gone not in text and _kept(text)
