"""A record line "T / A / Publisher" whose name is in a script without capitals and carries vowel signs (marks) inside its
words: Thai (the given name named again, as Thai calls people), Hindi (the family name named again)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography

TH_TEXT = ("\"บ้านริมน้ำ\" เป็นนิยายที่อ่านแล้วคิดถึงบ้าน ชอบวิธีเล่าของคุณสุดารัตน์มาก\n"
           "บ้านริมน้ำ / สุดารัตน์ ทองดีศรี / สำนักพิมพ์ใบลาน")
HI_TEXT = ("'नीली नदी' पढ़कर लगा कि शर्मा जी गांव को बहुत करीब से जानते हैं।\n"
           "नीली नदी / सुनीता शर्मा / 2019, 212 पृष्ठ")


def test_thai_record_line_given_name_named_again():
    lines = TH_TEXT.split("\n")
    assert from_bibliography(lines, Context(TH_TEXT)) == ("บ้านริมน้ำ", "สุดารัตน์ ทองดีศรี")


def test_hindi_record_line_with_vowel_signs():
    lines = HI_TEXT.split("\n")
    assert from_bibliography(lines, Context(HI_TEXT)) == ("नीली नदी", "सुनीता शर्मा")


def test_near_miss_name_never_named_again():
    text = "\"บ้านริมน้ำ\" เป็นนิยายที่อ่านแล้วคิดถึงบ้าน\nบ้านริมน้ำ / สุดารัตน์ ทองดีศรี / สำนักพิมพ์ใบลาน"
    assert from_bibliography(text.split("\n"), Context(text)) is None


def test_near_miss_slash_line_without_record_marks():
    # two phrases of the post, no publisher, year or pages: no record line
    text = "ชอบวิธีเล่าของคุณสุดารัตน์มาก\nบ้านริมน้ำ / สุดารัตน์ ทองดีศรี"
    assert from_bibliography(text.split("\n"), Context(text)) is None


def test_near_miss_latin_words_are_no_caseless_name():
    text = "Blue River is lovely, Sharma writes well.\nनीली नदी / Sunita Sharma जी / राजकमल प्रकाशक"
    assert from_bibliography(text.split("\n"), Context(text)) != ("नीली नदी", "Sunita Sharma जी")
