"""scraper.extract.readerreview: a short line of the kept reader's review that holds a date goes (the reader's name and
date); a date repeats its separator ("2026/11/08", "14.11.2026", "3-4-2026"), so a score with a decimal point over its
scale ("3.5/5", "4,5/5" is no date either) is the reader's own rating line and stays, to be read as the rating.

Comment boxes of our own markup, in Chinese, German and Spanish; near misses: the reader's name and a real date (with
a slash or with dots) still go.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.readerreview import keep_review
from tests.test_readerreview_score import DE, ES  # (the same two readers' reviews)

ZH = ("這本小說寫一個在港口長大的女孩，每天替父親修補漁網，直到有一天決定搭上往北的貨船。作者把海風、鹽味和碼頭的吵鬧寫得"
      "非常細，讀起來好像自己也站在甲板上。後半段節奏稍慢，幾個配角的故事沒有收尾，有點可惜，但結尾那封信讓我在捷運上差點哭出來。"
      "推薦給喜歡安靜成長故事的朋友，也適合在長假時慢慢讀。書末附的作者訪談談到她小時候在漁村的生活，和小說裡的場景互相呼應，"
      "讀完正文再讀訪談，會對那些看似平淡的段落有新的理解。")



def _kept(head: str, paragraphs: list[str]) -> str:
    """The page's text once keep_review has kept the longest reader's review of its list of readers' reviews."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = ("<html><body><h1>Ein Buch</h1><div id='reviews'><ul class='review_list'>"
            f"<li class='item'><div class='review_head'>{head}</div><div class='review_text'>{body}</div></li>"
            "<li class='item'><div class='review_head'><span>Tom</span> <span>2026/10/02</span></div>"
            "<div class='review_text'><p>Ganz nett, aber zu lang.</p></div></li></ul></div></body></html>")
    root = lxml.html.fromstring(page)
    assert keep_review(root)
    return " ".join(root.text_content().split())


def test_a_decimal_score_over_its_scale_stays_as_a_line_of_the_review():
    text = _kept("<span class='name'>海邊讀書人</span> <span class='date'>2026/11/02</span>", [ZH, "我的評分：3.5/5"])
    assert "我的評分：3.5/5" in text and ZH in text and "海邊讀書人" not in text
    text = _kept("<span>Sigrun</span> <span>19.11.2026</span>", [DE, "Meine Wertung: 4.5/5"])
    assert "Meine Wertung: 4.5/5" in text and "Sigrun" not in text
    text = _kept("<span>Lucía</span> <span>19-11-2026</span>", [ES, "Mi nota: 3.5/5"])
    assert "Mi nota: 3.5/5" in text and "Lucía" not in text


def test_a_short_dated_line_still_goes():
    # (near misses: a short line with a real date, in each of its separators, is the reader's head and goes)
    text = _kept("<span>讀者甲</span>", [ZH, "讀於 2026/10/30"])
    assert "2026/10/30" not in text and ZH in text
    text = _kept("<span>Sigrun</span>", [DE, "Gelesen am 30.10.2026"])
    assert "30.10.2026" not in text and DE in text
    text = _kept("<span>Lucía</span>", [ES, "Leído el 30-10-2026"])
    assert "30-10-2026" not in text and ES in text
