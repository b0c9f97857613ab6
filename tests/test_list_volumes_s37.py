"""A headline opening on one work's title in book-title marks and then counting volumes, "《T》：讀完三冊之後", is about
that work's volumes, not a list of books (s37, listvolumes, asked by classify's list headline). Two titles set off
before the count, or a count with no title before it, is still a list's headline. Texts of our own."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="zh-Hant"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+08:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_TEXT = [
    "這部長篇我斷斷續續讀了半年，三冊加起來一千多頁，讀完的時候有一種爬完山回頭看的感覺。",
    "故事從一間港口邊的舊旅館開始，老闆娘每天替陌生的房客記帳，帳本裡藏著三十年來的秘密。作者把家族史、地方志和傳說"
    "纏在一起，讀起來像在霧裡散步，有時迷路，有時忽然看見遠處的燈。",
    "我最喜歡那些看似離題的段落：一章寫一種已經失傳的漁網，一章寫一個在碼頭賣糖的女孩。它們最後都會接回主線，但作者"
    "一點也不急，讀者得有耐心。",
    "缺點是人物太多，前半部我做了兩頁筆記才跟得上。不過讀完之後一直捨不得放下，推薦給喜歡慢慢讀長篇的人。",
]


def test_a_headline_counting_one_works_volumes_is_no_list():
    record = extract_page(_page("《霧港旅館》：讀完三冊之後", _TEXT), "https://shuying.example.tw/2026/11/wugang")
    assert record.kind != "list", (record.kind, record.reason)


def test_two_titles_before_the_count_are_still_a_list():
    record = extract_page(_page("《霧港旅館》和《北風》：讀完三冊之後", _TEXT), "https://shuying.example.tw/2026/11/wugang")
    assert record.kind == "list", (record.kind, record.reason)


def test_a_count_before_any_title_is_still_a_list():
    record = extract_page(_page("今年讀完的三冊長篇", _TEXT), "https://shuying.example.tw/2026/11/wugang")
    assert record.kind == "list", (record.kind, record.reason)
