"""A Chinese review whose headline alone sets its book in 《》 ("读《T》：…") and whose opening names the one who wrote
it as a clause's subject, "written in" too ("这是某某写于九十年代的长篇", "某某寫於流亡期間"): ``booktitles.cjk_writer``
takes the headline's title when the opening lines set none, and reads the clause from the text's start. Near misses:
an opening that sets another title, a name said once, a word for the book or its writer, a character writing a letter.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.booktitles import cjk_writer


def _writer(lines: list[str], marked: str):
    return cjk_writer(lines, "\n".join(lines), marked)


def test_the_headlines_title_and_the_clause_that_writes_it():
    lines = ["这是陆晚舟写于九十年代的长篇，写的是一个海边小镇。", "陆晚舟很少抒情，句子都很短。"]
    assert _writer(lines, "江心岛") == ("江心岛", "陆晚舟")
    # traditional script, "written during"
    lines = ["這部小說是沈青禾寫於旅居海外期間的作品。", "沈青禾寫鄉愁，卻從不直接說出來。"]
    assert _writer(lines, "鹽田") == ("鹽田", "沈青禾")
    # the title's words said in the text as a place's name, after the clause: the clause still counts
    lines = ["周远山用三年时间，写成了这部关于雾港的小说。", "雾港是一座虚构的城市，周远山让它一直下雨。"]
    assert _writer(lines, "雾港") == ("雾港", "周远山")


def test_near_misses():
    # the opening sets another title: that book's writer, not the headline's
    lines = ["读完以后我想起《雾港》。", "这是陆晚舟写于九十年代的长篇，陆晚舟很年轻。"]
    assert _writer(lines, "江心岛") is None
    # the name said once: no telling it is a name
    assert _writer(["这是陆晚舟写于九十年代的长篇。", "句子都很短。"], "江心岛") is None
    # a word for the book or its writer
    lines = ["这本书写于九十年代，作者写于海边。", "作者很年轻，这本书很短。"]
    assert _writer(lines, "江心岛") is None
    # a character writing a letter
    lines = ["阿婆每年都给儿子写信。", "阿婆写了一封信，又撕掉。阿婆老了。"]
    assert _writer(lines, "江心岛") is None


PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>读《江心岛》：海边的小镇和不说话的人</title></head>
<body><header><a href="/">慢慢读</a></header><article><h1>读《江心岛》：海边的小镇和不说话的人</h1>
<p>这是陆晚舟写于九十年代的长篇，我放在书架上好多年才读。小说写一个海边小镇，渔民、裁缝和一个总在码头等船的女孩。</p>
<p>陆晚舟的句子很短，几乎不抒情，但每一章结尾都让人停下来。女孩等的那条船，到最后也没有说清楚有没有来。</p>
<p>缺点是中段节奏太慢，人物也有点多。不过读完以后，我很久都记得码头上的风。</p>
<p>推荐指数：★★★★</p>
</article><footer>© 慢慢读</footer></body></html>"""


def test_a_whole_page():
    record = extract_page(PAGE, "https://manmandu.example/2026/12/jiangxindao/")
    assert (record.book_title, record.book_author) == ("江心岛", "陆晚舟")
