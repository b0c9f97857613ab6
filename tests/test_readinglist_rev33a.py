"""classify.LIST_TITLE reads a zh reading list, "书单"/"書單", as a list's title only at the title's head or end, or
beside a word that recommends, shares or dates it ("推荐书单", "年度书单", "书单分享"): a review's title that names the
list its book was picked from ("从朋友的书单里挑出来的《…》") is no list."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.classify import LIST_TITLE


def test_a_reading_list_named_as_the_title_is_a_list():
    for title in ("书单｜冬天读什么", "2026年我的书单", "编辑部的年度书单", "老师推荐的书单：十本经典", "書單分享：夏天的小說",
                  "【書單】適合通勤讀的散文"):
        assert LIST_TITLE.search(title), title


def test_a_reading_list_named_inside_a_reviews_title_is_no_list():
    for title in ("从朋友的书单里挑出来的《长夜》", "在老师書單上看到的《海邊》，讀完很喜歡", "书单之外的一本好书：《灯塔》"):
        assert not LIST_TITLE.search(title), title


def test_a_review_picked_from_a_reading_list_is_no_list():
    blocks = ("<p>《灯塔》是我从朋友的书单里挑出来的。作者写一座小岛上的三代守塔人，外公、母亲和女儿，一人一章，"
              "各自讲一个冬天。我原以为会是很安静的书，没想到读得很紧张。</p>"
              "<p>最好的是母亲那一章：她一边守灯一边给远方的丈夫写信，信一封也没有寄出去。语言干净，没有多余的形容词。"
              "不足是女儿那一章太短，像是赶着收尾。</p><p>总的来说值得一读，尤其适合冬天的晚上。</p>")
    html = ('<html lang="zh"><head><meta charset="utf-8"><title>从朋友的书单里挑出来的《灯塔》</title></head><body>'
            '<article class="post"><h1 class="entry-title">从朋友的书单里挑出来的《灯塔》</h1>'
            f'<div class="entry-content">{blocks}</div></article></body></html>')
    record = extract_page(html, "https://blog.example.cn/2026/12/dengta.html")
    assert record.kind != "list", (record.kind, record.reason)
