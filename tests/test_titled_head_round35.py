"""A shop's product page with no h1 (titledhead, readerreview.book_header): the product's name in a plain box that the
page's <title> names stands for the h1, and an author row may name the role after the author's link ("<a>…</a> 著",
"<a>…</a>（著）", "<a>…</a> 지음"). Then the readers' reviews, dropped as comments, are the page's content and its
longest reader's review is read as the page's review. Pages invented for these tests, in our own words and markup."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import boilerplate, controls, extract_page, readerreview
from scraper.extract.titledhead import heads, title_head

ZH = ("这本是朋友寄来的，一个周末就看完了。故事讲的是一座海边小城的灯塔看守人，她丈夫去世以后，她独自守着灯过了一整个冬天，"
      "岛上几户人家轮流给她送汤、送信、送坏消息。作者写天气写得特别好，风一起，纸面上都是盐味。人物不多，但每个人都有自己的心事，"
      "彼此之间的沉默比对话更有分量。不足的是中段节奏偏慢，有几章像在原地打转，读到一半差点放下。结尾很克制，没有煽情，"
      "合上书以后好几天还在想那盏灯。总体推荐给喜欢安静小说的读者，尤其适合冬天的晚上慢慢读，配一杯热茶刚刚好。")
JA = ("友人に勧められて週末に一気に読みました。海辺の小さな町で、夫を亡くした灯台守の女性がひと冬のあいだ一人で灯りを守る話です。"
      "島の数軒の家が代わる代わるスープや手紙や悪い知らせを運んでくる場面がとてもよく、天気の描写からは潮の匂いがしてきます。"
      "登場人物は少ないのですが、それぞれが胸の内に何かを抱えていて、会話よりも沈黙のほうが重く響きます。中盤は少し足踏みしている"
      "ように感じて、途中で一度本を置きかけました。それでも結末は抑えた筆致で、読み終えてから何日もあの灯りのことを考えていました。"
      "静かな小説が好きな人に、冬の夜にゆっくり読んでほしい一冊です。")


def shop(lang: str, name: str, author_row: str, review: str, other: str, title: str | None = None,
         price: str = "￥32.00", cart: str = "加入购物车") -> str:
    title = title if title is not None else f"《{name}》【简介 评论】- 海风书城"
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div id="topbar"><a href="/">海风书城</a> <a href="/login">登录</a> <a href="/cart">购物车</a></div>
<div class="wrap"><div class="goods-intro">
<div class="gallery"><img src="/c/7.jpg" alt=""></div>
<div class="goods-info"><div class="goods-title">{name}</div>
<div class="goods-writer">{author_row}</div>
<div class="goods-price"><span class="now-price">{price}</span></div>
<div class="goods-actions"><a href="/cart/add" id="addCart" class="btn-big">{cart}</a></div>
</div></div>
<div id="feedback" class="comment-area"><div class="comment-head">读者评价</div>
<div class="comment-row"><div class="comment-who">海***鸥</div><div class="comment-body"><p class="comment-text">{review}</p>
<div class="comment-meta"><span>2026-10-03 20:11</span></div></div></div>
<div class="comment-row"><div class="comment-who">n***2</div><div class="comment-body"><p class="comment-text">{other}</p>
<div class="comment-meta"><span>2026-09-21 08:40</span></div></div></div>
</div></div>
<div class="foot"><a href="/about">关于我们</a></div></body></html>"""


def _header(html: str) -> bool:
    tree = lxml_html.fromstring(html)
    controls.mark_controls(tree)  # (as extract_page does)
    for element in list(tree.iter(*boilerplate.DEAD_TAGS)):
        element.drop_tree()
    return readerreview.book_header(tree)


def test_the_title_names_the_name_box_of_a_page_without_h1():
    tree = lxml_html.fromstring(shop("zh", "灯塔看守人的冬天", '<a href="/w/1">林晚舟</a> 著', ZH, "快递很快。"))
    line = title_head(tree)
    assert line is not None and line.get("class") == "goods-title"
    assert heads(tree) == [line]


def test_near_misses_an_h1_a_linked_line_or_a_name_the_title_lacks():
    page = shop("zh", "灯塔看守人的冬天", '<a href="/w/1">林晚舟</a> 著', ZH, "快递很快。")
    with_h1 = page.replace('<div class="goods-title">灯塔看守人的冬天</div>', "<h1>灯塔看守人的冬天</h1>")
    assert title_head(lxml_html.fromstring(with_h1)) is None  # (the h1 is the head)
    other_title = shop("zh", "灯塔看守人的冬天", '<a href="/w/1">林晚舟</a> 著', ZH, "快递很快。", title="海风书城 - 正版图书")
    assert title_head(lxml_html.fromstring(other_title)) is None  # (only the logo's words, in a link, are in the title)
    unpriced = page.replace("￥32.00", "暂时缺货")  # (a post's title line, with no price beside it, is no product's name)
    assert title_head(lxml_html.fromstring(unpriced)) is None
    linked = page.replace('<div class="goods-title">灯塔看守人的冬天</div>', '<div class="goods-title"><a href="/b">灯塔看守人的冬天</a></div>')
    assert title_head(lxml_html.fromstring(linked)) is None


def test_author_row_with_the_role_after_the_link_makes_a_book_record():
    assert _header(shop("zh", "灯塔看守人的冬天", '<a href="/w/1">林晚舟</a> 著', ZH, "快递很快。"))
    assert _header(shop("ja", "灯台守の冬", '<a href="/w/1">潮見 遥</a>（著）', JA, "届くのが早かった。", title="灯台守の冬 | 潮風書店",
                        price="¥1,980", cart="カートに入れる"))
    assert _header(shop("ko", "등대지기의 겨울", '<a href="/w/1">윤해솔</a> 지음', ZH, "배송 빨라요.", title="등대지기의 겨울 - 바닷바람 서점",
                        price="₩14,000", cart="장바구니"))


def test_near_misses_of_the_author_row():
    # words on both sides of the link, or a sentence after it, are no author row
    assert not _header(shop("zh", "灯塔看守人的冬天", '作者 <a href="/w/1">林晚舟</a> 著', ZH, "快递很快。"))
    assert not _header(shop("zh", "灯塔看守人的冬天", '<a href="/w/1">林晚舟</a> 的其他作品都在这里可以找到', ZH, "快递很快。"))
    # a dated box around the name line is a post's header, not a record's
    dated = shop("zh", "灯塔看守人的冬天", '<a href="/w/1">林晚舟</a> 著 2026-11-02', ZH, "快递很快。")
    assert not _header(dated)


def test_the_longest_readers_review_is_read_as_the_pages_review():
    for lang, name, row, review, title in (
            ("zh", "灯塔看守人的冬天", '<a href="/w/1">林晚舟</a> 著', ZH, "《灯塔看守人的冬天》(林晚舟)【简介 评论】- 海风书城"),
            ("ja", "灯台守の冬", '<a href="/w/1">潮見遥</a>（著）', JA, "『灯台守の冬』潮見遥 著 | 潮風書店")):
        record = extract_page(shop(lang, name, row, review, "快递很快，包装也不错。", title=title), "https://shop.example.com/item/77.html")
        assert record.is_review, record.reason
        assert review[:30] in record.body_text and "快递很快" not in record.body_text
        assert record.book_title == name  # (read from the <title>, which names the author too, as shops' do)

