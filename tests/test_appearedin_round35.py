"""Round 35, in our own words and markup.

pressline.appeared_in_line: a reprinted review's line naming the periodical and the dated issue it first appeared in
("掲載誌：<weekly> 2026年12月10日号", "Published in: <paper>, 3 May 2026", "Erschienen in: <weekly> Nr. 49/2026"),
after the review's last paragraph, goes (spliced.mark). Near misses: a book's publication line ("Published in 2019 by
X"), a sentence of the review, a line without a dated issue, a line with a score, the line before a paragraph.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.pressline import appeared_in_line


@pytest.mark.parametrize("line", [
    "掲載誌：週刊みなと 2026年11月5日号",
    "初出：港湾新報 2026年3月1日",
    "原载：南方周报 2026年第12期",
    "Published in: The Harbour Review, 3 May 2026",
    "First appeared in The Weekly Lantern, issue 212, 2026",
    "Erschienen in: Die Wochenpost Nr. 49/2026",
    "Paru dans Le Quotidien du Port, 4 mars 2026",
    "Publicado en: Revista Faro, número 88, 2026",
])
def test_an_appeared_in_line(line):
    assert appeared_in_line(line)


@pytest.mark.parametrize("line", [
    "Published in 2019 by Harbour Press, 312 pages",  # the book's publication
    "Published in 1999, it still reads as if it were written last week.",
    "Published in: The Harbour Review",  # no dated issue
    "Erschienen in: Die Wochenpost Nr. 49/2026 – 4/5",  # a score
    "掲載誌の編集者が選んだ一冊だが、私には長すぎた。",  # a sentence
])
def test_near_misses(line):
    assert not appeared_in_line(line)


PARAS = ["七百ページ近い長編だが、読み始めると止まらない。港町で灯台を守る一家の三代にわたる物語で、嵐の夜ごとに"
         "語り手が変わり、町の歴史が少しずつ明らかになっていく構成が見事だ。",
         "中盤はやや冗長で、登場人物の多さに戸惑う場面もある。それでも最後の章で祖父の日誌が読まれる場面では、"
         "思わず本を閉じてしばらく窓の外を眺めてしまった。",
         "家族の物語が好きな人、海の町の記憶を描いた小説を探している人には、迷わず薦めたい一冊である。"]


def _page(tail: str, after: str = "") -> str:
    return ("<html><head><title>書評：灯台守の日誌</title></head><body><article><h1>嵐の夜に語り手が変わる三代記</h1>"
            "<div class='article-body'>" + "".join(f"<p>{t}</p>" for t in PARAS) + f"<p class='source'>{tail}</p>{after}"
            "</div></article></body></html>")


def test_the_source_line_after_the_review_goes():
    body = extract_page(_page("掲載誌：週刊みなと 2026年11月5日号"), "https://reviews.example.jp/article/1").body_text
    assert "週刊みなと" not in body and "迷わず薦めたい" in body


def test_near_miss_the_line_before_a_paragraph_stays():
    after = "<p>" + PARAS[0].replace("七百ページ", "六百ページ") + "</p>"
    body = extract_page(_page("掲載誌：週刊みなと 2026年11月5日号", after), "https://reviews.example.jp/article/1").body_text
    assert "週刊みなと" in body
