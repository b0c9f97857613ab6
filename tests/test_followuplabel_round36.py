"""A shop's label over a reader's follow-up review (followuplabel, called from readerreview.meta_lines)."""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.followuplabel import followup_label, mark


@pytest.mark.parametrize("text", [
    "[收货7天后追评]",
    "用户10天后追评",
    "【入手2ヶ月後の追記】",
    "[두 달 사용 후 추가 후기]",
    "[Updated 3 weeks after purchase]",
    "(Nachtrag nach zwei Wochen)",
    "[Mise à jour après 1 mois]",
])
def test_follow_up_labels(text):
    assert followup_label(text)


@pytest.mark.parametrize("text", [
    # near misses: a sentence about coming back, a label without a span of time, a span without the follow-up word,
    # an unbracketed blogger's heading, a score
    "半个月后我又翻开这本书，想补充几句。",
    "[追评]",
    "[读了3天]",
    "Update after two weeks",
    "Update: I went back to it after 2 weeks and it held up well.",
    "[Updated after 2 weeks: 4/5]",
    "",
])
def test_not_follow_up_labels(text):
    assert not followup_label(text)


def _items(term: str):
    box = lxml.html.fromstring("<div class='review'><p>这本小说写一个渡船驾驶员在湖上度过的漫长冬天，每一章都是一次横渡。</p>"
                               f"<dl><dt>{term}</dt><dd>补充一下：读完又查了当地渡口的资料，书里的细节大多有出处。</dd></dl>"
                               "<p>[入手2ヶ月後の追記]</p></div>")
    return [box[0], box[1], box[2]]


def test_label_over_follow_up_marked_alone():
    items, drop, boxes = _items("[收货7天后追评]"), {}, {}
    mark(items, drop, boxes)
    assert boxes[1].tag == "dt" and boxes[2] is items[2] and 0 not in drop


def test_other_term_kept():
    items, drop, boxes = _items("补充"), {}, {}
    mark(items, drop, boxes)
    assert 1 not in drop and 0 not in drop and 2 in drop


def test_whole_page_label_removed():
    prose = "这本小说写一个渡船驾驶员在湖上度过的漫长冬天，每一章都是一次横渡。文字朴素、耐心，常常很好笑，结尾安静却有力量。" * 3
    html = (f"<html><head><title>渡船的冬天</title></head><body><article><h1>渡船的冬天</h1><p>{prose}</p>"
            f"<p>[收货7天后追评]</p><p>{prose}</p></article></body></html>")
    body = extract_page(html, "https://blog.example/ferry").body_text
    assert "7天后" not in body and prose[:10] in body
