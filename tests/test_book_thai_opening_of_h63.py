"""A Thai/Lao/Khmer post that opens with the bare title, "of" glued to the writer's two runs, and a verb of telling
("T ของA B เล่าเรื่อง…"): the work and its writer; a life, a kind's word or a pronoun in those places is none."""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookthaiof import opening_of


def test_thai_title_of_writer_tells():
    line = "ทะเลสาบ ของสมชาย ใจกว้าง เล่าเรื่องครอบครัวชาวประมงที่ต้องย้ายออกจากหมู่บ้านริมน้ำ"
    assert opening_of([line], Context(line, (), "th")) == ("ทะเลสาบ", "สมชาย ใจกว้าง")


def test_thai_title_of_writer_is_about():
    line = "เงาจันทร์ โดยนภา ศรีสุข ว่าด้วยหญิงสาวที่กลับบ้านเกิดหลังจากหายไปสิบปี"
    assert opening_of(["บทความแนะนำหนังสือประจำสัปดาห์", line], Context(line, (), "th")) == ("เงาจันทร์", "นภา ศรีสุข")


def test_lao_title_of_writer_tells():
    line = "ສາຍນ້ຳ ຂອງບຸນມີ ແສງທອງ ເລົ່າເລື່ອງຊີວິດຂອງຊາວບ້ານແຄມຂອງ"
    assert opening_of([line], Context(line, (), "lo")) == ("ສາຍນ້ຳ", "ບຸນມີ ແສງທອງ")


def test_life_or_kind_or_pronoun_is_no_title():
    for line in ("ชีวิต ของสมชาย ใจกว้าง เล่าเรื่องยากลำบากมาตั้งแต่เด็ก",
                 "หนังสือ ของสมชาย ใจกว้าง เล่าเรื่องครอบครัวชาวประมง",
                 "บ้าน ของฉัน สวยงาม เล่าให้ฟังได้ทั้งวัน"):
        assert opening_of([line], Context(line, (), "th")) is None, line


def test_ordinary_opening_without_telling_verb_is_left():
    line = "เมื่อวาน ของขวัญ จากเพื่อน มาถึงบ้าน เป็นหนังสือเล่มหนาที่อ่านไม่จบในคืนเดียว"
    assert opening_of([line], Context(line, (), "th")) is None
    plain = "สัปดาห์นี้อ่านนวนิยายเล่มหนึ่งจบ ตัวละครเยอะแต่สนุกดี"
    assert opening_of([plain], Context(plain, (), "th")) is None
