"""Round 35, in our own words and markup.

cardbuy.card_lists: a book card beside a review closes with a list of buy links, one bare link an item, going to
booksellers ("<ul><li><a>Buy at X</a></li>…</ul>"), the cover in the box around the record lines: the list goes and
the record lines (title, author, publisher) stay. Near misses: a list of links to the site's own pages (related
reviews), a list whose items carry text beside the link, a list that is not the card's last element, a card of one line.

bodyfind.RECORD_PARTS: a Japanese or Chinese record line parts its fields with a (full-width) space before the next label and
its full-width colon ("出版社：X　ジャンル：Y"), so the card's lines read as the book's record and keep their class-less
form; a sentence with one full-width colon stays one part.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.bodyfind import RECORD_PARTS, record_line
from scraper.extract.cardbuy import card_lists

HOST = "review.example.jp"


def _card(buy: str, lines: str = "<p class='t'>The Salt Orchard</p><p class='a'>Author: Wen Iles</p><p>Publisher: Tidewater</p>") -> str:
    return (f"<div class='article-body'><div class='book-info'><div class='img'><img src='/c.jpg' alt=''></div>"
            f"<div class='detail'>{lines}{buy}</div></div><p>Some review text follows here.</p></div>")


def _found(html: str) -> list:
    return card_lists(lxml.html.fromstring(html), HOST)


def test_a_list_of_buy_links_closing_a_card_goes():
    buy = ("<ul class='buy'><li><a href='https://shop-one.example.com/dp/1?tag=x-22'>Buy at Shop One</a></li>"
           "<li><a href='https://books.shop-two.example.com/rb/9'>Order from Shop Two</a></li></ul>")
    assert len(_found(_card(buy))) == 1


def test_japanese_calls_to_buy():
    buy = ("<ul><li><a href='https://shop-one.example.co.jp/dp/2'>ショップで購入</a></li>"
           "<li><a href='https://net.example.jp/pd/3'>ネット書店で見る</a></li></ul>")
    lines = "<p>潮の果樹園</p><p>著者：井原文</p><p>出版社：潮見書房　ジャンル：小説</p>"
    assert len(_found(_card(buy, lines))) == 1


def test_near_miss_links_to_the_sites_own_pages_stay():
    buy = "<ul><li><a href='/review/1'>More reviews</a></li><li><a href='/review/2'>Our archive</a></li></ul>"
    assert _found(_card(buy)) == []


def test_near_miss_items_with_text_beside_the_link_stay():
    buy = "<ul><li>Paperback: <a href='https://shop-one.example.com/dp/1'>Shop One</a></li></ul>"
    assert _found(_card(buy)) == []


def test_near_miss_a_list_not_last_in_the_card_stays():
    buy = "<ul><li><a href='https://shop-one.example.com/dp/1'>Buy it</a></li></ul><p>Pages: 212</p>"
    assert _found(_card(buy)) == []


def test_near_miss_a_card_of_one_line_stays():
    buy = "<ul><li><a href='https://shop-one.example.com/dp/1'>Buy it</a></li></ul>"
    assert _found(_card(buy, "<p>The Salt Orchard</p>")) == []


def test_full_width_space_parts_a_japanese_record():
    assert len(RECORD_PARTS.split("出版社：潮見書房 ジャンル：小説／日本文学")) == 2
    assert record_line("潮の果樹園 | 著者：井原文 | 出版社：潮見書房 ジャンル：小説")


def test_near_miss_one_colon_in_a_sentence_stays_one_part():
    assert len(RECORD_PARTS.split("正直に言えば：この本は長い。けれど最後まで読んだ。")) == 1
    assert len(RECORD_PARTS.split("The ending: a quiet storm that I will not forget")) == 1


PARAS = ["六百ページ近い長編だが、読み始めると止まらない。海辺の町で果樹園を営む一家の三代にわたる物語で、塩害に負けずに"
         "木を守ろうとする人々の姿が、季節ごとの章立てで静かに描かれていく。",
         "中盤は少し冗長で、登場人物の多さに戸惑う場面もある。それでも最後の章で祖母の手紙が読まれるところでは、"
         "思わず本を閉じてしばらく窓の外を眺めてしまった。",
         "家族の物語が好きな人、土地の記憶を描いた小説を探している人には、迷わず薦めたい一冊である。"]


def test_the_card_keeps_its_record_and_loses_its_buy_list():
    buy = ("<ul class='buy-btn'><li><a href='https://shop-one.example.co.jp/dp/2?tag=rv-22'>ショップで購入</a></li>"
           "<li><a href='https://net.example.jp/pd/3'>ネット書店で購入</a></li></ul>")
    card = (f"<div class='book-info'><div class='book-img'><img src='/c.jpg' alt=''></div><div class='book-detail'>"
            f"<p class='book-title'>潮の果樹園</p><p class='book-author'>著者：井原文</p>"
            f"<p class='book-spec'>出版社：潮見書房　ジャンル：小説</p>{buy}</div></div>")
    page = ("<html><head><title>書評：潮の果樹園</title></head><body><article><h1>塩の町に根を張る家族の三代記</h1>"
            f"<div class='article-body'>{card}" + "".join(f"<p>{t}</p>" for t in PARAS) + "</div></article></body></html>")
    body = extract_page(page, f"https://{HOST}/review/1").body_text
    assert "著者：井原文" in body and "出版社：潮見書房" in body and "購入" not in body
