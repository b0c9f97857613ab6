"""Round 28 detection rules (helper DET2), in our own words and markup, with near misses:

- questions.asks in Thai and Lao, which mostly write no question mark: a yes/no particle or a question word closing
  the line (a polite particle after it), "why" anywhere, Thai "which" after a noun; a question word after a "not" is an
  indefinite ("like no one"), and a word that only looks like one ("ใคร่", "ไหม้") is another word;
- questions.INTERVIEW_TITLE: the word for an interview in many languages and scripts (Thai, Korean, Czech, Turkish …);
- newslead.made_into: news that a book "becomes" a series or a film (ca, es, fr, it, pt, en), the screen's noun in
  Catalan and Spanish too ("sèrie", "pel·lícula", "película");
- bookbiblio: a book box closing a post on two lines, the bare title over a record that opens on the writer's name with
  a CJK role word ("A 지음 | P | 312쪽 | price", "A 著 / P / 2025年").
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.classify import body_signals
from scraper.extract.newslead import made_into
from scraper.extract.questions import INTERVIEW_TITLE, asks
from tests.test_classify import kind

# -- Thai and Lao questions without a mark -----------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "**ทำไมคุณถึงเริ่มเขียนนิยายตอนอายุสี่สิบ**",  # th: "why" opening the line
    "**ตัวละครตัวไหนที่คุณชอบที่สุด**",  # th: "which" after its noun, inside the line
    "**คุณยังอ่านกวีนิพนธ์อยู่ไหมครับ**",  # th: yes/no particle, a polite particle after it
    "**งานชิ้นต่อไปจะเป็นเรื่องเกี่ยวกับอะไร**",  # th: "what" closing the line
    "## นักเขียนที่มีอิทธิพลต่อคุณคือใครบ้าง",  # th: "who (all)" in a heading
    "**ເປັນຫຍັງທ່ານຈຶ່ງຂຽນກ່ຽວກັບແມ່ນ້ຳ**",  # lo: "why"
    "**ປຶ້ມຫົວຕໍ່ໄປຈະເລົ່າເລື່ອງຫຍັງ**",  # lo: "what" closing the line
    "**ທ່ານຍັງຂຽນທຸກມື້ບໍ່**",  # lo: yes/no particle
])
def test_thai_and_lao_lines_that_ask(line):
    assert asks(line)


@pytest.mark.parametrize("line", [
    "**นิยายที่ไม่เหมือนใคร**",  # th: "unlike anyone": an indefinite after "not"
    "**ความรักที่ใคร่ครวญ**",  # th: a word that holds "who" but is another word
    "**ฉากไฟไหม้ตอนท้ายเรื่อง**",  # th: "fire burns" (ไหม้), not the particle ไหม
    "**บ้านไฟไหม้**",
    "**ภาษาและตัวละคร**",  # th: a plain heading
    "**ไม่ว่าเล่มไหนก็อ่านสนุก**",  # th: "no matter which"
    "**ປຶ້ມທີ່ບໍ່ມີຫຍັງ**",  # lo: "that has nothing": an indefinite after "not"
    "**ພາສາ ແລະ ຕົວລະຄອນ**",  # lo: a plain heading
])
def test_thai_and_lao_lines_that_do_not_ask(line):
    assert not asks(line)


_THAI_INTERVIEW = """นักเขียนหนุ่มจากเชียงรายเพิ่งออกนิยายเล่มแรก เราชวนเขาคุยเรื่องภูเขาและการเขียน

**ทำไมถึงเขียนเรื่องหมู่บ้านบนดอย**

เพราะผมโตที่นั่น และอยากจำภาพของมันไว้ก่อนที่ทุกอย่างจะเปลี่ยนไป

**นักเขียนคนไหนที่คุณอ่านซ้ำบ่อยที่สุด**

ผมอ่านเรื่องสั้นของนักเขียนรุ่นเก่าหลายคน อ่านช้า ๆ ทุกคืน

**เล่มหน้าจะเขียนอะไรครับ**

