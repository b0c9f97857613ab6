"""A record line in a script without capitals, "T / A / House", that names its author only there (round s28), in our
own words.

``bookcaselessname.housed_name``: a paper closes its review with the book's record, the title, the author and the house
set apart by spaced slashes (or commas), and its prose says "the author", "the novel", never the name again, so the
record rules' usual test (the name said again: ``named_again``) finds nothing. The line's shape vouches instead: its
third part opens on a house's word (or closes on one, as Indic houses are named), its second part is two or three
caseless words (a rank's dotted abbreviation glued before the given name allowed), and the prose keeps returning to
the title (twice outside the record).

Near misses: the prose names the title once or never (no pair from the name: test_book_caseless_record's too); a second part that is one unspaced word (a
series, an edition) or a translator's credit; a third part that is no house.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


def _read(lines: list[str], lang: str):
    return from_bibliography(lines, Context("\n".join(lines), (), lang))


def test_thai_record_with_a_dotted_rank_before_the_name():
    lines = ["ฉันอ่านบ้านริมคลองจบในคืนเดียว ผู้เขียนเล่าเรื่องได้อบอุ่นมาก",
             "ตัวละครในบ้านริมคลองมีชีวิตชีวา แม้ตอนจบจะรีบไปหน่อย",
             "บ้านริมคลอง / ดร.สมศรี ทองดี / สำนักพิมพ์ใบไม้"]
    assert _read(lines, "th") == ("บ้านริมคลอง", "ดร.สมศรี ทองดี")


def test_hindi_record_whose_house_closes_on_its_word():
    lines = ["यह उपन्यास मैंने एक ही रात में पढ़ लिया। लेखिका की भाषा सरल है।",
             "नदी का घर पढ़ते हुए मुझे अपना गाँव याद आया। नदी का घर हर किसी को पढ़ना चाहिए।",
             "नदी का घर / सुमन वर्मा / नीलकमल प्रकाशन"]
    assert _read(lines, "hi") == ("नदी का घर", "सुमन वर्मा")


def test_hebrew_and_georgian_records():
    he = ["קראתי את הספר בשבוע אחד, והסופרת כותבת בעדינות רבה.",
          "בית על הגבעה הוא רומן שקט על משפחה אחת, ובית על הגבעה נשאר איתי זמן רב.",
          "בית על הגבעה / נועה לוי / הוצאת כנרת"]
    assert _read(he, "he") == ("בית על הגבעה", "נועה לוי")
    ka = ["ეს რომანი ერთ ღამეში წავიკითხე, ავტორი ძალიან თბილად წერს.",
          "მთის სახლი მშვიდი წიგნია ერთ ოჯახზე. მთის სახლი დიდხანს მახსოვს.",
          "მთის სახლი / ნინო კაპანაძე / გამომცემლობა ბაკური"]
    assert _read(ka, "ka") == ("მთის სახლი", "ნინო კაპანაძე")


def test_no_pair_where_the_prose_names_the_title_once_or_never():
    lines = ["ฉันอ่านจบในคืนเดียว ผู้เขียนเล่าเรื่องได้อบอุ่นมาก",
             "บ้านริมคลอง / ดร.สมศรี ทองดี / สำนักพิมพ์ใบไม้"]
    assert _read(lines, "th") is None
    once = ["ฉันอ่านบ้านริมคลองจบในคืนเดียว ผู้เขียนเล่าเรื่องได้อบอุ่นมาก",
            "บ้านริมคลอง / ดร.สมศรี ทองดี / สำนักพิมพ์ใบไม้"]
    assert _read(once, "th") is None


def test_no_name_from_a_one_word_part_a_translators_credit_or_no_house():
    one_word = ["ตัวละครในบ้านริมคลองมีชีวิตชีวา", "บ้านริมคลอง / ฉบับพิมพ์ใหม่ / สำนักพิมพ์ใบไม้"]
    assert _read(one_word, "th") is None
    translated = ["قرأت بيت التلال في ليلة واحدة.", "بيت التلال / ترجمة سامي خليل / دار الفجر"]
    assert _read(translated, "ar") != ("بيت التلال", "ترجمة سامي خليل")
    no_house = ["ตัวละครในบ้านริมคลองมีชีวิตชีวา", "บ้านริมคลอง / สมศรี ทองดี / อ่านสนุกมาก"]
    assert _read(no_house, "th") is None


def test_a_whole_thai_page_reads_its_closing_record():
    paras = ["ฉันหยิบบ้านริมคลองขึ้นมาอ่านอีกครั้งหลังจากผ่านไปสิบปี คราวนี้เข้าใจตัวละครมากขึ้นกว่าเดิมหลายเท่า",
             "ผู้เขียนเล่าเรื่องครอบครัวริมน้ำอย่างอบอุ่น แต่บางตอนก็ยืดยาวเกินไปสำหรับคนอ่านยุคนี้",
             "ถึงอย่างนั้น บ้านริมคลองก็ยังเป็นหนังสือที่ควรอ่านสักครั้ง โดยเฉพาะคนที่โตมากับแม่น้ำ"]
    body = "".join(f"<p>{p}</p>" for p in paras)
    body += "<p class='record'>บ้านริมคลอง / ดร.สมศรี ทองดี / สำนักพิมพ์ใบไม้</p>"
    html = ("<html lang='th'><head><meta charset='utf-8'><title>กลับไปอ่านอีกครั้ง</title></head><body><article>"
            f"<h1>กลับไปอ่านอีกครั้ง</h1><div class='entry-content'>{body}</div></article></body></html>")
    record = extract_page(html, "https://riverbooks.example/2026/12/reread/")
    assert (record.book_title, record.book_author) == ("บ้านริมคลอง", "ดร.สมศรี ทองดี")


def test_no_pair_from_a_record_read_the_other_way_round():
    # "A / T / House": the author named in full and by surname in the prose, the title never
    he = ["קראתי את הרומן של נועה לוי בשבוע אחד.", "לוי כותבת בעדינות רבה על משפחה אחת.",
          "זה הספר הטוב ביותר של נועה לוי עד היום.", "נועה לוי / בית על הגבעה / הוצאת כנרת"]
    assert _read(he, "he") != ("נועה לוי", "בית על הגבעה")
