"""Chinese drops the possessive 的 before a demonstrative as often as it writes it: "A這部小說" (A's this novel) opens a
review as "A的這部小說" does (s37, booknounowner._cjk_closed). Without the 的 the owner must be a full name of two or
three characters on a family name that the text says again; a verb ("讀完這部小說"), a name said once or a pronoun is
no owner. Texts of our own."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="zh-Hant"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+08:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_REST = [
    "故事從一間港口邊的舊旅館開始，老闆娘每天替陌生的房客記帳，帳本裡藏著三十年來的秘密。作者把家族史、地方志和傳說"
    "纏在一起，讀起來像在霧裡散步，有時迷路，有時忽然看見遠處的燈。",
    "我最喜歡那些看似離題的段落：一章寫一種已經失傳的漁網，一章寫一個在碼頭賣糖的女孩。它們最後都會接回主線，但作者"
    "一點也不急，讀者得有耐心。",
    "缺點是人物太多，前半部我做了兩頁筆記才跟得上。不過讀完之後一直捨不得放下，推薦給喜歡慢慢讀長篇的人。",
]


def test_a_name_before_this_novel_without_its_de_is_the_author():
    opening = "林望舒這部長篇我斷斷續續讀了半年，三冊加起來一千多頁，讀完的時候有一種爬完山的感覺。"
    closing = "林望舒說這是她寫得最久的一本書，看得出來。"
    record = extract_page(_page("《霧港旅館》：讀完之後", [opening, *_REST, closing]),
                          "https://shuying.example.tw/2026/11/wugang")
    assert record.kind == "review", (record.kind, record.reason)
    assert record.book_title == "霧港旅館" and record.book_author == "林望舒"


def test_a_name_said_only_once_before_this_novel_is_not_read_as_the_author():
    opening = "林望舒這部長篇我斷斷續續讀了半年，讀完的時候有一種爬完山的感覺。"
    record = extract_page(_page("《霧港旅館》：讀完之後", [opening, *_REST]), "https://shuying.example.tw/2026/11/wugang")
    assert record.book_author != "林望舒"


def test_a_verb_before_this_novel_is_no_owner():
    opening = "讀完這部長篇花了我半年，讀完的時候有一種爬完山的感覺。讀完這部小說，我又重讀了第一章。"
    record = extract_page(_page("《霧港旅館》：讀完之後", [opening, *_REST]), "https://shuying.example.tw/2026/11/wugang")
    assert record.book_author is None or "讀" not in record.book_author
