"""A Chinese or Japanese heading that sets a dash (Chinese 破折号 "——", Japanese "――") or a slash between the bracketed
title and the author: "《T》——A", "『T』――A", "《T》／A". Near misses: a remark, a review word, a chapter, a
demonstrative phrase or a phrase with a particle after the dash.

Every title and name here is invented for these tests.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.bookheadline import from_title


@pytest.mark.parametrize("heading, title, author", [
    ("《河湾的灯》——林秋水", "河湾的灯", "林秋水"),  # Chinese, simplified
    ("《舊港手記》——錢雨樵", "舊港手記", "錢雨樵"),  # Chinese, traditional
    ("《河湾的灯》—林秋水", "河湾的灯", "林秋水"),  # one dash
    ("《河湾的灯》 — 林秋水", "河湾的灯", "林秋水"),  # spaced
    ("《河湾的灯》／林秋水", "河湾的灯", "林秋水"),  # a slash
    ("『雪解けの坂』――森川葉子", "雪解けの坂", "森川葉子"),  # Japanese, the horizontal bar
    ("《冰湖来信》——安娜·贝里", "冰湖来信", "安娜·贝里"),  # a translated author: parts joined by a dot
    ("『灯台の猫』／エマ・ノルド", "灯台の猫", "エマ・ノルド"),
])
def test_the_name_after_the_dash_is_the_author(heading, title, author):
    book = from_title(heading)
    assert book and (book.title, book.author) == (title, author)


@pytest.mark.parametrize("heading", [
    "《河湾的灯》——读后感",  # a review word
    "《河湾的灯》——那年夏天",  # a demonstrative phrase
    "《河湾的灯》——重读的夏天",  # a phrase with a particle
    "《河湾的灯》——我和外婆",  # a pronoun
    "《河湾的灯》——第一章",  # a chapter
    "《河湾的灯》——一个关于离别和归来的漫长故事",  # a long remark
    "『雪解けの坂』――感想まとめ",  # Japanese: kana, a review word
])
def test_near_misses_keep_the_title_alone(heading):
    book = from_title(heading)
    assert book and book.author is None


def test_a_post_whose_heading_dashes_the_author():
    html = ("<html><head><title>河边的一盏灯 | 夜读小站</title></head><body><article><h1>河边的一盏灯</h1>"
            "<div class='content'><h3>《河湾的灯》——林秋水</h3>"
            "<p>这本小说写一个渡口小镇三代人的生活。林秋水的文字很慢，却让人一页一页读下去，读完以后久久不能平静。</p>"
            "<p>缺点是后半部分人物太多，有几条线收得匆忙。不过整体仍然值得一读，尤其适合喜欢乡土题材的读者。</p>"
            "<p>我的评分：★★★★☆</p></div></article></body></html>")
    record = extract_page(html, "https://yedu.example.cn/post/12")
    assert (record.book_title, record.book_author) == ("河湾的灯", "林秋水")
