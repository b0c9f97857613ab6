"""A blank block has no text and no picture (nodes.blank, rev34c): a video, a sound, an embedded frame or a drawing,
dropped with the dead tags before the cleaning, still stood there (nodes.mark_media), so a follow line with a video
or an embed after it does not close the post; a divider or an empty line does."""

from __future__ import annotations

import pytest

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.nodes import blank, mark_media

_P = ("<p>Nell Garrow's Salt and Tallow follows a chandler's widow who keeps her husband's shop open through one wet "
      "spring, and each chapter lets a customer's errand open a door into the town's quiet debts.</p>"
      "<p>The voice is dry and patient, funnier than the blurb admits, and the ending pays for a slow middle third; "
      "the translation keeps the dialect without making a costume of it, which is rarer than it should be.</p>"
      "<p>The afterword on the candle trade is worth reading first, and the map at the front is the best I have seen "
      "in a novel this year, down to the chandlers' guild hall on the corner of the square.</p>")
_FOLLOW = "<p>Follow Nell Garrow on Instagram, where she posts the candle moulds that open each chapter.</p>"


def _body(tail: str) -> str:
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Salt and Tallow</title></head><body>'
            f'<article class="post"><h1 class="entry-title">Salt and Tallow</h1><div class="entry-content">{_P}'
            f'{_FOLLOW}{tail}</div></article></body></html>')
    return extract_page(html, "https://lamplit.example.org/2026/salt-and-tallow/").body_text


MEDIA = [
    '<figure class="wp-block-video"><video src="/moulds.mp4" controls></video></figure>',
    '<div class="embed"><iframe src="https://player.example.com/v/123"></iframe></div>',
    '<p><picture><source srcset="/mould.webp"></picture></p>',
    '<div class="drawing"><svg viewBox="0 0 10 10"><circle r="4"></circle></svg></div>',
    '<figure><audio src="/reading.mp3" controls></audio></figure>',
]


@pytest.mark.parametrize("tail", [m for m in MEDIA if m.startswith(("<figure", "<p"))])
def test_a_follow_line_before_a_video_or_a_picture_stays(tail):
    """(A bare box holding only a frame or a drawing is no block of the body's: the line is the last one either way.)"""
    assert "Follow Nell Garrow" in _body(tail)


@pytest.mark.parametrize("tail", MEDIA)
def test_a_box_whose_player_was_dropped_is_not_blank(tail):
    box = lxml_html.fragment_fromstring(tail)
    for element in list(box.iter("video", "iframe", "svg", "audio")):
        mark_media(element)
        element.drop_tree()
    assert not blank(box)


@pytest.mark.parametrize("tail", ["<hr>", "<p>&nbsp;</p>", "<div></div>"])
def test_a_divider_or_an_empty_line_is_blank(tail):
    assert blank(lxml_html.fragment_fromstring(tail, create_parent="div")[0])
