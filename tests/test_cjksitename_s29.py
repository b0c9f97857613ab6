"""A closing line bidding the reader follow the site by its own name, where the name is three or four ideographs or
kana (followpleas.home_names, follow_site): "关注<site>，每周两篇书评。" under the review, removed; a review's own
sentence about following an author or a cause, and a home link's word for the home page, are no site's name."""

import lxml.html

from scraper.extract import extract_page
from scraper.extract.followpleas import home_names

_URL = "https://lamp.example.org/post/1"


def _page(lang: str, home: str, paragraph: str, last: str, where: str = "after") -> str:
    body = "".join(f"<p>{paragraph}</p>" for _ in range(3))
    inside, after = (last, "") if where == "inside" else ("", last)
    return (f'<html lang="{lang}"><head><title>Review</title></head><body><div class="top"><a href="/">{home}</a>'
            f'</div><article><h1>书评</h1><div class="content">{body}{inside}</div>{after}</article>'
            f'<footer><p>© 2026</p></footer></body></html>')


_HANS = "小说跟着一位灯塔看守人度过漫长的冬天，文字耐心而精确。每一次修理都像一次哀悼，失去的重量慢慢浮现。" * 2
_HANT = "小說跟著一位燈塔看守人度過漫長的冬天，文字耐心而精確。每一次修理都像一次哀悼，失去的重量慢慢浮現。" * 2
_JA = "灯台守の一冬を描く小説で、文章は丁寧で正確だ。修理の場面が重なるごとに、喪失の重さが静かに伝わってくる。" * 2


def _text(html: str) -> str:
    return extract_page(html, _URL).body_text


def test_simplified_follow_the_site_in_its_own_box():
    text = _text(_page("zh-Hans", "灯塔书房", _HANS, '<div class="follow">关注灯塔书房，每周两篇新书评。</div>'))
    assert "关注灯塔书房" not in text and "哀悼" in text


def test_simplified_follow_the_site_as_the_last_paragraph():
    text = _text(_page("zh-Hans", "灯塔书房", _HANS, "<p>关注灯塔书房，读更多好书。</p>", where="inside"))
    assert "关注灯塔书房" not in text and "哀悼" in text


def test_traditional_follow_the_site():
    text = _text(_page("zh-Hant", "燈塔書房", _HANT, '<div class="follow">追蹤燈塔書房，每週更新書評。</div>'))
    assert "燈塔書房" not in text and "哀悼" in text


def test_japanese_follow_the_site():
    text = _text(_page("ja", "ランプ堂", _JA, '<div class="follow">ランプ堂をフォローして新しい書評を受け取ろう。</div>'))
    assert "ランプ堂" not in text and "喪失" in text


def test_following_an_author_stays():
    last = "<p>我一直关注这位作者，这本书没有让我失望。</p>"
    text = _text(_page("zh-Hans", "灯塔书房", _HANS, last, where="inside"))
    assert "我一直关注这位作者" in text


def test_caring_about_climate_stays():
    last = "<p>关注气候的读者会喜欢这本书。</p>"
    text = _text(_page("zh-Hans", "灯塔书房", _HANS, last, where="inside"))
    assert "关注气候的读者" in text


def test_home_words_and_two_ideographs_are_no_name():
    def names(link: str) -> tuple:
        root = lxml.html.fromstring(f'<html><body><a href="/">{link}</a><p>x</p></body></html>')
        return home_names(root.find("body"))
    assert names("灯塔书房") == ("灯塔书房",)
    assert names("返回首页") == () and names("トップページ") == () and names("书房") == ()
