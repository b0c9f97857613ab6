"""Round 35, in our own words and markup.

figures._record_caption: a cover's caption that is the book's record in the CJK way ("《T》／A著／P出版", "『T』 A 著 P刊",
"《T》 A 지음 P 펴냄") is the review's record line: its figure loses the theme's caption class, which trafilatura drops,
and the line stays. Near misses: a caption that opens with a bracketed title but goes on as a credit or a sentence,
a long line, a credit line ("图：…").
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.figures import _record_caption, keep_figure_text


@pytest.mark.parametrize("caption", ["《雨季的岛》／林晓岚著／南方出版", "《雨季的岛》 林晓岚 著 南方出版社", "『潮の果樹園』井原文著　潮見書房刊",
                                     "《바다의 정원》 / 김하늘 지음 / 물결출판 펴냄", "〈海邊書簡〉｜陳雨 著｜遠流出版"])
def test_a_record_caption(caption):
    assert _record_caption(caption)


@pytest.mark.parametrize("caption", [
    "《雨季的岛》的作者在新书发布会上与读者合影。",  # a sentence about the author
    "图：南方出版社提供",  # a credit
    "作者林晓岚著有多部小说",  # no bracketed title opening it
    "《雨季的岛》／" + "很长的说明文字" * 10 + "著",  # too long
])
def test_near_misses(caption):
    assert not _record_caption(caption)


PARAS = ["小时候我以为海边的小镇没有故事，直到读了这本小说，才知道码头、渔船和老街的茶室里，原来藏着那么多人的一生。",
         "主角是一位在灯塔工作的老人，他记得每一艘船的名字，却忘了自己女儿的生日。作者用很慢的笔调写他，写小镇几十年的变化。",
         "前半部人物很多，读起来有点吃力；但到了最后几章，所有线索慢慢收拢，我读完后在窗前坐了很久。推荐给喜欢慢节奏小说的读者。"]


def _page(caption: str) -> str:
    # (the picture after the first paragraph: not the article's lead picture, whose caption leadpicture reads)
    figure = f"<figure class='wp-caption'><img src='/up/cover.jpg' alt='书封'><figcaption class='wp-caption-text'>{caption}</figcaption></figure>"
    return ("<html><head><title>书评：雨季的岛</title></head><body><article><h1>在灯塔下听见整座小镇的声音</h1>"
            f"<div class='article-body'><p>{PARAS[0]}</p>{figure}" + "".join(f"<p>{t}</p>" for t in PARAS[1:]) + "</div></article></body></html>")


def test_the_record_caption_stays_in_the_body():
    body = extract_page(_page("《雨季的岛》／林晓岚著／南方出版"), "https://news.example.my/fukan/1").body_text
    assert "林晓岚著" in body and "推荐给喜欢" in body


def _classes_after(caption: str) -> list:
    body = lxml.html.fromstring(_page(caption)).find(".//div[@class='article-body']")
    keep_figure_text(body)
    return [e.get("class") for e in body.iter() if "caption" in (e.get("class") or "")]


def test_the_record_caption_loses_the_caption_class():
    assert _classes_after("《雨季的岛》／林晓岚著／南方出版") == []


def test_near_miss_a_caption_that_is_no_record_keeps_its_class():
    # (trafilatura then drops it as an image's caption, as before)
    assert _classes_after("《雨季的岛》新书发布会现场") == ["wp-caption", "wp-caption-text"]
