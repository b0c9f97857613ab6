"""Round 36, in our own words and markup.

adnotice: a short line at the top or the bottom of a post saying the page carries advertising or affiliate links
("この記事にはアフィリエイト広告が含まれます", "本篇含有業配連結", "이 글에는 제휴 광고가 포함되어 있습니다",
"This review contains affiliate links") goes. Near misses: a review's sentence about advertising, a free copy's
disclosure, the same notice in the middle of a long review, a heading.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.adnotice import ad_notice


def _p(text: str):
    return lxml.html.fromstring(f"<p>{text}</p>")


@pytest.mark.parametrize("line", [
    "※この記事にはアフィリエイト広告が含まれます",
    "当ブログではアフィリエイト広告を利用しています。",
    "本篇含有業配連結，購買不會讓你多花錢。",
    "本文包含推广链接",
    "이 글에는 제휴 광고가 포함되어 있습니다.",
    "본 리뷰는 쿠팡 파트너스 활동의 일환으로 소정의 수수료를 받습니다.",
    "This review contains affiliate links.",
    "Note: this blog uses ads to pay for hosting.",
])
def test_an_advertising_notice(line):
    assert ad_notice(_p(line))


@pytest.mark.parametrize("line", [
    "主人公は広告代理店で働きながら、夜だけ小説を書いている。",  # the story's advertising, no post named
    "出版社から献本をいただきました。",  # a free copy's disclosure
    "本の巻末には出版社の広告が含まれている。",  # the book (本) carries the advertising, not the post
    "女主角在廣告公司上班，每天寫文案到深夜。",
    "주인공은 광고 회사에서 일하며 밤마다 소설을 쓴다.",
    "The heroine writes advertising copy for a living and hates it.",
    "The publisher sent me a free copy of this book.",
])
def test_near_misses(line):
    assert not ad_notice(_p(line))


def test_a_heading_is_not_a_notice():
    assert not ad_notice(lxml.html.fromstring("<h2>この記事には広告が含まれます</h2>"))


PARAS = [
    "港町の古い写真館を継いだ青年が、客の残したネガを一枚ずつ焼き直していく話で、章ごとに一人の客の人生が浮かび上がる構成になっている。"
    "派手な事件は起きないが、現像液の匂いまで伝わってくるような細部の書き込みが続き、読んでいるうちに自分の家のアルバムを開きたくなった。",
    "後半、青年が自分の父親の写ったネガを見つける場面は、説明を削ぎ落とした数行だけで終わる。そこで泣かせにこないのがこの作者らしく、"
    "読み終えてから何日も、あの暗室の赤い灯りのことを考えていた。",
    "写真に興味がなくても、家族の話として十分に届く一冊だと思う。文庫の解説も短いながら的確で、読み終えたあとに開くとちょうどいい。"
    "装丁の手触りも好きで、しばらく机の上に置いたままにしている。",
    "同じ作者の前作は港の灯台守の話だったが、今回のほうが人物の輪郭がはっきりしていて、読後の余韻も長く続いた。次の作品も楽しみにしている。",
]


def _page(paras):
    return ("<html><head><title>写真館の夜 - 本の棚</title></head><body><main><article><h1>写真館の夜</h1>"
            + "".join(f"<p>{t}</p>" for t in paras) + "</article></main></body></html>")


def test_the_notice_at_the_top_goes():
    notice = "※この記事にはアフィリエイト広告が含まれます"
    body = extract_page(_page([notice, *PARAS]), "https://books.example.jp/entry/7").body_text
    assert "アフィリエイト広告" not in body and "暗室の赤い灯り" in body


def test_a_line_mid_review_stays():
    line = "この記事の後半で広告の話を少し使っているのは、作中の写真館が広告写真で食いつないでいたからだ。"
    page = _page([PARAS[0], PARAS[1], line, PARAS[2], PARAS[3], PARAS[0]])
    body = extract_page(page, "https://books.example.jp/entry/8").body_text
    assert "広告写真で食いつないで" in body
