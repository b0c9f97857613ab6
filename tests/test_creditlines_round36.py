"""Round 36, in our own words: a newspaper book page's reviewer credit "評・<name>（<role>）" (ja, zh) is a credit line;
near misses: a rating label "評：…", a one-word verdict, a summary label "総評・…" whose text runs on, a score."""

from __future__ import annotations

import pytest

from scraper.extract.creditlines import credit_line


@pytest.mark.parametrize("line", ["評・森川ひかる（翻訳家）", "評・森川ひかる", "评・陈一舟（书评人）", "（評・森川ひかる 詩人）"])
def test_a_reviewer_credit(line):
    assert credit_line(line)


@pytest.mark.parametrize("line", ["評：とても良い", "評・", "総評・前半は退屈だが後半の追い込みは見事で最後まで読ませる",
                                  "評価・★★★★☆", "評・4/5"])
def test_near_misses(line):
    assert not credit_line(line)


from scraper.extract import extract_page  # noqa: E402

_PROSE = ("港町の古い写真館を継いだ青年が、客の残したネガを一枚ずつ焼き直していく話で、章ごとに一人の客の人生が浮かび上がる構成になっている。"
          "派手な事件は起きないが、現像液の匂いまで伝わってくるような細部の書き込みが続き、読んでいるうちに自分の家のアルバムを開きたくなった。")
_MORE = ("後半、青年が自分の父親の写ったネガを見つける場面は、説明を削ぎ落とした数行だけで終わる。そこで泣かせにこないのがこの作者らしく、"
         "読み終えてから何日も、あの暗室の赤い灯りのことを考えていた。")


def _page(lines):
    return ("<html><head><title>写真館の夜</title></head><body><main><article><span class='kicker'>今週の本棚</span>"
            "<h1>ネガの向こうの家族</h1>" + "".join(f"<p>{t}</p>" for t in lines) + "</article></main></body></html>")


def test_a_credit_in_the_post_head_after_the_record_line_goes():
    page = _page(["写真館の夜　港野しずく著（海鳴社、1980円）", "評・森川ひかる（翻訳家）", _PROSE, _MORE, _PROSE])
    body = extract_page(page, "https://news.example.jp/culture/books/1").body_text
    assert "森川ひかる" not in body and "暗室の赤い灯り" in body


def test_a_credit_shaped_line_among_the_paragraphs_stays():
    line = "評・森川ひかる"
    page = _page([_PROSE, _MORE, line, _MORE, _PROSE, _MORE])
    body = extract_page(page, "https://news.example.jp/culture/books/2").body_text
    assert line in body
