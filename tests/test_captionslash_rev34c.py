"""A Chinese or Japanese desk's credit in brackets, label and slash, closing a lead picture's caption
(leadpicture._BRACKET_CREDIT, rev34c): the label before the slash is a picture's word (圖, 图, 攝影, 照片, 資料照, 写真 …,
perhaps after the picture's place: 左圖), or the word for taking or giving the picture after it (王小明／攝). Near misses:
a position's or a volume's words before a slash (the reviewer's own "（左／新版）", "（上冊／下冊）"), a place and a shop
("（台北／誠品）")."""

from __future__ import annotations

import pytest

from lxml import html as lxml_html

from scraper.extract.leadpicture import lead_pictures

_TEXT = ("<p>河邊小鎮上，一位寡婦在多雨的春天守著丈夫留下的蠟燭鋪。每來一位客人，小鎮裡一筆沉默的舊帳就被翻開一點。敘述乾燥而"
         "耐心，結尾把前面所有的慢都還了回來，這是我今年讀到最安靜的一本小說。</p>"
         "<p>中段略顯拖沓，帳本的場景太多，但譯文保留了方言的味道，又沒有把它變成戲服，這一點難得。</p>")


def _pictures(caption: str) -> list:
    figure = f'<figure class="top-photo"><img src="/p/1.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    page = lxml_html.fromstring('<html><head><title>書評》蠟燭鋪</title></head><body>'
                                f'<div id="main"><h1>書評》蠟燭鋪</h1>{figure}<div class="story-body">{_TEXT}</div></div>'
                                '</body></html>')
    return lead_pictures(page.get_element_by_id("main"))


CREDITED = [
    "小說新版的封面。（資料照／中央社）",
    "作者在河邊的舊居。（左圖／林小雨）",
    "译者在书展上。（摄影/李明）",
    "川沿いの町の朝。（写真／共同）",
    "作者在舊居前。（林小雨／攝）",
]


@pytest.mark.parametrize("caption", CREDITED)
def test_a_desks_credit_label_and_slash(caption):
    assert len(_pictures(caption)) == 1


NOT_CREDITS = [
    "我書櫃上的兩個版本。（左／新版）",
    "這部小說上下兩冊的封面。（上冊／下冊）",
    "在書店的新書平台上看到它。（台北／誠品）",
]


@pytest.mark.parametrize("caption", NOT_CREDITS)
def test_a_position_a_volume_or_a_place_before_the_slash_is_no_credit(caption):
    assert _pictures(caption) == []
