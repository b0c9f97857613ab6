"""The closing ask on the post's behalf (the s25 round): the post liked as the condition in Chinese, and the platform's
subscribe or follow button that fuels the writer (Hatena's and Ameblo's 読者になる/読者登録, a follow, Naver's 이웃
추가, a subscription, WeChat's 在看). Written in our own words. Near misses: the book's readers wished for, a book
liked as the condition, a story's subscribe button.
"""

import pytest

from scraper.extract import extract_page
from scraper.extract.ifhelped import conditional_ask
from lxml.html import fragment_fromstring


def _line(text):
    return fragment_fromstring(f"<p>{text}</p>")


@pytest.mark.parametrize("text", [
    "喜欢这篇书评的话，欢迎转发给身边爱读书的朋友",  # (zh: the post liked, an ask)
    "喜歡這篇文章，請按個讚再走",  # (zh-Hant)
    "如果你喜欢本文，请分享到朋友圈",
    "フォローしていただけると更新の励みになります",  # (ja: a follow fuels)
    "当ブログの読者登録していただけると嬉しいです",  # (ja: Hatena's, Ameblo's subscribe)
    "이웃 추가 해 주시면 다음 글 쓰는 데 큰 힘이 됩니다",  # (ko: Naver's neighbour)
    "구독 눌러 주시면 힘이 됩니다!",
    "你们的关注和点个在看，是我更新的最大动力",  # (zh: WeChat's follow and 在看)
])
def test_the_posts_asks(text):
    assert conditional_ask(_line(text))


@pytest.mark.parametrize("text", [
    "多くの人がこの本の読者になってくれたら嬉しい。",  # (the book's readers wished for)
    "如果你喜欢这本书，一定要读她的另一部小说。",  # (the book liked)
    "我喜欢这篇小说的结尾，请原谅我的剧透。",  # (a story's "piece", no condition)
    "주인공이 구독 버튼을 누르는 장면은 다음 장의 복선이 된다.",  # (a story's subscribe button)
    "主人公は彼女のブログをフォローして、その更新を励みにしていた。",  # (a story's follow)
])
def test_near_misses_stay(text):
    assert not conditional_ask(_line(text))


_JA = [
    "東京の下町にある古い銭湯を舞台にした連作短編集です。番台に座るおばあさんと、毎晩やってくる常連客たちの会話だけで"
    "物語が進んでいきます。",
    "派手な事件は何も起きませんが、季節の移り変わりと一緒に常連客の人生が少しずつ見えてくる構成がとても上手いと"
    "思いました。特に冬の章が好きです。",
    "評価：★★★★☆",
]


def _ja_page(last):
    return ("<html lang='ja'><head><title>銭湯の夜 - 本の虫日記</title></head><body><article><h1>銭湯の夜</h1>"
            "<div class='entry-content'>" + "".join(f"<p>{p}</p>" for p in _JA) + f"<p>{last}</p></div>"
            "<aside><a href='#'>読者になる</a></aside></article></body></html>")


def test_a_hatena_subscribe_plea_goes_from_the_page():
    body = extract_page(_ja_page("読者登録していただけると、次の記事を書く励みになります！"),
                        "https://honnomushi.hatenablog.example/entry/2026/11/01/120000").body_text
    assert "読者登録" not in body and "冬の章" in body


def test_the_reviews_own_wish_stays_on_the_page():
    body = extract_page(_ja_page("この本の読者がもっと増えてくれたら嬉しいです。"),
                        "https://honnomushi.hatenablog.example/entry/2026/11/01/120000").body_text
    assert "読者がもっと増えて" in body
