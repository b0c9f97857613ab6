"""scraper.extract.bodyfind.keep_record_lines on a record box (holdout30 round, helper BODY3B): the book's record written
one line each in a box of its own ("<div class='bookinfo'><p class='bookinfo__author'>Author: A</p><p>Publisher: P</p>…")
keeps its labelled lines, whose theme classes trafilatura's discard rules read as a byline ("author"). Near misses: the
post's own byline box (the writer, the date), a labelled line beside a paragraph of prose, a box of two labels.

Every snippet is invented for these tests, in our own words and markup."""

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.bodyfind import keep_record_lines


@pytest.mark.parametrize("lines", [
    ["灯台守の冬", "著者：岸本はるか", "出版社：潮見書房", "価格：1,980円"],
    ["Der Winterwärter", "Autorin: Edith Holloway", "Verlag: Gezeitenverlag", "Seiten: 240"],
    ["Зимний смотритель", "Автор: Эдит Холлоуэй", "Издательство: Прилив · Страниц: 240"],
])
def test_labelled_lines_of_a_record_box_lose_their_class(lines):
    classes = ["bookinfo__title", "bookinfo__author", "bookinfo__publisher", "bookinfo__price"]
    box = "".join(f'<p class="{c}">{t}</p>' for c, t in zip(classes, lines))
    body = lxml.html.fromstring(f'<div class="article-body"><p>The review itself.</p><div class="bookinfo">{box}</div></div>')
    assert keep_record_lines(body) >= 2
    author = body.xpath("//div[@class='bookinfo']/p")[1]
    assert author.get("class") is None


@pytest.mark.parametrize("box", [
    '<p class="byline__author">Autorin: Ana Ruiz</p><p class="byline__date">Veröffentlicht am: 3. Mai 2026</p>',  # the writer's byline
    '<p class="bookinfo__author">著者：岸本はるか</p><p class="bookinfo__title">灯台守の冬</p>',  # two lines, one label
    '<p class="bookinfo__author">Autor: Edith Holloway</p><p>Die Witwe des Leuchtturmwärters hält das Licht einen ganzen '
    'harten Winter lang allein in Gang, und die wenigen Familien der Insel kommen mit Klatsch, Suppe und schlechten '
    'Nachrichten vom Festland in ihre Küche, bis der Frühling kommt.</p><p>Verlag: Gezeitenverlag · Seiten: 240</p>',  # prose in the box
])
def test_near_misses_keep_their_class(box):
    body = lxml.html.fromstring(f'<div class="article-body"><p>The review itself.</p><div class="meta">{box}</div></div>')
    first = body.xpath("//div[@class='meta']/p")[0].get("class")
    keep_record_lines(body)
    assert body.xpath("//div[@class='meta']/p")[0].get("class") == first


def test_record_box_author_line_reaches_the_body_ja():
    prose = ("<p>灯台守の妻が、ひと冬のあいだ一人で灯りを守る。島のわずかな家族が、うわさ話とスープと本土からの悪い知らせを持って"
             "彼女の台所に出入りする。大きな事件は起こらないが、季節が変わるたびに人の関係も少しずつ変わっていく。</p>") * 3
    box = ('<div class="bookinfo"><p class="bookinfo__title">灯台守の冬</p><p class="bookinfo__author">著者：岸本はるか</p>'
           '<p class="bookinfo__publisher">出版社：潮見書房</p><p class="bookinfo__price">価格：1,980円</p></div>')
    page = (f'<html lang="ja"><head><meta charset="utf-8"><title>冬の灯り｜書評</title></head><body><main><article>'
            f'<h1>冬の灯り</h1><div class="article-body">{prose}{box}</div></article></main></body></html>').encode()
    assert "著者：岸本はるか" in extract_page(page, "https://shohyo.example.jp/article/1").body_text
