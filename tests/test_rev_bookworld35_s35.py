"""Review of round 35's book records (rev-bookworld35): a biography named after its subject, whose record reads
"Subject's Full Name. Biographer. Biography." (fragmentrecord._name_first must not swap: the review names the subject
whole), and a one-line labelled record whose first row credits a person, a narrator or a translator, closing on a
house with no figure (bookfirstrow.first_row: the house vouches for a record, not for its first value as a title)."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(headline: str, paragraphs: list[str], lang: str, url: str = "https://lesezeit.example.org/2026/11/post/"):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | Lesezeit</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            f'</article></body></html>')
    record = extract_page(html, url)
    return record.book_title, record.book_author


_CURIE = [
    "Marie Curie spent four years stirring pitchblende in a leaking shed, and Goldsmith makes you feel every one of "
    "them. Curie comes across as stubborn, shy and far funnier than the legend allows.",
    "The chapters on Pierre are the best: Goldsmith lets their letters speak. Curie's later years in the war, driving "
    "x-ray vans to the front, are rushed.",
    "Still, a short, warm life of a scientist that I would hand to any teenager. Curie deserves readers who are not "
    "physicists.",
]


def test_biography_named_after_its_subject_keeps_the_subject_as_title():
    book = _page("A life in a leaking shed", _CURIE + ["<i>Marie Curie. Goldsmith. Biography. Norton Books.</i>"], "en")
    assert book == ("Marie Curie", "Goldsmith")


_TOLSTOJ = [
    "Lev Tolstoj se v knize objevuje jako muž plný rozporů. Troyat popisuje Tolstého mládí na Jasné Poljaně s velkou "
    "láskou.",
    "Nejlepší jsou kapitoly o Tolstého manželství; Troyat cituje deníky obou manželů a nechává čtenáře soudit.",
    "Kniha je dlouhá, ale Tolstoj si ji zaslouží. Doporučuji každému, kdo četl Vojnu a mír.",
]


def test_czech_life_of_a_writer_keeps_the_subject_as_title():
    book = _page("Život plný rozporů", _TOLSTOJ + ["<i>Lev Tolstoj. Troyat. Kniha o životě spisovatele. Odeon.</i>"], "cs")
    assert book == ("Lev Tolstoj", "Troyat")


_JONSSON = [
    "Un pueblo de pescadores, una tormenta y dos familias que no se hablan desde hace veinte años: Jonsson lo plantea "
    "en pocas páginas y deja que el tiempo haga el resto.",
    "Los diálogos son secos y exactos, nadie dice una palabra de más. La parte central decae, pero los últimos "
    "capítulos lo atan todo.",
    "Releí el final en el muelle dos veces. Jonsson está en su mejor momento cuando nadie habla.",
]


def test_narrator_first_in_a_record_closing_on_a_house_is_no_title():
    title, _ = _page("Un pueblo que calla", _JONSSON + [
        "<i>Narradora: Ana Berga · Autor: Erik Jonsson · Editorial Siruela</i>"], "es")
    assert title != "Ana Berga"


def _th(record: str):
    paragraphs = [
        "นิยายเล่มนี้เล่าเรื่องครอบครัวชาวนาริมแม่น้ำสามรุ่น ตั้งแต่ปีที่น้ำท่วมใหญ่จนถึงวันที่ลูกหลานขายที่ดินผืนสุดท้าย",
        "ผู้เขียนเล่าด้วยภาษาเรียบง่ายแต่ลึก ตัวละครแม่เป็นหัวใจของเรื่อง บทสนทนาเป็นธรรมชาติ ฉากงานบวชกลางเล่มเขียนได้ดีมาก",
        "ข้อติคือช่วงท้ายรีบไปหน่อย แต่โดยรวมเป็นหนังสือที่อยากแนะนำให้คนที่ชอบเรื่องครอบครัวได้อ่าน",
        f"<em>{record}</em>",
        "<strong>คะแนน:</strong> 8/10",
    ]
    return _page("บ้านริมน้ำที่ไม่มีใครกลับ", paragraphs, "th", "https://baannangsue.example.co.th/2026/11/nam/")


def test_thai_translator_first_in_a_record_closing_on_a_house_is_no_title():
    assert _th("แปลโดย: ประไพ ศรีสวัสดิ์ · ผู้เขียน: สมชาย ใจดี · สำนักพิมพ์ใบไม้")[0] != "ประไพ ศรีสวัสดิ์"


def test_thai_narrator_first_in_a_record_closing_on_a_house_is_no_title():
    assert _th("ผู้บรรยาย: ประไพ ศรีสวัสดิ์ · ผู้เขียน: สมชาย ใจดี · สำนักพิมพ์ใบไม้")[0] != "ประไพ ศรีสวัสดิ์"
