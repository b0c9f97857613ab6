"""Thai: a headline of the review label and the bare title ("รีวิว T"), over an opening that calls the book a kind of work
"of" the writer's two runs ("นวนิยายเล่มแรกของA B …") (bookthaiof.label_bare_of). Near misses: a pronoun after "of",
a headline with no review label, and a headline naming the writer alone."""

from __future__ import annotations

from scraper.extract import extract_page

_REST = [
    "เรื่องเล่าถึงชาวประมงในหมู่บ้านริมทะเลสามรุ่น ผ่านสายตาของเด็กชายที่เฝ้ารอพ่อกลับจากทะเลทุกคืน ความเงียบของบ้านหลังนั้นค่อย ๆ บอกเราว่าเกิดอะไรขึ้น",
    "ฉันชอบภาษาที่เรียบง่ายแต่หนักแน่น ฉากพายุกลางเล่มเขียนได้ดีจนต้องวางหนังสือลงพักหายใจ",
    "ข้อเสียคือตอนท้ายรีบไปหน่อย แต่โดยรวมเป็นเล่มที่อยากแนะนำให้ทุกคนอ่าน",
    "คะแนน: 4/5",
]


def _book(headline: str, opening: str):
    body = "".join(f"<p>{p}</p>" for p in [opening, *_REST])
    html = (f'<html lang="th"><head><meta charset="utf-8"><title>{headline} – บ้านริมน้ำ</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            f'</article></body></html>')
    record = extract_page(html, "https://banrimnam.example.co.th/2025/05/review-sea/")
    return record.book_title, record.book_author


_OPENING = "นวนิยายเล่มแรกของสายชล ทองประเสริฐ ได้รับรางวัลเมื่อปีที่แล้ว และเป็นเล่มที่ฉันอ่านจบในคืนเดียว"


def test_label_and_bare_title_over_the_kind_of_the_writer():
    assert _book("รีวิว คลื่นใต้แสงจันทร์", _OPENING) == ("คลื่นใต้แสงจันทร์", "สายชล ทองประเสริฐ")


def test_pronoun_after_of_is_no_writer():
    opening = "นวนิยายเล่มแรกของเธอ ได้รับรางวัล เมื่อปีที่แล้ว และเป็นเล่มที่ฉันอ่านจบในคืนเดียว"
    assert _book("รีวิว คลื่นใต้แสงจันทร์", opening)[1] != "เธอ ได้รับรางวัล"


def test_headline_without_review_label_is_not_read_so():
    assert _book("อ่านแล้วคิดถึงทะเล", _OPENING)[0] != "อ่านแล้วคิดถึงทะเล"


def test_headline_naming_the_writer_alone_is_no_title():
    assert _book("รีวิว สายชล ทองประเสริฐ", _OPENING)[0] != "สายชล ทองประเสริฐ"
