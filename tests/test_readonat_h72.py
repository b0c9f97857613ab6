"""edges.READ_ALSO: the Thai and Lao 'read on at' label ("อ่านต่อได้ที่ :", "ອ່ານຕໍ່ໄດ້ທີ່") before another post's
linked title, set between a review's paragraphs: the same pointer as 'read also'. Invented pages in our own words.

Near miss: a review paragraph opening on "อ่านต่อไป" (reading on, the reviewer's own words) stays.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.edges import READ_ALSO

TH = ("<p>นวนิยายเล่มนี้เล่าเรื่องครอบครัวชาวประมงในหมู่บ้านริมทะเลทางใต้ ตั้งแต่รุ่นปู่จนถึงรุ่นหลาน "
      "ผู้เขียนใช้ภาษาเรียบง่ายแต่มีพลัง ทำให้ภาพของทะเลและเรือลำเล็กชัดเจนอยู่ในใจตลอดการอ่าน</p>"
      "{box}"
      "<p>อ่านต่อไปเรื่อย ๆ จะพบว่าตัวละครแต่ละคนมีความลับของตัวเอง และตอนจบก็ทำให้ฉันนั่งนิ่งอยู่นาน "
      "เป็นหนังสือที่อยากแนะนำให้คนที่ชอบเรื่องเล่าช้า ๆ และอบอุ่น</p>")


def test_read_on_label():
    assert READ_ALSO.match("อ่านต่อได้ที่ : ร้านหนังสือริมแม่น้ำ")
    assert READ_ALSO.match("อ่านต่อที่ ร้านหนังสือริมแม่น้ำ")
    assert READ_ALSO.match("ອ່ານຕໍ່ໄດ້ທີ່: ຮ້ານປຶ້ມ")
    assert not READ_ALSO.match("อ่านต่อไปเรื่อย ๆ จะพบว่าตัวละครแต่ละคนมีความลับ")


def test_read_on_line_leaves_the_body():
    for box in ("<p>อ่านต่อได้ที่ : <a href='/riverside-bookshops/'>ตามหาร้านหนังสือริมแม่น้ำ</a></p>",
                "<div class='related-box'><p>อ่านต่อที่ <a href='/fishing-villages/'>หมู่บ้านประมงที่หายไป</a></p></div>"):
        html = (f"<html lang='th'><head><title>รีวิว</title></head><body><article><h1>รีวิว</h1>"
                f"<div class='entry-content'>{TH.format(box=box)}</div></article></body></html>")
        record = extract_page(html, "https://books.example.th/2026/11/review/")
        assert "อ่านต่อได้ที่" not in record.body_text and "อ่านต่อที่" not in record.body_text, box
        assert "อ่านต่อไปเรื่อย" in record.body_text
