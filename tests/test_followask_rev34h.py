"""openfollow (rev34h): zh "关注我的<platform>" names the account (豆瓣, B站, 知乎, 抖音 …), not a theme; ja "…を読者登録しようと
思った方は" addresses the reader; zh "关注作者，获取更多…" bids with a purpose clause. Near misses (rev34c) stay: the
reviewer's history with the author, a theme, a decision."""

from __future__ import annotations

import pytest

from scraper.extract.openfollow import opens_on_follow


@pytest.mark.parametrize("text", [
    "关注我的豆瓣，每周更新书单。",
    "关注我的B站，视频版书评每周更新。",
    "关注我的知乎，更多长书评都在那里。",
    "关注我们的抖音，每天一分钟好书。",
    "このブログを読者登録しようと思った方は、下のボタンからどうぞ。",
    "ブロガーをフォローしようと思われた方は、右上からどうぞ。",
    "关注作者，获取更多好书推荐。",
    "关注作者，第一时间收到新书评。",
])
def test_the_bidding_goes(text):
    assert opens_on_follow(text, 12), text


@pytest.mark.parametrize("text", [
    "关注作者很多年了，这一本是她写得最好的。",
    "关注作者的人都知道，她每本书都写海。",
    "关注我的内心，是这本书教给我的事。",
    "このブログをフォローしようと思う。",
    "この書き手をフォローしようと決めた。",
])
def test_history_and_themes_stay(text):
    assert not opens_on_follow(text, 12), text
