"""A picture's caption is the reviewer's line, not a standfirst, and a media element around the picture does not hide
it (holdout29 round 28, the body helper).

- Portfolio builders wrap a picture in an element of their own ("<media-item><img></media-item>", "<x-image>") and set
  its caption in a box beside it; figures._photo_captions now climbs from the picture through such wrappers that
  hold only it, so that the caption line is kept out of the image's box (trafilatura drops "caption" classes).
- standfirst.mark took a line in a box of its own before the body box for a standfirst; the box that holds a picture
  and its line (or a figure's caption) is the picture's caption, the reviewer's, and stays.
- In Thai and Lao, which mark no sentence's end, a figure's caption of eight words or more with no label anywhere
  (no "Photo: …", which may follow the description there) and no source in brackets is written by the reviewer: its
  theme's "caption" class goes as for a sentence in another language (figures._own_caption).

Near misses: a credit line under a picture ("Photo: …", a source in brackets), a Thai caption that carries a credit's
label, an English caption with no sentence end, and a standfirst in a box of its own with no picture. Our own words and
markup, English, German and Thai.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.figures import _own_caption

EN = ["I sketched the harbour from the novel three times before the light looked right, which suits a book about a "
      "painter who never finishes anything. She is old, she is stubborn, and she is the best narrator I met this year.",
      "The story moves between her last winter and the summer she ran away, and the two never feel stitched together. "
      "The middle is slow, but the final chapters are as good as anything I have read, and I am starting the sequel."]
DE = ["Ich habe den Hafen aus dem Roman dreimal skizziert, bevor das Licht stimmte, und das passt zu einem Buch über "
      "eine Malerin, die nie etwas fertig macht. Sie ist alt, störrisch und die beste Erzählerin dieses Jahres.",
      "Die Geschichte wechselt zwischen ihrem letzten Winter und dem Sommer, in dem sie davonlief, und beides wirkt nie "
      "zusammengeflickt. Die Mitte ist langsam, aber die letzten Kapitel sind großartig."]


def _builder_page(paragraphs: list[str], caption: str, picture: bool = True) -> str:
    image = "<media-item class='image'><img src='/img/harbour-sketch.jpg' alt='sketch'></media-item>" if picture else ""
    return ("<html><head><title>The harbour painter</title></head><body><div class='page'><div class='page-content'>"
            "<h1>The harbour painter</h1><column-set><column-unit span='5'>"
            f"<div>{image}<div class='caption'>{caption}</div></div>"
            "</column-unit><column-unit span='7'><div>"
            f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p></div></column-unit></column-set></div></div></body></html>")


def test_a_builders_picture_caption_stays():
    for paragraphs, caption in (
            (EN, "The Harbour Painter, Ines Calloway (1971). My copy: a paperback from a church sale, one dollar."),
            (DE, "Der Hafenmaler, Ines Calloway (1971). Mein Exemplar: ein Taschenbuch vom Flohmarkt, zwei Euro.")):
        record = extract_page(_builder_page(paragraphs, caption), "https://studio.example/notebook/harbour")
        assert caption in record.body_text
        assert paragraphs[1] in record.body_text


def test_a_boxed_line_with_no_picture_is_still_a_standfirst():
    line = "A painter who never finishes anything, and the winter that made her try one last time."
    record = extract_page(_builder_page(EN, line, picture=False), "https://studio.example/notebook/harbour")
    assert line not in record.body_text
    assert EN[0] in record.body_text


def test_a_credit_under_a_builders_picture_is_no_caption_of_the_reviewer():
    for credit in ("Photo: Studio Archive", "The harbour at dawn. (Studio Archive)"):
        record = extract_page(_builder_page(EN, credit), "https://studio.example/notebook/harbour")
        assert credit not in record.body_text


TH = ["รวมเรื่องสั้นเล่มนี้เล่าชีวิตชาวประมงริมทะเลสาบในช่วงหน้าแล้ง ผู้เขียนใช้ภาษาเรียบง่ายแต่ทำให้เห็นภาพชัดเจนมาก "
      "ทุกเรื่องจบลงอย่างเงียบๆ และทิ้งคำถามไว้ให้ผู้อ่านคิดต่อ",
      "จุดที่ชอบที่สุดคือบทสนทนาระหว่างพ่อกับลูกสาวในเรื่องสุดท้าย ส่วนที่อ่านยากคือช่วงกลางเล่มที่ยืดยาวไปบ้าง "
      "แต่โดยรวมแล้วเป็นหนังสือที่ควรหามาอ่านสักครั้ง"]


def _figure_page(caption: str) -> str:
    return ("<html><head><title>ทะเลสาบหน้าแล้ง</title></head><body><article><h1>ทะเลสาบหน้าแล้ง</h1>"
            "<div class='field--name-body'><figure role='group' class='caption caption-img'><img src='/files/cover.jpg' alt='ปก'>"
            f"<figcaption>{caption}</figcaption></figure><p>{TH[0]}</p><p>{TH[1]}</p></div></article></body></html>")


def test_a_thai_figure_caption_of_words_stays():
    caption = "ปกหนังสือ ทะเลสาบหน้าแล้ง ของ สมหวัง ใจดี ฉบับพิมพ์ครั้งที่สอง"
    record = extract_page(_figure_page(caption), "https://news.example/journal/2026/11/123")
    assert caption in record.body_text


def test_a_thai_caption_with_a_credit_label_is_not_the_reviewers():
    assert not _own_caption("ปกฉบับพิมพ์ใหม่ของรวมเรื่องสั้น ภาพ: ฝ่ายศิลป์ของสำนักพิมพ์")
    assert not _own_caption("ภาพ: ฝ่ายศิลป์ของสำนักพิมพ์ ถ่ายที่งานสัปดาห์หนังสือ")
    assert _own_caption("ปกหนังสือ ทะเลสาบหน้าแล้ง ของ สมหวัง ใจดี ฉบับพิมพ์ครั้งที่สอง")


def test_an_english_caption_without_a_sentence_end_is_still_no_sentence():
    assert not _own_caption("The cover of the second printing of the collection by Somwang Jaidee")
    assert _own_caption("The cover of the second printing, which my aunt bought for me at the fair.")
