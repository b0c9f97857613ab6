"""The book of a Japanese blog's shop widget: a ヨメレバ/カエレバ box (name: title and edition; detail: author, publisher,
date) and a 楽天ブックス item link ("T （imprint） [ Family Given ]"). Near misses: two widgets for different books, a
detail line without a date, a bracketed note that is no name.

Every page here is invented for these tests (invented books, people and sites, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.bookaffiliate import affiliate_book


def page(*widgets: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><article><p>本文。</p>{''.join(widgets)}</article></body></html>")


YOMERERBA = """<div class="booklink-box"><div class="booklink-info"><div class="booklink-name">潮の家 (海鳴文庫)
<div class="booklink-powered-date">posted with ヨメレバ</div></div><div class="booklink-detail">山本 千尋 海鳴社 2019年04月01日</div></div></div>"""
KAEREBA = """<div class="kaerebalink-box"><div class="kaerebalink-name">月夜の台所<div>posted with カエレバ</div></div>
<div class="kaerebalink-detail">森 ひかり 青葉書房 2021-10-05</div></div>"""
RAKUTEN = """<p class="item"><a href="#">潮の家 （海鳴文庫 海鳴文庫） [ 山本 千尋 ]</a></p>"""


def test_a_widget_names_the_book_and_its_author():
    assert (b := affiliate_book(page(YOMERERBA))) and (b.title, b.author) == ("潮の家", "山本千尋")
    assert (b := affiliate_book(page(KAEREBA))) and (b.title, b.author) == ("月夜の台所", "森ひかり")
    assert (b := affiliate_book(page(RAKUTEN))) and (b.title, b.author) == ("潮の家", "山本千尋")
    # the same book in two widgets is one book
    assert affiliate_book(page(YOMERERBA, RAKUTEN)).title == "潮の家"


def test_near_misses():
    assert affiliate_book(page(YOMERERBA, KAEREBA)) is None  # two books: a list, no telling
    assert affiliate_book(page(YOMERERBA.replace(" 2019年04月01日", ""))) is None  # no date: no detail line
    assert affiliate_book(page("""<p><a href="#">週末のセール [ 送料無料 キャンペーン ]</a></p>""")) is None
    assert affiliate_book(page("""<p><a href="#">Summer reading [ Jane Doe ]</a></p>""")) is None


def test_a_review_with_a_widget_gets_its_book():
    html = f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>港町の一年 [読書]: 本棚日和</title></head>
<body><div class="content"><h2>港町の一年</h2><div class="text">
<p>港町に暮らす老夫婦の一年を描いた長編。台所や縁側の細部が積み重なって、最後には町全体が見えてくる。山本さんの文章は静かで、声を荒げない。</p>
<p>夫は漁をやめてから朝が早くなり、妻はそれに合わせて台所に立つ時間を少しずつ変えていく。二人の会話は短いが、互いを気づかう言葉の選び方に長い年月がにじむ。郵便配達の青年や魚屋の主人など、町の人々もそれぞれの事情を抱えて行き来する。</p>
<p>後半はやや駆け足で、娘の帰郷の場面はもう少し読みたかった。それでも老いをこれほど穏やかに描いた小説は多くない。星四つ。</p>
{YOMERERBA}</div></div></body></html>"""
    record = extract_page(html, "https://hondana.example.jp/2026-11-28")
    assert (record.book_title, record.book_author) == ("潮の家", "山本千尋")
