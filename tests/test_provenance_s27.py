"""An aggregator's or a syndicator's notice of where the post first ran, at the post's top or bottom (``edges`` with
``provenance.elsewhere_first``): "本文来自微信公众号：…", "本文來自<site>，原文連結：https://…", "Dieser Beitrag erschien zuerst auf meinem
Blog", "Artikel ini telah tayang di <site>.com", "Original article: https://…", the venue a blog, a network, a link or
an address written out (``provenance.VENUE``, ``provenance.SITE``). Near misses: the book's own first publication ("Der
Roman erschien zuerst 1962 bei …", "the novel was first published in 1962"), the same notice inside a paragraph of the
review.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.provenance import elsewhere_first


def test_notices_of_where_the_post_ran():
    for line in ("本文來自公眾號：山中讀書，作者：林靜",
                 "本文首发于我的博客，原文链接：https://shanzhong.example.cn/p/88",
                 "Dieser Beitrag erschien zuerst auf meinem Blog Leselampe",
                 "Artikel ini telah tayang di bacaan.example.id",
                 "Original article: https://notes.example.org/2026/rain",
                 "Esta reseña se publicó originalmente en mi blog",
                 "Bài viết này được đăng lần đầu trên blog Góc Đọc",
                 "הביקורת פורסמה לראשונה בבלוג שלי",
                 "यह समीक्षा मूल रूप से मेरे ब्लॉग पर प्रकाशित हुई थी"):
        assert elsewhere_first(line, lambda: False), line


def test_near_misses():
    for line in ("Der Roman erschien zuerst 1962 bei einem kleinen Verlag",
                 "La novela apareció originalmente por entregas en 1885",
                 "Novel ini pertama kali terbit pada 1985",
                 "הספר פורסם לראשונה ב-1978",
                 "यह उपन्यास पहली बार 1984 में प्रकाशित हुआ"):
        assert not elsewhere_first(line, lambda: True), line


_PROSE_ZH = ("<p>这是一部写江南小镇三代女人的长篇。作者不急着讲故事，而是先把镇上的河、桥、茶馆一一写出来，读到第三章人物才真正"
             "走到台前。外婆的沉默、母亲的倔强、女儿的出走，三条线交错得很自然。</p>"
             "<p>我最喜欢的是写雨的段落，几乎每一章都下雨，但每一场雨的意思都不一样。缺点是后半部节奏略快，几个配角来不及"
             "展开就退场了。总体来说仍然是今年读到的最安静也最动人的小说之一。</p>"
             "<p>如果你喜欢慢节奏的家族故事，这本书值得一读，读完之后会想去江南走一走。</p>")


def test_extract_page_drops_the_notices_at_both_edges():
    html = (f"<html lang='zh'><head><title>三代人的雨</title></head><body><div class='article'><h1>三代人的雨</h1>"
            f"<div class='article-body'><p>本文来自微信公众号：山中读书，作者：林静</p>{_PROSE_ZH}"
            f"<p>本文来自山中读书，原文链接：https://shanzhong.example.cn/p/88</p></div></div></body></html>")
    record = extract_page(html, "https://portal.example.cn/article/12345.html")
    assert "本文来自" not in record.body_text and "原文链接" not in record.body_text
    assert "我最喜欢的是写雨的段落" in record.body_text


def test_the_same_words_inside_a_paragraph_stay():
    paragraph = ("<p>这本书我最早是在一个公众号上读到的节选，本文来自我的读书笔记的整理，写得比较散，请多包涵。书里最打动我的"
                 "是外婆那一章，她一辈子没有离开过小镇，却把每一条河的名字都教给了孙女。</p>")
    html = (f"<html lang='zh'><head><title>三代人的雨</title></head><body><div class='article'><h1>三代人的雨</h1>"
            f"<div class='article-body'>{paragraph}{_PROSE_ZH}</div></div></body></html>")
    record = extract_page(html, "https://portal.example.cn/article/12346.html")
    assert "本文来自我的读书笔记的整理" in record.body_text
