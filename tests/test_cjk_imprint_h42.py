"""A publisher's, an imprint's or a series' name where a CJK author would stand ("『T』（〇〇新書）"), the author named
right before the title in such a citation ("A『T』（〇〇文庫）"), and a verb of reading glued before a name ("重读A《T》")
(bookcjkimprint)."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcjkimprint import fronted_cited, imprint, unread
from scraper.extract.bookcjkline import cjk_record
from scraper.extract.bookscripts import script_pair
from scraper.extract.booktitles import cjk_title


def test_imprints_series_and_houses_in_three_scripts():
    for name in ("青葉新書", "白鷺文庫", "白鷺文庫、2021年", "月影選書", "ひばりブックス", "みどり書房", "港町書店", "東雲社",
                 "江南文库", "远山丛书", "北岸出版社", "长河书局", "西湖印书馆", "바람문고", "푸른북스", "들꽃출판사"):
        assert imprint(name), name


def test_near_miss_persons_are_no_imprints():
    for name in ("山田花子", "森山一郎", "李明", "陈思远", "黃小文", "김하윤", "カレン・ノース", "王社", "", None):
        assert not imprint(name), name


def test_reading_verb_comes_off_the_name():
    assert unread("重读李明") == "李明"
    assert unread("读完陈思远") == "陈思远"
    assert unread("再讀黃小文") == "黃小文"
    assert unread("看完了周子青") == "周子青"
    assert unread("再読森山一郎") == "森山一郎"


def test_near_miss_reading_verb_alone_or_a_plain_name_stays():
    assert unread("重读") == "重读"
    assert unread("读书") == "读书"  # one character would stay: no name
    assert unread("李明") == "李明"
    assert unread("森山一郎") == "森山一郎"


def test_headline_with_a_glued_reading_verb():
    assert cjk_title("重读李明《江边的雾》：一个关于告别的故事") == ("江边的雾", "李明")
    assert cjk_title("再讀黃小文《山城舊事》") == ("山城舊事", "黃小文")
    assert cjk_title("读完周子青《灯下》") == ("灯下", "周子青")


def test_near_miss_headlines_keep_their_reading():
    assert cjk_title("李明《江边的雾》：一个关于告别的故事") == ("江边的雾", "李明")
    assert cjk_title("重读《江边的雾》") is None  # the verb alone: no name
    assert cjk_title("『港の灯』（白鷺文庫）") is None  # the paperback line in the name's place
    assert cjk_title("『港の灯』（森山一郎）") == ("港の灯", "森山一郎")


def test_bracketed_imprint_after_a_title_is_no_author():
    context = Context(text="『港の灯』（白鷺新書）\n港町の話。")
    assert script_pair("『港の灯』（白鷺新書）", context) is None
    assert script_pair("『港の灯』（みどり書房）", context) is None
    # near miss: a person in the brackets is the author, as before
    assert script_pair("『港の灯』（森山一郎）", Context(text="『港の灯』（森山一郎）")) == ("港の灯", "森山一郎")


def test_author_before_the_title_of_an_imprint_citation():
    line = "灯台守の日々を描いた一冊を紹介したい。森山一郎『港の灯』（白鷺新書）である。"
    context = Context(text=line + "\n森山氏は元船員で、その経験が随所に生きている。")
    assert fronted_cited(line, context) == ("港の灯", "森山一郎")
    assert cjk_record([line], context) == ("港の灯", "森山一郎")
    line = "最近读了陈思远《北方的河流》（北岸出版社，2020），一口气读完。"
    context = Context(text=line + "\n陈思远的语言很克制。")
    assert fronted_cited(line, context) == ("北方的河流", "陈思远")
    line = "カレン・ノース『冬の庭』（みどり書房）を読んだ。"
    context = Context(text=line + "\nカレン・ノースの文章は静かだ。")
    assert fronted_cited(line, context) == ("冬の庭", "カレン・ノース")


def test_near_miss_imprint_citations_that_name_no_author():
    rest = "\n森山氏は元船員で、その経験が随所に生きている。"
    line = "本書『港の灯』（白鷺新書）は薄い。"  # "this book": no name
    assert fronted_cited(line, Context(text=line + rest)) is None
    line = "森山一郎『港の灯』（2019年）を読んだ。"  # a year, no imprint: not this rule's
    assert fronted_cited(line, Context(text=line + rest)) is None
    line = "森山一郎『港の灯』（白鷺新書）を読んだ。"  # the name said nowhere else
    assert fronted_cited(line, Context(text=line + "\n港町の話。")) is None
    line = "陈思远《北方的河流》（北岸出版社）和周子青《灯下》（长河书局）"  # two books: which one?
    assert fronted_cited(line, Context(text=line + "\n陈思远和周子青")) is None


_JA_PAGE = """<html lang="ja"><head><meta charset="utf-8"><title>灯台の話を読む | 書評 | 週刊みなと</title></head><body>
<article><h1>海の見える仕事について考えた</h1><div class="entry-body">
<p>港町で三十年灯台を守った人の記録が、静かに読まれている。森山一郎『港の灯』（白鷺新書）である。</p>
<p>森山氏は元船員で、嵐の夜の描写には経験に裏打ちされた重みがある。天気図の読み方を説明する章は少し専門的だが、
読み飛ばしても本筋は追える。</p>
<p>特に印象に残ったのは、灯台が自動化される日の章だ。最後の当直を終えた著者が、誰もいない階段を一段ずつ降りていく場面は、
派手な言葉を一つも使わずに、一つの仕事が終わることの寂しさと誇りを同時に伝えてくる。若い同僚との手紙のやり取りも温かい。</p>
<p>一方で、後半の港の歴史をたどる部分は資料の引用が続き、前半の語りの熱が少し冷めてしまう。地図や写真がもう少しあれば、
土地を知らない読者にも景色が浮かんだのではないか。それでも、全体としては丁寧に作られた良い本だと思う。</p>
<p>仕事とは何かを考えたいすべての人に勧めたい一冊だ。読み終えた後、近所の港まで歩きたくなった。</p>
</div></article></body></html>"""

_ZH_PAGE = """<html lang="zh-CN"><head><meta charset="utf-8"><title>重读周子青《灯下》：旧城的夜 - 小站</title></head><body>
<article><h2>重读周子青《灯下》：旧城的夜</h2><div class="post">
<p>第一次读《灯下》还是高中，十年后再读，发现当年只看到了爱情。</p>
<p>小说写一条老街上的几户人家，周子青几乎不写风景，只写声音和气味，读的时候像在夜里散步。</p>
<p>我最喜欢的是下雨那一章，老人坐在门口听雨，想起年轻时离开家的那个早上。作者没有用任何煽情的句子，
只是把每一个动作写得很慢，读到最后我却忍不住停下来很久。这样克制的写法现在不多见了，值得反复读。</p>
<p>另外，书里写小吃和手艺的段落也很好看，修鞋的、卖豆浆的、补锅的，每个人都有自己的一点骄傲和一点不甘心。</p>
<p>缺点是后半部分节奏太快，几个人物没有交代清楚。整体还是很推荐，适合慢慢读。</p>
</div></article></body></html>"""


def test_pages_end_to_end():
    record = extract_page(_JA_PAGE, "https://minato.example.jp/review/umi")
    assert (record.book_title, record.book_author) == ("港の灯", "森山一郎")
    record = extract_page(_ZH_PAGE, "https://xiaozhan.example.cn/p/123")
    assert (record.book_title, record.book_author) == ("灯下", "周子青")
