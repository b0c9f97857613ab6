"""The closing line opening on the bidding to follow, its object first (openfollow._OBJECT_FOLLOW, rev34c): the object
is the site's own (the blog, the blogger, the platform's creator, the account, "us"), the follow bidden or
conditional. Near misses: the book's author as the object (zh 作者, ko 작가, ja 書き手), the quoted "decided to"
(ja "フォローしようと決めた", "フォローすると決めた日から"), zh "关注" as "to care about" ("关注我们这个时代…")."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.openfollow import opens_on_follow
from scraper.extract.pleas import opens_on_follow as read_by_pleas

_JA = ("<p>" + "川沿いの町で、夫の残した蝋燭屋を雨の多い春のあいだ守り続ける未亡人の物語。客の用事をひとつ描くたびに、町の"
       "静かな借りがひとつ明らかになっていく。乾いた語り口がよく、読み終えたあとも余韻が長く残った。" * 2 + "</p>")
_ZH = ("<p>" + "河边小镇上，一位寡妇在多雨的春天守着丈夫留下的蜡烛铺。每来一位客人，小镇里一笔沉默的旧账就被翻开一点。"
       "叙述干燥而耐心，结尾把前面所有的慢都还了回来。" * 3 + "</p>")
_KO = ("<p>" + "강가 마을에서 남편이 남긴 양초 가게를 비 오는 봄 내내 지키는 과부의 이야기다. 손님의 심부름 하나하나가 마을의 "
       "조용한 빚을 하나씩 드러낸다. 건조하고 참을성 있는 목소리가 가장 좋았다. " * 2 + "</p>")


def _body(lang: str, text: str, tail: str) -> str:
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">Salt and Tallow</h1><div class="entry-content">{text}{tail}</div></article>'
            '</body></html>')
    return extract_page(html, "https://lamplit.example.org/2026/salt-and-tallow/").body_text


BIDDINGS = [
    "このブログを購読すると、新しい書評が届きます。",
    "ブロガーをフォローしてください。毎週一冊紹介します。",
    "이 블로그를 구독해 주세요. 매주 한 권씩 소개합니다.",
    "블로거를 팔로우하시면 새 서평 알림이 갑니다.",
    "关注博主，每周一本好书。",
    "订阅本号，每周五收到新书单。",
    "關注我們，每週一起讀一本書。",
]


@pytest.mark.parametrize("text", BIDDINGS)
def test_the_bidding_with_its_object_first_is_an_ask(text):
    assert opens_on_follow(text, 12)


NOT_ASKS = [
    # the reviewer's decision, quoted "decided to"
    "この書き手をフォローしようと決めた。次の作品が楽しみだ。",
    "このブログをフォローしようと思う。",
    # the story's, "from the day she decided to follow the blog"
    "ブログをフォローすると決めた日から、姉の暮らしは少しずつ変わっていく。",
    "ブロガーをフォローすると言った妹は、その夜から黙りこむ。",
    # the book's author as the object
    "关注作者好些年了，这一本是她最好的。",
    "关注作者的人都知道，她的每本书都从一条河开始。",
    "작가를 팔로우하면 알겠지만, 그녀는 늘 강 이야기를 쓴다.",
    # zh "care about": a theme of the book
    "关注我们这个时代的沉默，是这本书最打动我的地方。",
    "关注我们身边那些不说话的人，是她一贯的主题。",
]


@pytest.mark.parametrize("text", NOT_ASKS)
def test_decisions_stories_and_the_books_author_are_no_ask(text):
    assert not opens_on_follow(text, 12)


def test_pleas_reads_the_same_function():
    assert read_by_pleas is opens_on_follow


KEPT = [
    ("ja", _JA, "<p>この書き手をフォローしようと決めた。次の作品が楽しみだ。</p>", "フォローしようと決めた"),
    ("ja", _JA, "<p>ブログをフォローすると決めた日から、姉の暮らしは少しずつ変わっていく。</p>", "決めた日から"),
    ("zh", _ZH, "<p>关注作者好些年了，这一本是她最好的。</p>", "关注作者好些年了"),
    ("zh", _ZH, "<p>关注我们这个时代的沉默，是这本书最打动我的地方。</p>", "这个时代的沉默"),
]


@pytest.mark.parametrize("lang,text,tail,words", KEPT)
def test_the_reviewers_closing_line_stays(lang, text, tail, words):
    assert words in _body(lang, text, tail)


GONE = [
    ("ja", _JA, "<p>このブログを購読すると、新しい書評が届きます。</p>", "新しい書評が届きます"),
    ("ko", _KO, "<p>이 블로그를 구독해 주세요. 매주 한 권씩 소개합니다.</p>", "매주 한 권씩"),
    ("zh", _ZH, "<p>关注博主，每周一本好书。</p>", "每周一本好书"),
]


@pytest.mark.parametrize("lang,text,tail,words", GONE)
def test_the_sites_closing_ask_goes(lang, text, tail, words):
    assert words not in _body(lang, text, tail)


def test_pleas_fits_its_cap():
    from pathlib import Path
    import scraper.extract.pleas as pleas
    assert len(Path(pleas.__file__).read_text(encoding="utf-8").splitlines()) <= 400
