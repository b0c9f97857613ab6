"""The caseless "T / A / House" record (``bookcaselessname.housed_name``) narrowed after review rev32d: a middle part
holding the book's kind or its translation (hi "बाल उपन्यास", he "רומן גרפי", th "นวนิยายแปล", he "מאנגלית: …", ar
"رواية") is no author; the title is counted whole (no letter glued to it, Hebrew's one-letter prefixes allowed), and
in a script without spaces a title of fewer than five letters is a piece of other words.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcaselessname import housed_name


def _name(lines: list[str], lang: str):
    return housed_name([s.strip() for s in lines[-1].split(" / ")], Context("\n".join(lines), (), lang))


def test_a_kind_or_a_translation_in_the_middle_is_no_author():
    for lang, lines in (
        ("hi", ["लाल पुल मैंने एक ही दिन में पढ़ी।", "लाल पुल बच्चों को बहुत पसंद आएगी, लाल पुल की तस्वीरें सुंदर हैं।",
                "लाल पुल / बाल उपन्यास / नीलकमल प्रकाशन"]),
        ("he", ["קראתי את גשר אדום בלילה אחד.", "גשר אדום מצחיק ועצוב, וגשר אדום נשאר איתי.",
                "גשר אדום / רומן גרפי / הוצאת כנרת"]),
        ("he", ["קראתי את גשר אדום בלילה אחד.", "גשר אדום מצחיק ועצוב, וגשר אדום נשאר איתי.",
                "גשר אדום / מאנגלית דנה לוי / הוצאת כנרת"]),
        ("th", ["สะพานแดงเป็นหนังสือที่ดี", "ฉันชอบสะพานแดงมาก สะพานแดงอ่านสนุก", "สะพานแดง / นวนิยายแปล / สำนักพิมพ์ใบไม้"]),
    ):
        assert housed_name([s.strip() for s in lines[-1].split(" / ")], Context("\n".join(lines), (), lang)) is None, lines[-1]


def test_the_author_still_read():
    hi = ["लाल पुल मैंने एक ही दिन में पढ़ी।", "लाल पुल बच्चों को पसंद आएगी, लाल पुल की तस्वीरें सुंदर हैं।",
          "लाल पुल / सुमन वर्मा / नीलकमल प्रकाशन"]
    assert _name(hi, "hi") == "सुमन वर्मा"
    he = ["קראתי את גשר אדום בלילה אחד.", "גשר אדום מצחיק ועצוב, וגשר אדום נשאר איתי.", "גשר אדום / נועה לוי / הוצאת כנרת"]
    assert _name(he, "he") == "נועה לוי"


def test_a_short_thai_title_inside_other_words():
    # (the "title" น้ำ, water, stands inside น้ำตา, น้ำใจ: no title said three times)
    lines = ["เธอร้องไห้จนน้ำตาไหล", "ทุกคนมีน้ำใจ", "น้ำ / สมศรี ทองดี / สำนักพิมพ์ใบไม้"]
    assert _name(lines, "th") is None
