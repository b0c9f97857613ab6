"""A lead picture's caption credited the way Chinese desks write it, a label and its slash in brackets closing the
caption's sentence ("…，皇冠出版。（圖／作者提供）", "（攝影／王小明）", "（图/新华社）"): the desk's caption over the
text's box, not the review (leadpicture._BRACKET_CREDIT). Near misses: the reviewer's own picture inside the text's
box, a caption that closes on a bracket with no label and slash."""

from __future__ import annotations

import pytest

from lxml import html as lxml_html

from scraper.extract.leadpicture import lead_pictures

_TEXT = ("<p>很多人第一次知道這個故事，是透過電影。但回到原著的文字，會發現銀幕拍得出的是遺憾，拍不出的是作者那種冷靜的旁觀。"
         "小說的時間跨度很長，節奏卻一點也不拖沓，最有名的重逢一幕只有寥寥幾行。</p>"
         "<p>如果要挑毛病，中段的支線略顯鬆散，但這點小瑕疵擋不住它成為我心中最好讀、也最痛的一本。</p>")


def _pictures(caption: str, inside: bool = False) -> list:
    """The lead pictures ``lead_pictures`` finds in the article's wrapper (the body found around header, picture and
    text's box)."""
    figure = f'<figure class="lead"><img src="/img/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    content = f'<div class="article_content">{figure if inside else ""}{_TEXT}</div>'
    lead = "" if inside else figure
    page = lxml_html.fromstring('<html><head><title>書評》重逢</title></head><body>'
                                f'<div id="wrapper"><h1>書評》重逢</h1>{lead}{content}</div></body></html>')
    return lead_pictures(page.get_element_by_id("wrapper"))


CREDITED = [
    "這部長篇小說的新版封面，出版社提供。（圖／作者提供）",
    "作者在書店的簽書會上。（攝影／王小明）",
    "小说的新版封面。（图/新华社）",
    "舊版與新版並列。(圖/讀者提供)",
]


@pytest.mark.parametrize("caption", CREDITED)
def test_credited_lead_caption_is_the_desks(caption):
    assert len(_pictures(caption)) == 1


def test_reviewers_own_picture_inside_the_text_stays():
    assert _pictures("我書架上的舊版。（圖／作者提供）", inside=True) == []


def test_caption_without_a_credit_stays():
    assert _pictures("我書架上的舊版，二〇〇一年的皇冠本。") == []


def test_bracket_without_label_and_slash_stays():
    assert _pictures("我書架上的舊版。（二〇〇一年版）") == []


def test_book_named_only_in_the_taken_caption_is_still_read():
    """The caption goes from the text, but the book it alone names is still read (pagebook reads the lead picture's
    caption as the text's first line when nothing else named the book)."""
    from scraper.extract import extract_page
    text = ("<p>很多人第一次知道這個故事，是透過電影或電視劇。但回到原著的文字，會發現銀幕拍得出的是遺憾，拍不出的是那種冷靜到近乎殘忍"
            "的旁觀。兩個人在上海相識，感情平淡而真切，真正把他們拆散的，是家裡人一點點的私心。</p>"
            "<p>小說的時間跨度長達十四年，節奏卻一點也不拖沓。最有名的重逢一幕，兩人說出的話那麼少，讀起來卻像把整本書的重量都壓"
            "在那幾行上。中段的支線略顯鬆散，但擋不住它成為我心中最好讀、也最痛的一本。</p><p>評分：9/10</p>")
    page = ('<html lang="zh-Hant"><head><meta charset="utf-8"><title>書評》十四年的重逢</title></head><body>'
            '<div id="wrap"><h1>書評》十四年的重逢</h1><div class="info"><span>文／陳小明</span></div>'
            '<figure class="lead"><img src="/img/b.jpg" alt=""><figcaption>張愛玲的長篇小說《半生緣》，皇冠出版。'
            '（圖／作者提供）</figcaption></figure>'
            f'<div class="article_content">{text}</div></div></body></html>')
    record = extract_page(page, "https://news.example.tw/article/88124")
    assert "圖／作者提供" not in record.body_text
    assert (record.book_title, record.book_author) == ("半生緣", "張愛玲")
