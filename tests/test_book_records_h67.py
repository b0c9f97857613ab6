"""Helper book67a of the holdout67 round, in our own words: four book readings and one warning label.

- bookcjkline: a closing record line "『T』A／imprint" (the name bare, the details after a slash);
- booktitledrecord: a review's record table that labels the title beside the author, under a headline that is the
  review's tagline (the h1 is no book's title there);
- bookheadof.genitive_after_quote: an Albanian cover caption "«T» të Name-GEN", a one-word pen name too;
- bookinopening: "In “T”, A <verb> …" opening a paragraph (sw, en, fr, es, id);
- notewords: Albanian "Kujdes:" (take care) opening a short note set off in italics that names hard things.

Near misses: a slash line of two names or a category path, a record table with another author's row, a caption's
genitive whose nominative the text never names, a plot line "In “T”, a character …", a name with no verb after it.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record
from scraper.extract.bookcover import from_caption
from scraper.extract.bookheadof import genitive_after_quote
from scraper.extract.bookinopening import inside_opening


# --- bookcjkline: "『T』A／imprint"

def test_bare_name_and_slashed_imprint_ja():
    ctx = Context("夜の港を歩く話。村井さんの文章はいつも静かだ。\n『灯台の記録』村井早苗／光文社文庫", (), "ja")
    assert cjk_record(["『灯台の記録』村井早苗／光文社文庫"], ctx) == ("灯台の記録", "村井早苗")


def test_bare_name_and_slashed_details_ko_zh():
    ko = Context("바다 이야기다. 한지수의 문장은 짧고 단단하다.\n『등대의 겨울』 한지수 / 문학동네 / 2021", (), "ko")
    assert cjk_record(["『등대의 겨울』 한지수 / 문학동네 / 2021"], ko) == ("등대의 겨울", "한지수")
    zh = Context("一本写海港的小说。周明远写得很慢。\n《港口之冬》周明远／人民文学出版社", (), "zh")
    assert cjk_record(["《港口之冬》周明远／人民文学出版社"], zh) == ("港口之冬", "周明远")


def test_slash_without_imprint_or_unnamed_is_left():
    ctx = Context("夜の港を歩く話。村井さんの文章はいつも静かだ。\n『灯台の記録』村井早苗／感想", (), "ja")
    assert cjk_record(["『灯台の記録』村井早苗／感想"], ctx) is None  # (no house, no year: a remark)
    other = Context("夜の港を歩く話。静かな文章だった。\n『灯台の記録』村井早苗／光文社文庫", (), "ja")
    assert cjk_record(["『灯台の記録』村井早苗／光文社文庫"], other) is None  # (the name never said again)


# --- booktitledrecord

def _record_page(rows: str, lang: str, headline: str, text: str) -> str:
    return (f"<html lang='{lang}'><head><title>{headline}</title></head><body><table><tr><td class='nav'>"
            f"<a href='/'>Home</a></td><td class='main'><h1>{headline}</h1><p class='by'>Ivo Marek</p>"
            f"<div class='text'><table class='card' border='1'>{rows}</table>{text}</div></td></tr></table></body></html>")


_RU = ("<p>Повесть о смотрителе маяка, который всю зиму переписывает старые судовые журналы и постепенно понимает, что "
       "записи врут. Кравец пишет медленно, почти без событий, и это работает: каждая страница держит.</p>"
       "<p>Середина провисает, брат героя скорее схема, чем человек, но последняя глава удалась, и её хочется перечитать. "
       "Кравец умеет молчать на бумаге, а это редкость для дебюта.</p><p>Оценка: 8 из 10</p>")


def test_record_table_title_over_a_tagline_headline_ru():
    rows = ("<tr><td>Автор:</td><td>Олег Кравец</td></tr><tr><td>Название:</td><td>Журнал смотрителя</td></tr>"
            "<tr><td>Издательство:</td><td>Азбука</td></tr>")
    record = extract_page(_record_page(rows, "ru", "Когда молчит маяк", _RU), "https://mayak.example/review/1")
    assert (record.book_title, record.book_author) == ("Журнал смотрителя", "Олег Кравец")


def test_record_table_without_title_row_keeps_its_reading():
    rows = "<tr><td>Автор:</td><td>Олег Кравец</td></tr><tr><td>Издательство:</td><td>Азбука</td></tr>"
    record = extract_page(_record_page(rows, "ru", "Журнал смотрителя", _RU), "https://mayak.example/review/2")
    assert record.book_title == "Журнал смотрителя"


# --- Albanian cover caption

def test_albanian_genitive_after_quoted_title():
    ctx = Context("Noli shkruan me durim. Romani është i shkurtër por i plotë.", (), "sq")
    assert genitive_after_quote(" të Nolit, botim i dytë", ctx) == "Noli"
    ctx = Context("Libri është i qetë. Dritëro Agolli e di si të heshtë; Agolli nuk nxiton.", (), "sq")
    assert genitive_after_quote(" i Dritëro Agollit (Toena)", ctx) == "Dritëro Agolli"
    caption = "Kopertina e librit «Dimri i vonë» të Nolit, botim i dytë."
    assert from_caption([(caption, "")], Context("Noli shkruan me durim për dimrin.", (), "sq")) == ("Dimri i vonë", "Noli")


def test_albanian_genitive_near_misses():
    ctx = Context("Romani është i shkurtër. Qyteti ka rrugë të ngushta.", (), "sq")
    assert genitive_after_quote(" të Tiranës, botim i dytë", ctx) is None  # (no nominative named in the text)
    assert genitive_after_quote(" të Nolit", Context("Noli shkruan.", (), "it")) is None  # (another language)


# --- bookinopening

def test_in_title_comma_author_verb_in_languages():
    sw = Context("Katika “Nyumba ya Upepo”, Halima Juma Said anatueleza kuhusu kijiji cha wavuvi. Said anaandika kwa utulivu.", (), "sw")
    assert inside_opening([sw.text], sw) == ("Nyumba ya Upepo", "Halima Juma Said")
    fr = Context("Dans “La Maison du vent”, Claire Vidal raconte un village de pêcheurs. Vidal écrit lentement.", (), "fr")
    assert inside_opening([fr.text], fr) == ("La Maison du vent", "Claire Vidal")
    es = Context("El libro es breve. En “La casa del viento”, Marta Ruiz narra un pueblo de pescadores. Ruiz no tiene prisa.", (), "es")
    assert inside_opening([es.text], es) == ("La casa del viento", "Marta Ruiz")
    id_ = Context("Dalam “Rumah Angin”, Sari Wulandari menulis tentang kampung nelayan. Wulandari menulis dengan sabar.", (), "id")
    assert inside_opening([id_.text], id_) == ("Rumah Angin", "Sari Wulandari")


def test_in_title_near_misses():
    # a character, named once only
    en = Context("In “The Wind House”, Tom Harrow finds a box of letters under the floor. The letters are the book.", (), "en")
    assert inside_opening([en.text], en) is None
    # the name runs to the clause's end: no verb after it
    fr = Context("Dans “La Maison du vent”, Claire Vidal. Vidal écrit lentement.", (), "fr")
    assert inside_opening([fr.text], fr) is None
    # a character whose name is the title's
    es = Context("En “Marta Ruiz”, Marta Ruiz vuelve a casa. Ruiz es la narradora.", (), "es")
    assert inside_opening([es.text], es) is None
    # not at a sentence's start
    de = Context("Ich las in “Das Windhaus”, Eva Roth schreibt gut. Roth ist klug.", (), "de")
    assert inside_opening([de.text], de) is None


# --- notewords: Albanian "Kujdes:"

def _sq_page(note: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in [
        note,
        "Romani ndjek një roje fari që gjatë gjithë dimrit kopjon me dorë ditarët e vjetër të anijeve dhe kupton se disa "
        "shënime gënjejnë. Noli shkruan ngadalë, pa ngjarje të mëdha, dhe kjo funksionon mirë në çdo faqe.",
        "Mesi zgjatet pak dhe vëllai është më shumë ide se njeri, por kapitulli i fundit është i shkëlqyer dhe e lexova "
        "dy herë para se ta lija librin mbi tryezë. Noli di të heshtë në letër.",
        "Vlerësimi: 8/10"])
    return (f"<html lang='sq'><head><title>Ditari i rojës</title></head><body><article><h1>Ditari i rojës</h1>"
            f"<div class='text'>{paragraphs}</div></article></body></html>")


def test_albanian_caution_label_warns_of_hard_things():
    record = extract_page(_sq_page("<em>Kujdes: libri flet për vdekje dhe dhunë në familje.</em>"), "https://far.example/a/1")
    assert record.content_warnings is not None


def test_albanian_caution_label_without_hard_things_is_no_warning():
    record = extract_page(_sq_page("<em>Kujdes: libri është i gjatë dhe kërkon durim.</em>"), "https://far.example/a/2")
    assert record.content_warnings is None
