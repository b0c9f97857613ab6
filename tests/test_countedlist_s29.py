"""A title that counts the books a post holds, in the scripts without spaces (classify.LIST_TITLE): zh "八本新书",
"10本值得一读的小说", a "书单"; ja "今年の5冊"; ko "책 10권", "열 권의 책". The post is a list (an anticipated-books
list, a year's picks), though one of its headings reads as a book and its maker. Near misses: "这本书" (this book),
"第三本书" (an author's third book), "一本书" (one book), "해리포터 2권" (a series' second volume) in a review's title."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.classify import LIST_TITLE


def _post(lang: str, title: str, blocks: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="article"><h1>{title}</h1><div class="article-body">{blocks}</div></div></body></html>')


def test_counted_books_in_cjk_titles_announce_a_list():
    for title in ("明年最期待的六本新书", "寒假必读的10本小说", "编辑部的年度书单", "今年読んだ本から選んだ5冊",
                  "올해 읽은 책 10권", "겨울에 읽기 좋은 다섯 권의 책", "十二本好書推薦"):
        assert LIST_TITLE.search(title), title


def test_one_book_or_a_volume_in_a_reviews_title_is_no_list():
    for title in ("这本书让我想起了外婆", "她的第三本书比前两本更好", "一本书的诞生", "해리포터 2권 리뷰",
                  "《长夜》读后感", "上下两卷读完了"):
        assert not LIST_TITLE.search(title), title


def test_an_anticipated_books_post_with_one_heading_read_as_a_book_is_a_list():
    blocks = ("<p>每到年底，我们都会整理一份新年的期待清单。下面这几本都已经公布了出版时间，具体以出版社消息为准。</p>"
              "<h3>一、《海边的灯塔》— 陈远</h3><p>作者时隔六年的新长篇，据说写的是福建沿海的一座小岛和三代守塔人。</p>"
              "<h3>二、某位诺奖作家的散文集</h3><p>中文版终于要来了，译者还是老朋友。</p>"
              "<h3>三、一部科幻短篇集</h3><p>收录十几篇早年发表在杂志上的作品，书名还没有公布。</p>"
              "<h3>四至六</h3><p>另外三本暂时保密，我们会在公众号上更新消息，欢迎关注。</p>")
    record = extract_page(_post("zh", "明年最期待的六本新书", blocks), "https://www.example.cn/article/2026-12-02/list.html")
    assert not record.is_review, record.reason
    assert record.kind == "list", record.reason
