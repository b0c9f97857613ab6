"""housekeeping.credited_caption, round 14: the Vietnamese "Ảnh minh họa:" (illustration) and the Nepali/Hindi "तस्बिर:"
/ "तस्वीर:" (picture) as credit labels under a picture; the reviewer's own caption with those words and no credit stays."""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.housekeeping import credited_caption


def figure(caption: str):
    return lxml.html.fromstring(f"<figure><img src='/cover.jpg' alt=''><figcaption>{caption}</figcaption></figure>")


@pytest.mark.parametrize("caption", ["Ảnh minh họa: Tạp chí Sách Hay", "Ảnh: Nhà xuất bản Trẻ", "तस्बिर: कान्तिपुर", "तस्वीर: दैनिक समाचार"])
def test_a_picture_desks_credit_is_a_credit(caption):
    assert credited_caption(figure(caption))


@pytest.mark.parametrize("caption", [
    "Ảnh minh họa cho chương ba, tôi tự chụp ở bến phà Hà Nội năm ngoái",  # vi: the reviewer's own caption
    "यो तस्बिर मैले पुस्तक पसलमा खिचेको हुँ",  # ne: "I took this picture at the bookshop"
])
def test_the_reviewers_own_caption_stays(caption):
    assert not credited_caption(figure(caption))
