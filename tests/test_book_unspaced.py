"""Scripts that write words without spaces (Thai, Lao, Khmer): the one quoted title in the opening, by the one tag
written as two runs (a given and a family name); and a platform's series card ("by handle · 42 episodes") that is no
book's. Near misses: two quoted titles, two name-shaped tags, a one-run tag, the blog's own name as a tag.

Every line and page here is invented for these tests (invented books, people and sites, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.book import Context
from scraper.extract.bookld import from_card
from scraper.extract.bookunspaced import unspaced_book

TH = ["ตอนที่ 12", "บ้านริมคลอง",
      "ขอเขียนถึง \"บ้านริมคลอง\" นิยายที่ครูให้อ่านตอนมัธยมแล้วเราอ่านไม่จบ รอบนี้อ่านรวดเดียวจบในคืนเดียว",
      "เรื่องเล่าถึงครอบครัวหนึ่งที่อยู่ริมคลองมาสามรุ่น ภาษาสวยมากและยังสดอยู่"]
LO = ["ຂ້ອຍຫາກໍ່ອ່ານ «ເຮືອນແຄມນ້ຳ» ຈົບໃນຄືນດຽວ ແລະ ມັກຫຼາຍ ພາສາງາມ ແລະ ຕົວລະຄອນມີຊີວິດ"]


def test_the_quoted_title_by_the_one_name_shaped_tag():
    assert unspaced_book(TH, ["รีวิวหนังสือ", "#วรรณกรรมไทย", "#สมพร ใจดี"], Context("\n".join(TH))) == ("บ้านริมคลอง", "สมพร ใจดี")
    assert unspaced_book(LO, ["ນະວະນິຍາຍ", "ບຸນມີ ສີສະຫວາດ"], Context(LO[0])) == ("ເຮືອນແຄມນ້ຳ", "ບຸນມີ ສີສະຫວາດ")


def test_near_misses():
    context = Context("\n".join(TH))
    # two people tagged, or none written as a name (one run)
    assert unspaced_book(TH, ["สมพร ใจดี", "วิชัย รักไทย"], context) is None
    assert unspaced_book(TH, ["รีวิวหนังสือ", "วรรณกรรมไทย"], context) is None
    # the blog's own name is no author
    assert unspaced_book(TH, ["สมพร ใจดี"], Context(context.text, ("สมพร ใจดี",))) is None
    # two titles quoted in the opening: no telling which
    two = TH[:2] + ["อ่าน \"บ้านริมคลอง\" ต่อจาก \"ลมหนาว\" ของครูคนเดิม แล้วชอบเล่มแรกมากกว่านิดหน่อย"]
    assert unspaced_book(two, ["สมพร ใจดี"], context) is None
    # a Latin-script tag of two words is not read here
    assert unspaced_book(TH, ["Jane Doe"], context) is None


def test_a_series_card_with_counts_is_no_book_but_a_book_card_with_life_dates_is():
    serial = """<html><body><div class="book_header"><p class="book_title">ชั้นหนังสือของเรา</p>
<p class="book_author">โดย <a href="/u/som.reads">som.reads</a> · 42 ตอน</p></div><main><p>text</p></main></body></html>"""
    assert from_card(lxml_html.fromstring(serial)) is None
    english = serial.replace("โดย", "by").replace("42 ตอน", "12 chapters")
    assert from_card(lxml_html.fromstring(english)) is None
    dated = """<html><body><div class="book-box"><h2 class="book-title">The Salt Ledger</h2>
<p class="book-author">Chidi Okafor (1931–2004)</p></div><main><p>text</p></main></body></html>"""
    assert from_card(lxml_html.fromstring(dated)).author == "Chidi Okafor (1931–2004)"
