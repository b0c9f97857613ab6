"""A Thai question that closes on the progressive's "อยู่" after its question word ("ตอนนี้กำลังอ่านอะไรอยู่", what are
you reading now) asks (questions.asks): an interview's third bold question counts. Near misses: a statement that closes
on "อยู่" with no question word, a question word after a "not" (an indefinite), and a review whose bold headings say so.
Text of our own."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.questions import asks


def test_question_word_then_progressive_asks():
    assert asks("**ตอนนี้กำลังอ่านอะไรอยู่**")
    assert asks("ช่วงนี้ทำงานที่ไหนอยู่คะ")


def test_near_miss_statements_closing_on_the_progressive():
    assert not asks("ฉันยังคิดถึงตอนจบอยู่")
    assert not asks("ในลิ้นชักนั้นไม่มีอะไรอยู่")


def _page(blocks: list[tuple[str, str]], title: str) -> str:
    body = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in blocks)
    return f"""<html lang="th"><head><title>{title}</title></head><body class="single">
<article class="post"><h1>{title}</h1><div class="entry-content">
<p>นวนิยายเรื่องแรกของเขาเล่าเรื่องคนเรือจ้างที่ปากน้ำ เพิ่งพิมพ์ครั้งที่สาม เราไปนั่งคุยกับเขาที่ร้านกาแฟริมท่าเรือในบ่ายวันฝนตก</p>
{body}</div></article></body></html>"""


ANSWERS = [
    "เพราะผมโตมากับเสียงเครื่องยนต์เรือ ทุกเช้าพ่อจะพาข้ามฟากไปโรงเรียน ผมจำหน้าคนบนเรือได้ทุกคน แล้วก็อยากเขียนถึงพวกเขา",
    "เล่มแรกที่ทำให้อยากเขียนคือรวมเรื่องสั้นที่ครูภาษาไทยให้ยืมตอนมัธยมสาม อ่านจบแล้วรู้สึกว่าเรื่องของคนธรรมดาก็มีค่าพอจะเล่า",
    "นวนิยายเล่มใหม่เกี่ยวกับตลาดน้ำตอนเช้ามืด น่าจะเขียนเสร็จปลายปีหน้า ถ้าไม่ขี้เกียจเสียก่อนครับ",
]


def test_interview_whose_third_question_closes_on_the_progressive():
    questions = ["ทำไมเรือจ้างถึงอยู่ในทุกเรื่องที่คุณเขียน", "หนังสือเล่มไหนที่ทำให้อยากเป็นนักเขียน",
                 "ตอนนี้กำลังเขียนอะไรอยู่"]
    page = extract_page(_page(list(zip(questions, ANSWERS)), "นั่งคุยกับ สมชาย ริมน้ำ นักเขียนคนเรือจ้าง"),
                        "https://thaimag.example.com/talk-somchai-rimnam/")
    assert page.kind == "interview", page.reason


def test_near_miss_review_with_bold_headings_closing_on_the_progressive():
    headings = ["เรื่องย่อ", "ตัวละครที่ฉันยังคิดถึงอยู่", "ทำไมถึงควรอ่าน"]
    review = [
        "คนเรือจ้างของ สมชาย ริมน้ำ เล่าชีวิตคนพายเรือข้ามฟากสามรุ่น ตั้งแต่ยุคที่ยังไม่มีสะพานจนถึงวันที่ท่าเรือถูกรื้อ ฉันอ่านจบในสองคืน",
        "ลุงเพิ่มคือหัวใจของเรื่อง เขาพูดน้อยแต่ทุกประโยคหนักแน่น ฉากที่เขานั่งรอผู้โดยสารคนสุดท้ายทำให้ฉันน้ำตาซึม",
        "ภาษาเรียบง่าย จังหวะช้าแต่ไม่น่าเบื่อ ตอนจบอาจรวบรัดไปนิด แต่โดยรวมเป็นนวนิยายที่ฉันแนะนำให้ทุกคนอ่าน",
    ]
    page = extract_page(_page(list(zip(headings, review)), "รีวิว คนเรือจ้าง โดย สมชาย ริมน้ำ"),
                        "https://readriver.example.com/2026/11/review-khon-ruea-jang/")
    assert page.kind != "interview", page.reason
