"""A Chinese blog's closing reprint terms worded as a welcome ("reprints welcome, please credit the source":
``reprintnote.REPRINT`` 欢迎转载 / 歡迎轉載, 请注明出处 / 請註明出處), taken like its "转载请…" cousin (the s34 round; own
words and markup). Near misses: a review's complaint that the book cites no sources, and a line welcoming readers'
letters, both in the post's last paragraphs."""

from scraper.extract import extract_page

_ZH = [
    "去年冬天在舊書攤買到這本小說，一直放在床頭，直到上個月的颱風假才終於讀完。王小明寫一個在河邊長大的女孩，"
    "如何在父親失蹤之後，一個人守著渡船和一間快要倒塌的茶館。",
    "故事並不複雜，但語言非常節制，很多段落只有短短幾句，卻讓人反覆回味。中段關於母親來信的部分寫得最好，"
    "我讀到那裡時忍不住停下來，望著窗外的雨很久。",
    "結尾稍微倉促了一點，像是作者不忍心再寫下去。不過整體來說，這是我今年讀過最安靜也最有力量的一本書。",
]


def _text(last: str) -> str:
    ps = "".join(f"<p>{p}</p>" for p in [*_ZH, last])
    html = (f"<html lang='zh-Hant'><head><meta charset='utf-8'><title>河邊的茶館</title></head><body><div id='main'>"
            f"<h1>河邊的茶館</h1><div class='note'>{ps}</div></div></body></html>")
    return extract_page(html, "https://riverteahouse.example.tw/notes/2026-11-river.html").body_text


def test_welcome_to_reprint_with_source_credited_goes():
    assert "轉載" not in _text("本站文字歡迎轉載，請註明出處。")


def test_simplified_welcome_goes():
    assert "转载" not in _text("本站文章欢迎转载，请注明出处并附上链接。")


def test_review_complaint_about_unsourced_quotes_stays():
    line = "唯一的遺憾是書中引用的史料大多沒有註明出處，讀起來有些不踏實。"
    assert line in _text(line)


def test_welcome_to_readers_letters_stays():
    line = "如果你也讀過這本書，歡迎來信和我聊聊你最喜歡的段落。"
    assert line in _text(line)