ยังไม่รู้เลยครับ อาจเป็นเรื่องของตลาดเช้า"""

_THAI_REVIEW = """นิยายเล่มนี้เล่าเรื่องหมู่บ้านบนดอยที่ค่อย ๆ เปลี่ยนไป

**โครงเรื่อง**

ตัวเอกกลับบ้านหลังจากหายไปสิบปี แล้วพบว่าทุกอย่างไม่เหมือนเดิม

**ตัวละครที่ไม่เหมือนใคร**

คุณยายในเรื่องเป็นตัวละครที่น่าจดจำที่สุด

**สรุป**

เป็นนิยายที่อ่านสบาย แม้ช่วงกลางจะยืดไปบ้าง"""


def test_thai_bold_questions_make_an_interview():
    signals = body_signals(_THAI_INTERVIEW.splitlines(), _THAI_INTERVIEW)
    assert signals["qa_blocks"] >= 3


def test_a_thai_review_with_bold_headings_is_no_interview():
    signals = body_signals(_THAI_REVIEW.splitlines(), _THAI_REVIEW)
    assert signals["qa_blocks"] < 3


# -- the word for an interview in a title ------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "สัมภาษณ์พิเศษ นักเขียนรางวัลปีนี้",  # th, glued to the next word
    "[인터뷰] 첫 소설을 낸 작가",  # ko
    "Rozhovor s autorkou knihy o moři",  # cs
    "Yazarla söyleşi: deniz ve tuz",  # tr
    "Wywiad z tłumaczką",  # pl
    "Интервью с писательницей",  # ru
    "Phỏng vấn nhà văn trẻ",  # vi
    "作家专访：写海的人",  # zh
])
def test_titles_that_call_the_post_an_interview(title):
    assert INTERVIEW_TITLE.search(title)


@pytest.mark.parametrize("title", [
    "รีวิวนิยาย ทะเลเกลือ",  # th: a review
    "소금의 바다 리뷰",  # ko
    "Recenze: Solný přístav",  # cs
    "Interviewing for a job in a novel about salt",  # en: another word
    "Kitap yorumu: Tuz Defteri",  # tr
])
def test_titles_that_do_not(title):
    assert not INTERVIEW_TITLE.search(title)


def test_a_thai_interview_title_makes_an_interview():
    assert kind(title="สัมภาษณ์ นักเขียนหน้าใหม่จากเชียงราย", words=400) == "interview"


# -- news that a book becomes a series or a film -----------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "La novel·la de la Marta Soler es convertirà en una sèrie de sis capítols",  # ca
    "La novela de Ana Ruiz se convertirá en película",  # es
    "Le roman de Léa Martin deviendra une série",  # fr
    "Il romanzo di Carla Neri diventerà una serie tv",  # it
    "Romance de Joana Lima vai virar série",  # pt
    "The Salt Harbour becomes a Netflix series",  # en
    "Roman van Anna de Vries wordt een tv-serie",  # nl
    "Het zoutboek wordt verfilmd",  # nl
    "Romanen om saltet blir en tv-serie",  # sv/no
    "Saltboken filmatiseras",  # sv
    "Romanen bliver til en film",  # da
])
def test_titles_that_report_a_book_becoming_a_series(title):
    assert made_into(title)


@pytest.mark.parametrize("title", [
    "Convertir la tristesa en literatura",  # ca: no screen's noun
    "La sèrie de novel·les del port",  # ca: the noun, no verb of becoming
    "The series becomes darker in book two",  # en: a series of books, no screen after the verb
    "Becoming a reader again",
    "Il romanzo che diventa adulto",  # it: no screen's noun
    "Het boek wordt beter na honderd bladzijden",  # nl: "becomes better"
    "Boken blir bättre mot slutet",  # sv
    "Boken och filmen",  # sv: a comparison's title, no news
])
def test_titles_that_report_no_such_news(title):
    assert not made_into(title)


def test_a_catalan_adaptation_news_title_is_no_review():
    assert kind(title="‘La casa del port’ de Marta Soler es convertirà en una sèrie", words=220, book_source="title",
                book_has_author=True, book_mentions=2, body=(("La productora ha anunciat avui el projecte.",), "")) == "other"


def test_a_rated_review_under_such_a_title_stays_a_review():
    assert kind(title="‘La casa del port’ de Marta Soler es convertirà en una sèrie", words=220, book_source="title",
                book_has_author=True, book_mentions=2, rating=True, scored_lines=1, verdict_lines=1,
                body=(("He rellegit la novel·la abans de l'estrena.",), "")) == "review"


# -- a closing two-line book box with a CJK role word ------------------------------------------------------------------

_KO_TEXT = """오랜만에 바닷가 마을을 다룬 장편을 읽었다. 작가는 소금 창고를 지키는 노인의 목소리로 이야기를 시작한다.
노인은 매일 아침 창고 문을 열고 바다를 본다. 그 장면이 여러 번 되풀이된다.
손녀가 도시에서 돌아오면서 이야기가 움직이기 시작한다.
둘 사이의 대화가 이 소설의 가장 좋은 부분이다.
후반부가 조금 느슨하지만 문장은 끝까지 단단하다.
소금의 집
김하늘 지음 | 바다출판 | 312쪽 | 1만6000원"""

_ZH_TEXT = """这部长篇写的是一个海边小镇的盐场，叙述者是守仓库的老人。
老人每天早上打开仓库的门，看着大海。
孙女从城里回来以后，故事才真正开始。
两人之间的对话是全书最好的部分。
后半部略显松散，但语言始终克制。
盐之屋
林晓 著 / 海风出版社 / 2025年"""


def test_a_korean_closing_book_box():
    lines = _KO_TEXT.splitlines()
    assert from_bibliography(lines, Context(_KO_TEXT)) == ("소금의 집", "김하늘")


def test_a_chinese_closing_book_box():
    lines = _ZH_TEXT.splitlines()
    assert from_bibliography(lines, Context(_ZH_TEXT)) == ("盐之屋", "林晓")


def test_a_sentence_over_the_record_is_no_title():
    text = _KO_TEXT.replace("소금의 집\n", "다음 책도 기다려진다.\n")
    assert from_bibliography(text.splitlines(), Context(text)) is None


def test_a_record_without_a_role_word_is_not_joined():
    text = _KO_TEXT.replace("김하늘 지음 | ", "")
    assert from_bibliography(text.splitlines(), Context(text)) is None


# -- a star widget drawn by one element whose class counts the stars (reviewbox._stars) --------------------------------

from lxml import html as _lxml_html  # noqa: E402

from scraper.extract.reviewbox import listed_boxes  # noqa: E402


def _boxes(widget_a: str, widget_b: str) -> list[tuple[str, bool]]:
    page = f"""<html><body><h1>Das Salzhaus</h1><ul class="reviews">
