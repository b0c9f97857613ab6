"""scraper.extract.layout: a newsletter's page laid out in tables (one column, each row one cell, cells holding
paragraphs) is written back as boxes, so its paragraphs are paragraphs (and the notes at the top are read); a table of
data (two columns, a header cell, one column of plain values) stays a table. Korean disclosure "출판사에서 … 보내 주셔서"
(notes)."""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.layout import unwrap_layout_tables


def newsletter(paragraphs: list[str], title: str) -> str:
    cells = "".join(f"<tr><td style='padding:10px 30px'>{''.join(f'<p>{p}</p>' for p in group)}</td></tr>"
                    for group in (paragraphs[:3], paragraphs[3:]))
    return (f"<html><head><title>{title}</title></head><body><table width='100%' cellpadding='0'><tr><td align='center'>"
            f"<table width='630' cellpadding='0'><tr><td><h1>{title}</h1></td></tr>{cells}</table></td></tr></table></body></html>")


EN = [
    "Hello again, readers. This week a novel I had put off for years.",
    "Content warning: the death of a child, grief.",
    "The publisher sent me a review copy of the new edition.",
    "Maren Holt's third novel follows a ferry captain's widow who takes over the crossing for one hard winter on the island.",
    "The chapters alternate between the harbour office and the open water, and the water chapters are the better ones by far.",
    "The ending rushes a reconciliation the book had not earned, but the storm chapter is tremendous. Four out of five.",
]
KO = [
    "안녕하세요, 구독자님. 이번 주에도 책 한 권을 들고 왔어요.",
    "⚠️ 내용 주의: 아이의 죽음과 상실을 다루는 장면이 있습니다.",
    "📦 이번 책은 출판사에서 개정판을 한 권 보내 주셔서 다시 읽었어요.",
    "마렌 홀트의 세 번째 장편은 남편을 잃고 겨울 한 철 동안 여객선을 모는 여자의 이야기예요. 항구 사무실과 바다 위 장면이 번갈아 나오는데 바다 장면이 훨씬 좋아요.",
    "결말은 조금 서두르는 느낌이 있지만, 폭풍이 몰아치는 장은 정말 대단했어요. 별점은 다섯 개 중 네 개예요.",
]


@pytest.mark.parametrize("paragraphs, title", [(EN, "Letter #12: The Ferry Widow by Maren Holt"), (KO, "[책 편지 #12] 마렌 홀트, 『여객선』")])
def test_a_newsletter_laid_out_in_tables_reads_as_paragraphs(paragraphs, title):
    record = extract_page(newsletter(paragraphs, title), "https://letters.example/archives/12")
    assert not any(line.lstrip().startswith("|") for line in record.body_markdown.splitlines())
    assert record.disclosure is not None and record.content_warnings is not None


def test_a_table_of_data_stays():
    page = ("<div><table><tr><th>Title</th><td>The Ferry Widow</td></tr><tr><th>Pages</th><td>320</td></tr></table>"
            "<table><tr><td>Harbour</td><td>12</td></tr><tr><td>Open water</td><td>9</td></tr></table>"
            "<table><tr><td>Faber, 2026</td></tr><tr><td>320 pages</td></tr></table></div>")
    root = lxml.html.fromstring(page)
    assert unwrap_layout_tables(root) == 0
    assert len(root.xpath("//table")) == 3


def test_a_one_column_layout_table_becomes_boxes_in_place():
    root = lxml.html.fromstring("<div><p>Before.</p><table><tr><td><p>One.</p><p>Two.</p></td></tr><tr><td>Three</td></tr>"
                                "</table><p>After.</p></div>")
    assert unwrap_layout_tables(root) == 1
    assert not root.xpath("//table|//td|//tr")
    assert [p.text_content() for p in root.iter("p")] == ["Before.", "One.", "Two.", "After."]
    assert "Three" in root.text_content()
