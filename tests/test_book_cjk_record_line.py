"""A CJK record line above or below a review: "T　A著（出版社、価格）" as Japanese papers print it, "『T』 A 지음 (출판사,
2019)", and "A, 『T』." alone on a line (the text naming A again). Near misses: a sentence holding a bracketed title, a
bracket after the role that holds no record details, a name the text does not name again.

Every line here is invented for these tests (invented books, people and houses, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record


def test_title_author_role_and_bracketed_details():
    assert cjk_record(["潮の家　山本千尋著（海鳴社、1980円）"], Context("")) == ("潮の家", "山本千尋")
    assert cjk_record(["『潮の家』 山本千尋 著（海鳴文庫、2019年）"], Context("")) == ("潮の家", "山本千尋")
    assert cjk_record(["『푸른 정원』 박하늘 지음 (바다출판, 2021)"], Context("")) == ("푸른 정원", "박하늘")
    assert cjk_record(["《江边的雾》 李明著（江城出版社，2015）"], Context("")) == ("江边的雾", "李明")


def test_name_comma_bracketed_title_alone_on_its_line():
    text = "박하늘, 『푸른 정원』.\n이번 달에는 박하늘의 짧은 소설을 골랐습니다."
    assert cjk_record(text.split("\n"), Context(text)) == ("푸른 정원", "박하늘")
    text = "山本千尋、『潮の家』。\n山本千尋の文章は静かだ。"
    assert cjk_record(text.split("\n"), Context(text)) == ("潮の家", "山本千尋")


def test_near_misses():
    # a sentence with a bracketed title in it is no record line
    text = "오늘은, 『푸른 정원』을 다시 읽었습니다. 박하늘 작가의 책입니다."
    assert cjk_record([text], Context(text)) is None
    # the name not named again: no telling it is a person
    assert cjk_record(["박하늘, 『푸른 정원』."], Context("박하늘, 『푸른 정원』.\n좋은 책.")) is None
    # a bracket after the role that holds no price, year or publisher
    assert cjk_record(["潮の家　山本千尋著（笑）"], Context("")) is None
    # a title and a name with no role word
    assert cjk_record(["潮の家　山本千尋（海鳴社、1980円）"], Context("")) is None


def test_a_newspaper_review_under_its_record_line():
    page = """<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>海辺の町で老いること | 書評 | 海鳴新聞</title></head>
<body><article><h1>海辺の町で老いること</h1><div class="body">
<p class="book-data">潮の家　山本千尋著（海鳴社、1980円）</p>
<p>　港町に暮らす老夫婦の一年を描いた長編である。山本は声を荒げず、台所や縁側の細部を積み重ねていく。</p>
<p>　読み終えて残るのは、老いの寂しさよりも、毎日の小さな段取りの確かさだ。山本の筆は最後まで落ち着いている。</p>
<p>　夫は漁をやめてから朝が早くなり、妻はそれに合わせて台所に立つ時間を少しずつ変えていく。二人の会話は短く、冗談も少ないが、互いの体調を気づかう言葉の選び方に、長い年月がにじむ。町の人々もまた、それぞれの事情を抱えながら、夫婦の家の前を行き来する。郵便配達の青年、魚屋の主人、遠くに住む娘からの電話。どれも大きな事件ではないのに、読み進めるほどに胸に迫ってくる。</p>
<p>　後半はやや駆け足で、娘の帰郷の場面はもう少し読みたかった。それでも、老いをこれほど穏やかに、しかし甘くせずに描いた小説は多くない。介護の只中にいる人にも、まだ遠い人にも薦めたい一冊である。</p></div></article></body></html>"""
    record = extract_page(page, "https://umi.example.jp/culture/book/review/20261129/")
    assert (record.book_title, record.book_author) == ("潮の家", "山本千尋")
