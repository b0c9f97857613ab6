"""Book records across scripts (round 35): a Slavic record in the bibliographic order, the author first ("Given Surname.
T. <kind> in …": fragmentrecord._name_first); a Thai labelled record in one line whose last part is a house, unlabelled
("Book: T · Writer: A · HouseX": bookfirstrow.first_row), with the rank's dotted abbreviation glued before the writer's
given name (bookcaselessname.caseless_name); a Marathi name before its quoted title with the respectful genitive apart
("A B यांचं «T»": nameparticles). Near misses: a record that gives the author in full in the middle, a first part the
review never calls by its last word, a last part that is no house, and a name whose last word only begins like a
particle."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(headline: str, paragraphs: list[str], lang: str, url: str = "https://zametki.example.org/2026/11/post"):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} — Заметки</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            f'</article></body></html>')
    record = extract_page(html, url)
    return record.book_title, record.book_author


_RU = [
    "Взял с полки Соколова после долгого перерыва и читал три вечера подряд. Рыбацкий посёлок, шторм, две семьи, "
    "которые двадцать лет не разговаривают друг с другом, и мальчик, который пытается их помирить.",
    "Соколов пишет Туман как отдельного героя: он приходит с моря, прячет дома и людей, а потом уходит, оставляя "
    "всё немного другим. Диалоги короткие и точные, никто не говорит лишнего.",
    "Середина провисает, и одна линия про старого смотрителя маяка так ничем и не кончается. Но последние главы "
    "собирают всё вместе, и финал на причале я перечитал дважды.",
]


def test_slavic_record_with_the_author_first_and_the_kind_after_the_title():
    book = _page("Посёлок, где все молчат", _RU + [
        "<i>Иван Соколов. Туман. Повесть в трёх частях. Серия «Северная проза».</i>", "Оценка: 8 из 10."], "ru")
    assert book == ("Туман", "Иван Соколов")


def test_record_giving_the_author_in_full_in_the_middle_keeps_its_order():
    book = _page("Посёлок, где все молчат", _RU + [
        "<i>Северный Туман. Иван Соколов. Повесть. Серия «Северная проза».</i>", "Оценка: 8 из 10."], "ru")
    assert book[1] != "Северный Туман"


_EN = [
    "A fishing village, a storm and two families that have not spoken in twenty years: Jonsson sets it up in a few "
    "pages and then lets the weather do the work.",
    "The dialogue is spare and exact, nobody says a word too many. The middle sags and one thread about the old "
    "lighthouse keeper never goes anywhere, but the last chapters pull everything together.",
    "I read the ending on the pier twice. Jonsson is at his best when nobody talks at all.",
]


def test_first_part_never_called_by_its_last_word_is_no_author():
    book = _page("A village that keeps quiet", _EN + ["<i>Summer Harbour. Jonsson. Novel. Northern Books.</i>"], "en")
    assert book[0] != "Jonsson"


def _th(record: str):
    paragraphs = [
        "นิยายเล่มนี้เล่าเรื่องครอบครัวชาวสวนริมคลองสามรุ่น ตั้งแต่ปีที่น้ำท่วมใหญ่จนถึงวันที่ลูกหลานขายที่ดินผืนสุดท้าย",
        "ผู้เขียนเล่าด้วยภาษาเรียบง่ายแต่ลึก ตัวละครแม่เป็นหัวใจของเรื่อง บทสนทนาเป็นธรรมชาติ ฉากงานบวชกลางเล่มเขียนได้ดีมาก",
        "ข้อติคือช่วงท้ายรีบไปหน่อย แต่โดยรวมเป็นหนังสือที่อยากแนะนำให้คนที่ชอบเรื่องครอบครัวได้อ่าน",
        f"<em>{record}</em>",
        "<strong>คะแนน:</strong> 8/10",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = ('<html lang="th"><head><meta charset="utf-8"><title>บ้านริมคลองที่ไม่มีใครกลับ – บ้านหนังสือ</title></head>'
            '<body><article class="post"><h1 class="entry-title">บ้านริมคลองที่ไม่มีใครกลับ</h1>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(html, "https://baannangsue.example.co.th/2026/11/klong/")
    return record.book_title, record.book_author


def test_thai_labelled_record_closing_on_an_unlabelled_house():
    assert _th("หนังสือ: สวนริมคลอง · ผู้เขียน: ม.ล.ประไพ ศรีสวัสดิ์ · สำนักพิมพ์ใบไม้") == \
        ("สวนริมคลอง", "ม.ล.ประไพ ศรีสวัสดิ์")


def test_thai_labelled_record_closing_on_a_labelled_house():
    assert _th("หนังสือ: สวนริมคลอง · ผู้เขียน: ประไพ ศรีสวัสดิ์ · สำนักพิมพ์: ใบไม้") == ("สวนริมคลอง", "ประไพ ศรีสวัสดิ์")


def test_thai_line_closing_on_no_house_is_no_record():
    assert _th("หมวด: รีวิวนิยาย · ผู้เขียน: ประไพ ศรีสวัสดิ์ · ขอบคุณที่แวะมาอ่าน")[0] != "รีวิวนิยาย"


def test_thai_thanks_to_a_publisher_closing_the_line_is_no_house():
    assert _th("หมวด: รีวิวนิยาย · ผู้เขียน: ประไพ ศรีสวัสดิ์ · ขอบคุณสำนักพิมพ์ใบไม้")[0] != "รีวิวนิยาย"


_MR = [
    "{lead} मी शाळेत असताना वाचलं होतं. आज पुन्हा वाचताना लक्षात आलं की त्यातली माणसं अजूनही तशीच जिवंत आहेत.",
    "प्रत्येक प्रकरण एका गावातल्या माणसाचं चित्र आहे. {surname} कुणाची थट्टा करत नाहीत आणि कुणाची कीवही करत नाहीत; "
    "त्यांची नजर शांत आणि प्रेमळ आहे. बोलीभाषेची गोडी प्रत्येक पानावर जाणवते.",
    "काही प्रकरणं आज जुनी वाटतात, पण ग्रामीण गद्य कसं घडलं हे समजायला हे पुस्तक वाचायलाच हवं. {surname} यांची भाषा साधी आहे.",
    "<strong>माझे गुण:</strong> ४/५",
]


def _mr(lead: str, surname: str = "पाटणकर"):
    paragraphs = [p.format(lead=lead, surname=surname) for p in _MR]
    return _page("गावाकडची माणसं पुन्हा भेटली", paragraphs, "mr", "https://vachan.example.in/2026/11/gav/")


def test_marathi_respectful_genitive_apart_is_no_part_of_the_name():
    assert _mr("सदाशिव पाटणकर यांचं «गावची माणसं»") == ("गावची माणसं", "सदाशिव पाटणकर")


def test_surname_ending_in_an_honorific_s_letters_stays_whole():
    assert _mr("सदाशिव बालाजी यांचं «गावची माणसं»", "बालाजी") == ("गावची माणसं", "सदाशिव बालाजी")


def test_pronoun_phrase_before_the_particle_is_no_author():
    _, author = _mr("माझ्या आवडत्या लेखकांचं «गावची माणसं»")
    assert author is None or "माझ्या" not in author
