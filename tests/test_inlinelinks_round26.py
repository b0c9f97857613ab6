"""Round 26: links inside a sentence of the review are unwrapped in the copy of the body trafilatura reads (inlinelinks),
so that a short opening sentence linking its nouns to a wiki's pages is not dropped as link-dense. Near misses: a
"Read also" line, a list of links, a block mostly its link, and the body itself (read again later) keep their links."""

import lxml.html

from scraper.extract import extract_page
from scraper.extract.inlinelinks import sentence_links_unwrapped


def _body(inner: str):
    return lxml.html.fromstring(f"<div class='lines'>{inner}</div>")


def test_sentence_links_unwrapped_in_a_copy():
    for line in ("<div class='line'>『<a href='/w/月の舟'>月の舟</a>』（<a href='/w/森田澄子'>森田澄子</a>、1972年）を久しぶりに読み返した。</div>",
                 "<p>Finally reread <a href='/w/Harbour'>Harbour</a> by <a href='/w/Ann Tell'>Ann Tell</a> this weekend, after ten years.</p>"):
        body = _body(line)
        copy = sentence_links_unwrapped(body)
        assert not list(copy.iter("a")) and list(body.iter("a"))  # (the body itself keeps them)


def test_link_lines_keep_their_links():
    for line in ("<p>Read also: <a href='/2026/05/other-review/'>Our review of The Long Winter Road</a></p>",
                 "<ul><li><a href='/a'>First post of the series</a></li><li><a href='/b'>Second post</a></li></ul>",
                 "<p><a href='/w/list'>All my notes on Japanese novels of the sixties</a>.</p>",
                 "<p>→ <a href='/w/月の舟'>月の舟の読書メモ一覧に戻る</a></p>"):
        assert list(sentence_links_unwrapped(_body(line)).iter("a")), line


def test_a_short_wiki_opening_line_stays_in_the_text():  # (a guard on the whole page: the opening and the rest stay)
    lines = ["『<a class='page-link' href='/shelf/月の舟'>月の舟</a>』（<a class='page-link' href='/shelf/森田澄子'>森田澄子</a>、1972年）を久しぶりに読み返した。",
             "初めて読んだのは高校生のときで、正直に言えば何が面白いのか分からなかった。今回は、静かな場面の一つ一つが胸に残った。",
             "港町で暮らす姉妹の一年を、季節ごとの小さな出来事で描いていく。大きな事件は何も起こらないが、それがいい。",
             "評価：★★★★☆"]
    page = ("<html><head><title>月の舟</title></head><body><div class='page'><div class='lines'>"
            + "".join(f"<div class='line'><span class='text'>{line}</span></div>" for line in lines)
            + "</div></div></body></html>")
    text = extract_page(page.encode(), "https://shelf.example/shelf/月の舟").body_text
    assert "久しぶりに読み返した" in text and "初めて読んだのは" in text
