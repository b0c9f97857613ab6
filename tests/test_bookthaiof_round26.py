"""bookthaiof (through bookunspaced.unspaced_book): the quoted title "of"/"by" its writer in the headline, quoted "of" the
same writer again in the text's opening; unspaced, the name ends where both places end it (one run, or a given and a
family name that both repeat). Our own Thai and Lao sentences, with near misses (a pronoun or a publisher after "of",
the text quoting it of someone else, the headline alone, two titles in the headline)."""

from scraper.extract.book import Context
from scraper.extract.bookthaiof import quoted_of
from scraper.extract.bookunspaced import unspaced_book

TH_HEAD = 'รีวิวหนังสือ "บ้านริมคลอง" ของมาลัยทอง อ่านแล้วคิดถึงบ้าน'
TH_LINES = ['"บ้านริมคลอง" ของมาลัยทอง เป็นนวนิยายที่เล่าชีวิตครอบครัวหนึ่งริมคลองฝั่งธนบุรีตลอดสามรุ่น',
            "สำนวนของมาลัยทองเรียบง่ายแต่ลึกซึ้ง"]


def _book(headline, lines, not_authors=()):
    return quoted_of(headline, lines, Context("\n".join(lines), not_authors))


def test_thai_title_of_a_pen_name_in_headline_and_text():
    assert _book(TH_HEAD, TH_LINES) == ("บ้านริมคลอง", "มาลัยทอง")
    # (the bookbody candidate: no tag names the writer)
    assert unspaced_book(TH_LINES, ["รีวิวหนังสือ"], Context("\n".join(TH_LINES)), TH_HEAD) == ("บ้านริมคลอง", "มาลัยทอง")


def test_thai_given_and_family_name_both_repeated():
    head = 'อ่าน "ทุ่งดอกคำ" โดย สมศรี ใจงาม ในวันฝนตก'
    lines = ['"ทุ่งดอกคำ" โดย สมศรี ใจงาม เล่าเรื่องเด็กหญิงในหมู่บ้านทางเหนือ', "ใจงามเขียนได้อ่อนโยนมาก"]
    assert _book(head, lines) == ("ทุ่งดอกคำ", "สมศรี ใจงาม")


def test_lao_title_by_its_writer():
    head = 'ທົບທວນປຶ້ມ "ແມ່ນ້ຳແຫ່ງຄວາມຝັນ" ໂດຍບຸນມີ ອ່ານແລ້ວປະທັບໃຈ'
    lines = ['"ແມ່ນ້ຳແຫ່ງຄວາມຝັນ" ໂດຍບຸນມີ ເປັນນະວະນິຍາຍກ່ຽວກັບຊີວິດຄົນລຸ່ມນ້ຳຂອງ']
    assert _book(head, lines) == ("ແມ່ນ້ຳແຫ່ງຄວາມຝັນ", "ບຸນມີ")


def test_near_misses():
    # a pronoun after "of" ("my" copy), a publisher
    head = 'รีวิว "บ้านริมคลอง" ของฉัน ฉบับพิมพ์แรก'
    assert _book(head, ['"บ้านริมคลอง" ของฉัน เป็นเล่มที่ซื้อมาตั้งแต่เด็ก']) is None
    head = 'แนะนำ "บ้านริมคลอง" ของสำนักพิมพ์ริมน้ำ ปกใหม่'
    assert _book(head, ['"บ้านริมคลอง" ของสำนักพิมพ์ริมน้ำ ออกปกใหม่ปีนี้']) is None
    # the text quotes it of someone else, or not at all: the headline alone is not enough
    assert _book(TH_HEAD, ['"บ้านริมคลอง" ของลุงชม เป็นเล่มโปรดของเขา']) is None
    assert _book(TH_HEAD, ["นวนิยายเล่มนี้เล่าชีวิตครอบครัวหนึ่งริมคลอง"]) is None
    # two titles quoted in the headline: no telling
    head = '"บ้านริมคลอง" ของมาลัยทอง กับ "ทุ่งดอกคำ" ของสมศรี'
    assert _book(head, TH_LINES) is None
    # the blog's own name after "of"
    head = 'รีวิว "บ้านริมคลอง" ของนักอ่านริมน้ำ'
    assert _book(head, ['"บ้านริมคลอง" ของนักอ่านริมน้ำ ฉบับที่สอง'], ("นักอ่านริมน้ำ",)) is None