<li class="review-card"><div class="review-card__head"><b>Mara</b> {widget_a}</div>
<p>Ein ruhiger Roman über einen Hafen, der langsam verschwindet. Mir hat die Sprache sehr gefallen.</p></li>
<li class="review-card"><div class="review-card__head"><b>Jon</b> {widget_b}</div>
<p>Kam schnell an, gut verpackt.</p></li></ul></body></html>"""
    return listed_boxes(_lxml_html.fromstring(page))


@pytest.mark.parametrize("widget", [
    '<span class="review-card__stars stars-line star4" aria-hidden="true"></span>',  # a count glued to "star"
    '<i class="a-icon a-icon-star a-star-4-5"></i>',  # a count with its half: "4-5"
    '<span class="valoracion stars_5"></span>',
])
def test_one_empty_element_counting_its_stars_is_a_star_widget(widget):
    boxes = _boxes(widget, widget.replace("4", "5"))
    assert len(boxes) == 2 and all(starred for _, starred in boxes)


@pytest.mark.parametrize("widget", [
    '<span class="review-card__stars star-icon"></span>',  # one icon, no count
    '<span class="stars-4">vier Sterne</span>',  # its text says it: the rating rules read it, no icon
    '<span class="superstar2"></span>',  # "star" inside another word
    '<span class="starlight"></span>',
])
def test_near_misses_are_no_star_widget(widget):
    boxes = _boxes(widget, widget)
    assert len(boxes) == 2 and not any(starred for _, starred in boxes)


_SHOP_PAGE = """<html lang="es"><head><title>Libro «La casa de sal» — comprar al mejor precio | Tiendalibro</title></head><body>
<header><a href="/">Tiendalibro</a> <a href="/cesta">Cesta</a></header>
<main><div class="product"><div class="product__head"><span class="product__brand">Editorial Norte</span><h1>La casa de sal</h1></div>
<div class="price-box"><span class="price">14,90 €</span><button class="to-basket">Añadir a la cesta</button></div>
<table class="specs"><tr><th>Autor</th><td>Ruiz, A.</td></tr><tr><th>Páginas</th><td>240</td></tr></table></div>
<section class="opiniones" id="comments"><h2>Opiniones de clientes</h2><ul class="comments__list">
<li class="comments__item"><div class="comments__head"><span>Lucía</span> <span>3 de noviembre de 2026</span>
<span class="comments__stars stars-line star{a}" aria-hidden="true"></span></div>
<p>Leí esta novela en dos tardes y todavía pienso en la abuela que cuida el almacén de sal junto al puerto. La autora escribe
frases cortas, muy limpias, y deja que el paisaje hable por los personajes sin explicar demasiado.</p>
<p>La parte central se alarga un poco y algún personaje secundario sobra, pero el final compensa con creces. Muy
recomendable para quien disfrute de las historias lentas y de familias que se callan cosas durante años.</p></li>
<li class="comments__item"><div class="comments__head"><span>Pablo</span> <span>1 de noviembre de 2026</span>
<span class="comments__stars stars-line star5" aria-hidden="true"></span></div><p>Llegó rápido y bien embalado.</p></li>
</ul></section></main><footer>© Tiendalibro</footer></body></html>"""


def test_a_shop_page_whose_reader_review_has_a_counted_star_widget_is_a_review():
    from scraper.extract import extract_page
    record = extract_page(_SHOP_PAGE.replace("{a}", "4"), "https://tiendalibro.example.es/producto/88123/")
    assert record.is_review and "abuela" in record.body_text and "embalado" not in record.body_text


def test_the_same_page_without_the_star_widget_stays_as_before():
    from scraper.extract import extract_page
    page = _SHOP_PAGE.replace('<span class="comments__stars stars-line star{a}" aria-hidden="true"></span>', "") \
        .replace('<span class="comments__stars stars-line star5" aria-hidden="true"></span>', "")
    record = extract_page(page, "https://tiendalibro.example.es/producto/88123/")
    assert "embalado" not in record.body_text


# -- a free copy said in Russian or Ukrainian, the getting before "free" (notewords.FREE_GIVEN) ------------------------

from scraper.extract.notes import read_notes  # noqa: E402

_RU_REVIEW = "Роман о портовом городе, где закрывают соляные склады. Читается медленно, но оно того стоит.\n\n{note}\n\nМоя оценка: восемь из десяти."


@pytest.mark.parametrize("note", [
    "Книжка досталась мне бесплатно от магазина за честный отзыв.",  # ru
    "Этот роман мне прислали бесплатно в рамках читательского клуба.",  # ru
    "Мені її надіслали безкоштовно, але думка моя власна.",  # uk
    "Я получила её бесплатно по обмену отзывами.",  # ru
])
def test_a_free_copy_got_is_a_disclosure(note):
    assert read_notes(_RU_REVIEW.format(note=note)).disclosure


@pytest.mark.parametrize("note", [
    "Героине досталась бесплатно целая квартира у моря.",  # a character's, no first person
    "Я купила книгу сама, а бесплатно прочитала только отрывок на сайте.",  # free, but nothing given
    "Герой отримав безкоштовно землю біля річки.",  # uk: a character's
])
def test_near_misses_are_no_disclosure(note):
    assert not read_notes(_RU_REVIEW.format(note=note)).disclosure
