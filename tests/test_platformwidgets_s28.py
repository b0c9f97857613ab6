"""A review site's own widgets around a member's review (round s28), in our own words and markup.

- chrome.meta_row: a counter row split by a Japanese middle dot set between spaces ("このレビューが参考になった 52 ・
  コメント 3"), and a count whose label is one run of an unspaced script, are the platform's counts.
- chrome.mark_platform_lines: a byline row ("by NAME · Dec 04. 2026") set as an inline element in a header box beside
  the title's heading and subtitle is read alone, not with the whole header as its line.
- controls.bare_buttons: a button-classed link closing a book card (the cover, a box of its facts, then "Want to read",
  "この本を読みたい", "읽고 싶어요") is the site's interface.

Near misses: a katakana name's middle dot with no spaces ("セラフィマ・マルコヴナ"), a reviewer's sentence with counts,
a button-classed link in the reviewer's paragraph, a link closing a box of text with no picture.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.chrome import meta_row
from scraper.extract.controls import bare_buttons

PARAS_JA = [
    "川沿いの小さな町で、渡し守の娘が渡る人すべてを帳面に記していく。やがて彼女は、誰がもう戻らないのかを知ることになる。",
    "文章は短く平明で、沈黙の多い小説だ。新しい橋をめぐる町の口論は可笑しくも悲しく、誰も完全には間違っていない。",
    "終章はやや整いすぎているが、渡し舟と帳面のことはきっと忘れないだろう。",
]
URL = "https://bookshelf.example/reviews/88120"


def _page(card: str = "", actions: str = "", header: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS_JA)
    html = (f"<html lang='ja'><head><meta charset='utf-8'><title>渡し守の帳面</title></head><body><article>"
            f"{header or '<h1>渡し守の帳面</h1>'}{card}<div class='review-body'>{body}</div>"
            f"<div class='review-actions'>{actions}</div></article></body></html>")
    return extract_page(html, URL).body_text


@pytest.mark.parametrize("row", ["このレビューが参考になった 52 ・ コメント 3", "参考になった 12 ・ コメント 0",
                                 "이 리뷰가 도움이 됐어요 41 · 댓글 2"])
def test_a_counter_row_after_the_review_goes(row):
    text = _page(actions=row)
    assert PARAS_JA[2][:15] in text and row[:6] not in text


def test_a_middle_dot_inside_a_name_is_no_separator():
    line = lxml_html.fromstring("<div>セラフィマ・マルコヴナ 2 人</div>")
    assert meta_row(line) is None


@pytest.mark.parametrize("button", ["この本を読みたい", "Want to read", "읽고 싶어요", "Quiero leerlo"])
def test_a_button_closing_the_book_card_goes(button):
    card = ("<div class='book-card'><img src='/covers/ledger.jpg' alt=''><div class='book-info'><span>渡し守の帳面</span> "
            f"<span>港出版</span></div><a class='btn' href='/shelf/add/88120'>{button}</a></div>")
    text = _page(card=card)
    assert button not in text and PARAS_JA[0][:15] in text


def test_a_link_closing_a_box_without_a_picture_stays():
    root = lxml_html.fromstring("<div><div class='note'><div>詳しくは著者の記事を</div>"
                                "<a class='btn' href='/essay/12'>著者インタビュー</a></div><p>本文</p></div>")
    assert bare_buttons(root) == []


@pytest.mark.parametrize("byline", ["by 달빛독자 · Dec 04. 2026", "by Ana Ruiz · 4 Dec 2026", "글 밤고양이 · 2026. 12. 4."])
def test_a_byline_beside_the_title_in_a_header_box_goes(byline):
    header = (f"<div class='cover'><h1>渡し守の帳面</h1><p class='sub'>川と帳面と渡し舟の小説</p>"
              f"<span class='by'>{byline}</span></div>")
    text = _page(header=header)
    assert byline not in text and PARAS_JA[0][:15] in text
