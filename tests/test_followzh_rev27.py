"""followlines.opening_follow, its unspaced openers (rev27 #2): zh 关注/關注 (and 追蹤, 订阅) is "to care about" as well
as "to follow"; a line opening on it is a follow bid only with an account as its object in its clause ("us", the
channel, the official account, a network), while a review's line about what a book or a writer cares about stays.
Japanese フォロー is only a follow. Lines written for these tests, in our own words.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.followlines import opening_follow


@pytest.mark.parametrize("line", [
    "关注我们的微博，第一时间读到新书评。",
    "關注我們的臉書專頁與Instagram帳號，每週更新書評。",
    "关注公众号“纸上”，微信里搜索即可找到。",
    "订阅我们的YouTube频道，看更多读书视频。",
    "フォローしてね！Instagramで新着レビューをお知らせします。",
])
def test_a_follow_bid_with_an_account_goes(line):
    assert opening_follow(line)


@pytest.mark.parametrize("line", [
    "关注女性命运的读者一定不要错过这本书，它去年在微博和豆瓣上都引起了很多讨论。",
    "关注城市边缘老人的小说不多，这一本在微博上也被反复推荐。",
    "關注家族記憶的讀者會喜歡這本書，作者的臉書上也常談到它。",
    "关注气候问题的人，读完会想去微信上和朋友分享。",
])
def test_a_review_line_about_what_it_cares_about_stays(line):
    assert not opening_follow(line)


_ZH = ("这部小说写的是一位在江边摆渡的女人，她在一个冬天里独自守着结冰的河。文字克制，风景几乎成了另一个角色，"
       "我用两个晚上读完了它。", "中间部分有些拖沓，一个配角也写得单薄。不过，我仍然推荐给喜欢安静小说的读者。")


def test_a_review_closing_on_what_the_book_cares_about_keeps_it():
    last = "关注女性处境的读者不要错过这本书，它去年在微博和豆瓣上都引起了很多讨论。"
    html = ("<html><head><title>《冰河》书评</title></head><body><article><h1>《冰河》书评</h1>"
            + "".join(f"<p>{p}</p>" for p in (*_ZH, last)) + "</article></body></html>")
    assert "关注女性处境" in extract_page(html.encode(), "https://shuying.example/2026/05/review").body_text
