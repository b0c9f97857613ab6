"""A blog-ranking badge's caption in the badge's own box (the s31 round; own words and markup): the banner is a linked
image with no text, so the body's blocks hold the caption alone; ``rankingbadge._beside_badge`` reads the box it shares
with the badge's link (the portal's host, or its name on the link or the image's alt text), anywhere in the post (here with
the review's long paragraphs after it, where a ranking line alone is not read as the closing one).

Near misses: a line about rankings in the review's own box with a link to a shop, a caption beside a picture that
links nowhere, a ranking sentence in a long paragraph."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "この小説は、海辺の町で灯台守をしている父と娘の冬を描いています。短い章がいくつも重なって、静かな時間がゆっくり流れていきます。",
    "娘が父に言えないことが少しずつ積もっていく様子が丁寧で、読みながら何度もページを戻りました。",
    "最後の場面は岩場で、二人がようやく言葉を交わします。派手さはないけれど、心に長く残る一冊でした。"
    "読み終えたあと、しばらく窓の外の海を眺めていました。冬の光の描き方がとても美しく、何度でも読み返したくなります。",
]


def _page(box: str) -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ("<html><head><title>灯台の冬</title></head><body><article><h1>灯台の冬</h1><div class='entry-content'>"
            f"{ps[0]}{ps[1]}{box}{ps[2]}<p>評価：★★★★☆</p></div></article></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://umibe.example.jp/entry/2026/12/01/toudai").body_text


@pytest.mark.parametrize("link", [
    "<a href='https://book.blogmura.com/'><img src='/b.gif' alt='banner'></a>",
    "<a href='/out?id=42'><img src='/r.gif' alt='人気ブログランキング'></a>",
    "<a href='#'><img src='/c.png' alt='Blog ranking'></a>",
])
def test_caption_beside_a_ranking_badge_goes(link):
    caption = "ランキングに参加中です。よかったらポチッとお願いします"
    text = _text(_page(f"<div class='rank'>{link}<span>{caption}</span></div>"))
    assert caption not in text and "灯台守" in text and "岩場" in text


def test_caption_beside_a_shop_link_stays():
    caption = "この本は書店のランキングでも一位でした。"
    text = _text(_page(f"<div class='rank'><a href='https://shop.example.jp/b/1'><img src='/c.png' alt='表紙'></a>"
                       f"<span>{caption}</span></div>"))
    assert caption in text


def test_caption_beside_an_unlinked_picture_stays():
    caption = "ランキングに参加している友人に勧められて読みました。"
    text = _text(_page(f"<div class='pic'><img src='/c.png' alt='ブログ村'><span>{caption}</span></div>"))
    assert caption in text


def test_ranking_sentence_in_a_long_box_stays():
    long = ("主人公の娘は町のブログランキングに毎晩日記を書いていて、その日記が物語の後半で大きな意味を持ちます。"
            "父はそれを知らないまま冬を越し、春になってようやく娘の言葉を読むことになります。") * 2
    text = _text(_page(f"<div class='note'><a href='https://blogmura.com/'><img src='/b.gif' alt='x'></a><p>{long}</p></div>"))
    assert "毎晩日記を書いていて" in text
