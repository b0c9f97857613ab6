"""A form's box stops before the post (round s28), in our own words and markup.

boilerplate.remove_forms takes a form with its smallest box of little text (under 400 letters). 400 letters of
Chinese, Japanese or Thai are a short post whole (a letter is about half a word), so a search form in a sidebar beside
a short CJK review took the wrapper of sidebar and post together, and the review was lost. The box now stops at 100
words' worth too (count_words: an unspaced script's letters counted as words), and before any wrapper that holds the
post's article or main element.

Must fire (the review kept, the form's widget gone): a short Chinese review beside a sidebar search form (a WordPress
layout with main and aside), a short Japanese one in plain divs (no article, no main: the words' limit), a short Thai
one. Near misses: the sidebar's newsletter form still goes with its lead line, and a form box inside the post (a
newsletter sign-up after the review) still goes with its label, in English as before.
"""

from __future__ import annotations

from scraper.extract import extract_page

ZH = ["這本小說我是在一個下雨的週末讀完的，故事圍繞著海邊小鎮的一家舊書店，老闆和他的女兒守著店面，也守著一段沒說出口的往事。",
      "作者的文字很安靜，對話不多，但每一章都有一兩個讓人停下來的句子。後半段稍嫌拖沓，結尾卻收得乾淨。",
      "推薦給喜歡慢節奏故事的讀者。"]
JA = ["雨の週末に一気に読んだ。海辺の町の古本屋を舞台に、店主と娘が店を守りながら、言えなかった過去と向き合う物語だ。",
      "文章は静かで会話は少ないが、どの章にも立ち止まりたくなる一文がある。後半は少し冗長だが、結末はきれいに閉じる。",
      "ゆっくりした物語が好きな人におすすめしたい。"]
TH = ["ฉันอ่านนิยายเล่มนี้จบในวันหยุดที่ฝนตก เรื่องราวของร้านหนังสือเก่าในเมืองริมทะเล "
      "เจ้าของร้านกับลูกสาวที่ดูแลร้านและความลับในอดีต",
      "ภาษาเรียบง่ายและเงียบ บทสนทนาไม่มาก แต่ทุกบทมีประโยคที่ทำให้ต้องหยุดอ่านซ้ำ ช่วงท้ายยืดไปบ้างแต่ตอนจบลงตัว"]


def _wp(paras: list[str], lang: str, title: str, search: str, widget: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div id='page'><header><p class='site-title'><a href='/'>夜燈</a></p></header><div id='content'>"
            f"<main id='main'><article class='post'><h1>{title}</h1><div class='entry-content'>{body}</div>"
            "</article></main>"
            f"<aside id='secondary'><section class='widget'><form><input type='search' placeholder='{search}'>"
            "</form></section>"
            f"<section class='widget'><h2>{widget}</h2><form><input type='email'><button>OK</button></form>"
            "</section></aside>"
            "</div></div></body></html>")


def _plain(paras: list[str], lang: str, title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><div class='wrap'>"
            f"<div class='post-outer'><h2 class='post-title'>{title}</h2><div class='post-body'>{body}</div></div>"
            "<div class='side'><form><input type='text' name='q'><button>検索</button></form></div></div></body></html>")


URL = "https://yetou.example/2026/11/old-bookshop/"


def test_a_short_cjk_or_thai_review_beside_a_sidebar_form_is_kept():
    for paras, page in (
        (ZH, _wp(ZH, "zh-TW", "《海邊的舊書店》讀後", "搜尋…", "訂閱電子報")),
        (JA, _plain(JA, "ja", "『海辺の古本屋』を読んで")),
        (TH, _wp(TH, "th", "รีวิว: ร้านหนังสือริมทะเล", "ค้นหา", "รับจดหมายข่าว")),
    ):
        record = extract_page(page, URL)
        assert all(p[:20] in record.body_text for p in paras), (page[:80], record.body_text, record.removed)
        assert "訂閱電子報" not in record.body_text and "รับจดหมายข่าว" not in record.body_text


def test_a_form_box_inside_a_post_still_goes_with_its_label():
    paras = ["Mara Lindqvist's debut follows two sisters who inherit a failing orchard on a northern island and spend "
             "one year deciding whether to sell it, each secretly hoping the other will choose for her.",
             "The winter chapters are beautiful, the ending hurries, and the quiet middle of the book is as good as "
             "anything I have read this year."]
    body = "".join(f"<p>{p}</p>" for p in paras) + (
        "<div class='signup'><p>Get the monthly letter from the orchard shelf.</p>"
        "<form><input type='email'><button>Join</button></form></div>")
    page = ("<html lang='en'><head><title>The Orchard Year</title></head><body><article><h1>The Orchard Year</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")
    text = extract_page(page, URL).body_text
    assert "monthly letter" not in text and all(p[:40] in text for p in paras)
