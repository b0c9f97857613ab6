"""Thai and Lao: a quoted title right before "of"/"by" (ของ, โดย, ຂອງ) and a writer the post's tags name, in the opening
lines, when the opening quotes other phrases too (bookthaitagof, through bookunspaced.unspaced_book). Near misses: the
name is not tagged, the tag is one run (no person), the possessive is a pronoun, the pair stands past the opening, the
tagged person is the blog's own writer.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookthaitagof import tagged_of
from scraper.extract.bookunspaced import unspaced_book

TH = ["ข้อควรรู้: เรื่องนี้พูดถึงการสูญเสียคนในครอบครัว",
      "ฉันหยิบ ‘สวนหลังบ้าน’ ของ วิไล ศรีสุข มาอ่านอีกรอบเมื่อฝนตกทั้งสัปดาห์ ครั้งแรกคิดว่ามันเป็นแค่หนังสือ ‘เงียบ’ ๆ เล่มหนึ่ง",
      "เรื่องของยายกับหลานที่ปลูกผักด้วยกันทุกเช้า ภาษาเรียบง่ายแต่ค่อย ๆ กินใจ"]
LO = ["ຂ້ອຍອ່ານ «ນ້ຳຕົກຕາດ» ຂອງ ສົມໃຈ ແກ້ວມະນີ ຈົບໃນສອງຄືນ ມັນບໍ່ແມ່ນປຶ້ມ «ງ່າຍ» ແຕ່ງາມຫຼາຍ",
      "ເລື່ອງຂອງຄອບຄົວໜຶ່ງຢູ່ແຄມນ້ຳ"]
TAGS_TH = ["วิไล ศรีสุข", "รีวิวหนังสือ", "Bookshelf"]


def test_quoted_title_of_a_tagged_writer():
    assert tagged_of(TH, TAGS_TH, Context("\n".join(TH), (), "th")) == ("สวนหลังบ้าน", "วิไล ศรีสุข")
    assert tagged_of(LO, ["ສົມໃຈ ແກ້ວມະນີ", "ປຶ້ມ"], Context("\n".join(LO), (), "lo")) == ("ນ້ຳຕົກຕາດ", "ສົມໃຈ ແກ້ວມະນີ")
    # read through unspaced_book, whose one-quoted-title rule gives up on the two quoted phrases
    assert unspaced_book(TH, TAGS_TH, Context("\n".join(TH), (), "th"), "ฝนตกกับหนังสือเล่มเก่า") == ("สวนหลังบ้าน", "วิไล ศรีสุข")
    # the name run on into the sentence, unspaced: the tag says where it ends
    run_on = [TH[1].replace("วิไล ศรีสุข มา", "วิไล ศรีสุขมา")]
    assert tagged_of(run_on, TAGS_TH, Context(run_on[0])) == ("สวนหลังบ้าน", "วิไล ศรีสุข")


def test_near_misses():
    context = Context("\n".join(TH), (), "th")
    assert tagged_of(TH, ["รีวิวหนังสือ", "สวนผัก"], context) is None  # no tag is a person (one run each)
    assert tagged_of(TH, ["มานี ใจงาม"], context) is None  # another person tagged, not the one after "of"
    assert tagged_of(TH, TAGS_TH, Context(context.text, ("วิไล ศรีสุข",))) is None  # the blog's own writer
    mine = ["ฉันอ่าน ‘สวนหลังบ้าน’ ของฉันเองซ้ำอีกครั้ง วิไล ศรีสุข ชอบเล่มนี้"]
    assert tagged_of(mine, TAGS_TH, Context(mine[0])) is None  # "of mine": a pronoun after the possessive
    late = ["ย่อหน้าหนึ่ง", "ย่อหน้าสอง", "ย่อหน้าสาม", "ย่อหน้าสี่", "ย่อหน้าห้า", "ย่อหน้าหก",
            "ถ้าชอบเล่มนี้ ลองอ่าน ‘สวนหลังบ้าน’ ของ วิไล ศรีสุข ต่อ"]
    assert tagged_of(late, TAGS_TH, Context("\n".join(late))) is None  # past the opening: another book recommended
