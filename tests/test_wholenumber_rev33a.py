"""classify.LIST_TITLE's counted books in zh read the number whole, from its first figure: an ordinal "第12本书",
"第十二本书", "第二十三本书" (a year's nth book, an author's) is no count, whatever figure a match could start on.
Counts still are: "十二本好书", "23本小说", "两本书的对读"."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.classify import LIST_TITLE


def test_an_ordinal_of_several_figures_is_no_count():
    for title in ("第12本书：《长夜》", "第十二本书", "第二十三本小说", "今年读的第105本书", "第２０本書", "這是第十五本書"):
        assert not LIST_TITLE.search(title), title


def test_counts_of_several_figures_still_are():
    for title in ("十二本好书推荐", "寒假必读的23本小说", "二十本值得重读的書", "今年读过的105本书"):
        assert LIST_TITLE.search(title), title


def test_a_years_nth_book_reviewed_is_a_review():
    blocks = ("<p>《长夜》是陈远的第二部长篇小说。故事发生在一座北方小城，一个夜班护士在二十年里陪着三个病人走完最后一程。"
              "我读得很慢，常常读几页就停下来想一想。</p>"
              "<p>小说最好的地方是它的克制：作者从不替人物哭，只写他们做了什么、说了什么。夜班的灯、走廊的声音、凌晨四点的"
              "窗外，都写得很准。缺点也有，中间一段写护士的婚姻有些拖沓，几个配角也只是轮廓。</p>"
              "<p>但读到最后一章，我还是在地铁上红了眼睛。推荐给愿意慢慢读书的人。</p>")
    html = ('<html lang="zh"><head><meta charset="utf-8"><title>2026年读的第十二本书：《长夜》读后感</title></head><body>'
            '<article class="post"><h1 class="entry-title">2026年读的第十二本书：《长夜》读后感</h1>'
            f'<div class="entry-content">{blocks}</div></article></body></html>')
    record = extract_page(html, "https://blog.example.cn/2026/12/changye.html")
    assert record.kind != "list", (record.kind, record.reason)
