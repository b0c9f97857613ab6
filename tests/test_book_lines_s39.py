"""The book's lines (book39a): an event's line with a day and a clock time is never read as a book's record
(``booktimed``, in ``bookbiblio``); a state house's "… Publishing House" in a record's brackets is its house, not its
author (``bookboxhouse``); a reading log's opening past verb ("Reread", "Began", "Bought") is no given name before an
author's possessive (``bookopeningverb``). Near misses: a record dated by its day and month, an audiobook's length, a
title with an hour in it, a person whose family name is House, a name that ends on a verb's letters."""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookboxhouse import is_house
from scraper.extract.bookclues import possessor
from scraper.extract.bookopeningverb import unopened
from scraper.extract.booktimed import timed


@pytest.mark.parametrize("line", [
    "Panel on the novel, Saturday 16 January, 4 pm, City Library",
    "Reading evening on the novel, Thursday 3 December, 7 pm, Harbour Library",
    "Lesung: Donnerstag, 3. Dezember, 19 Uhr, Stadtbibliothek",            # German
    "Tertulia sobre la novela, jueves 3 de diciembre, 19:00, Biblioteca Central",  # Spanish
    "Rencontre avec l'autrice, samedi 9 janvier à 15h, médiathèque du port",  # French
    "読書会 木曜日 12月3日 19時 図書館",                                       # Japanese
])
def test_a_day_and_an_hour_is_an_event(line):
    assert timed(line)
    ctx = Context(line + "\nSome text about a novel.", ())
    assert from_bibliography(["A short paragraph about a book I liked.", line], ctx) is None


@pytest.mark.parametrize("line", [
    "Published 16 January 2021, 320 pages",
    "Audiobook, 11 h 5 min, narrated by Ann Lee",
    "The Salt Orchard, Mira Castellane. Harbour Press, 2019.",
    "Night Train at 4 pm, Ann Lee, 2019",          # an hour in a title, no day
    "Wydawnictwo Sosna, Kraków, 12 marca 2018, 240 stron",
])
def test_a_record_is_not_timed(line):
    assert not timed(line)


def test_the_record_after_an_event_line_is_read():
    lines = ["A river story told slowly, and I loved its last chapter.",
             "The Salt Orchard, Mira Castellane. Harbour Press, 16 January 2019, 320 pages.",
             "Launch: Friday 15 January, 6 pm, the Harbour Library."]
    ctx = Context("\n".join(lines) + "\nCastellane writes well.", ())
    assert from_bibliography(lines, ctx) == ("The Salt Orchard", "Mira Castellane")


@pytest.mark.parametrize("name, house", [
    ("Eastern Star Publishing House", True),
    ("Harbour Book House", True),
    ("Steppe Publishers House", True),
    ("Silas House", False),          # a person whose family name is House
    ("Mira Castellane", False),
])
def test_publishing_house(name, house):
    assert is_house(name) is house


@pytest.mark.parametrize("line, want", [
    ("Lantern of the Valley, Dilnoza Umarova (Eastern Star Publishing House, Tashkent, 1962)",
     ("Lantern of the Valley", "Dilnoza Umarova")),
    ("The Salt Orchard, Mira Castellane (Harbour Book House, 2019)", ("The Salt Orchard", "Mira Castellane")),
])
def test_bracketed_house_is_no_author(line, want):
    lines = ["A river story told slowly.", line]
    ctx = Context("\n".join(lines) + " Castellane Umarova", ())
    assert from_bibliography(lines, ctx) == want


@pytest.mark.parametrize("paragraph, want", [
    ("Reread Mira Castellane's first novel this week, after finding it at a flea market.", "Mira Castellane"),
    ("Began Tomas Ekholm's memoir on the night train and could not stop.", "Tomas Ekholm"),
    ("Bought Ada Ferreira's collection at the fair and read it in one sitting.", "Ada Ferreira"),
    ("Re-read Ama Boateng’s debut over the holidays.", "Ama Boateng"),
    # near misses: a name left whole
    ("Piers Paul Read's novel is set in a monastery.", "Piers Paul Read"),
    ("Ted Lindqvist's novel surprised me.", "Ted Lindqvist"),
])
def test_opening_verb(paragraph, want):
    assert possessor([paragraph], Context(paragraph, ())) == want


def test_verb_in_the_sentence_middle_is_kept_out():
    # a run that does not open its sentence is left as it is
    text = "Last week I said: Read Ann Lee"
    assert unopened("Read Ann Lee", text, text.find("Read")) == "Read Ann Lee"


# a review whose middle holds an event's box: the book is the review's, never the box's line (any language's day)
P1 = ("<p>Ama Lindqvist's <em>Songs of the Quay</em> came out in the nineties with a modest subtitle and an immodest claim: "
      "that the work songs of the dockers deserve to be read as poems, line by line, with the care we give to any verse.</p>")
P2 = ("<p>Lindqvist goes through the singer's tricks, the call and answer, the jokes aimed at the foreman, the verses made up "
      "on the spot, and she quotes generously from recordings that few of us have ever heard.</p>")
BOX = ("<div class='cm-festival-box'><h4>Harbour Songs weekend</h4><p>{}</p></div>")
P3 = ("<p>Some chapters feel dated, and the musical side gets less room than the words. The scholarly tone sits a little "
      "oddly beside such rowdy material.</p><p>Still, a clear and generous guide for anyone who grew up hearing these songs. "
      "<strong>Score: 7/10</strong></p>")
PAGE = ("<html lang='{lang}'><head><meta charset='utf-8'><title>When work songs are read as poems | Quay Courier</title></head><body>"
        "<article class='post'><header><h1 class='entry-title'>When work songs are read as poems</h1></header>"
        "<div class='entry-content'>" + P1 + P2 + "{box}" + P3 + "</div></article></body></html>")


@pytest.mark.parametrize("lang, event", [
    ("en", "Talk on dock songs and the printed page, Sunday 17 January, 3 pm, Central Library, Port Dune. Free; sign up at "
           "the library desk. Evening concert at the Old Hall, tickets from the box office."),
    ("en", "Charla sobre canciones del muelle, domingo 17 de enero, 15:00, Biblioteca Central, Puerto Duna. Entrada libre; "
           "inscripción en la recepción."),
])
def test_event_box_is_not_the_book(lang, event):
    r = extract_page(PAGE.format(lang=lang, box=BOX.format(event)), "https://quaycourier.example.org/2026/12/work-songs/")
    assert (r.book_title, r.book_author) == ("Songs of the Quay", "Ama Lindqvist")


# a headline "initial. Surname «T»" whose T is its hero's name: the quoted half is the title, however often the text
# calls the hero by surname alone (ru, bg); an unquoted "Name – Title" is still turned round
@pytest.mark.parametrize("headline, text, lang, want", [
    ("И. Тарасов «Иван Громов»",
     "Тарасова роман я прочла за неделю. Иван Громов — купец, Громов едет на север, и Громов теряет всё.", "ru",
     ("Иван Громов", "И. Тарасов")),
    ("П. Лазаров „Стоян Вълков“",
     "Прочетох романа на Лазаров за два дни. Стоян Вълков е рибар, Вълков губи лодката си, а Вълков не се предава.", "bg",
     ("Стоян Вълков", "П. Лазаров")),
    ("Marlen Haushofer – Die Wand", "Haushofer erzählt von einer Frau. Die Wand ist gläsern. Haushofer schreibt kühl.", "de",
     ("Die Wand", "Marlen Haushofer")),
])
def test_quoted_half_is_the_title(headline, text, lang, want):
    from scraper.extract.bookheadline import from_title
    book = from_title(headline, Context(text, (), lang))
    assert book is not None and (book.title, book.author) == want


# a cover's caption whose title runs on into a translator's credit set off by a comma: the title stops at its comma
# (sw, en, es); a title with a comma of its own and lower-case words after it stays whole
@pytest.mark.parametrize("caption, text, lang, want", [
    ("Jalada la Ndoto za Pwani, tafsiri ya Amina K. Juma ya riwaya ya Tomas Ekholm.",
     "Ekholm aliandika riwaya hii zamani. Nimeisoma kwa Kiswahili.", "sw", ("Ndoto za Pwani", "Tomas Ekholm")),
    ("Cover of The Hollow Shore, translated by Ines Varga from the novel by Tomas Ekholm.",
     "Ekholm wrote this long ago. I read it in English.", "en", ("The Hollow Shore", "Tomas Ekholm")),
    ("Portada de El mar quieto, traducción de Ana Pérez, de Tomas Ekholm.",
     "Ekholm la escribió hace mucho. La leí en castellano.", "es", ("El mar quieto", "Tomas Ekholm")),
    ("Cover of Salt, pepper and other stories by Tomas Ekholm.",
     "Ekholm wrote these long ago.", "en", ("Salt, pepper and other stories", "Tomas Ekholm")),
])
def test_cover_caption_credit(caption, text, lang, want):
    from scraper.extract.bookcover import COVER_WORD
    from scraper.extract.bookcoversentence import cover_sentence
    assert cover_sentence([(caption, "")], Context(text + "\n" + caption, (), lang), COVER_WORD) == want


# a language whose "of" is read as "by" (Swahili, Gaelic): a name set off by the headline's spaced dash is the author's
# even when the text names the title no more often than the name; "T ya A" still needs the text to name T more
@pytest.mark.parametrize("headline, text, lang, want", [
    ("Ndoto za Pwani – Amina Juma Amina",
     "Riwaya hii ya Amina Juma Amina ilikaa kwenye meza yangu kwa mwezi. Ndoto za Pwani ni hadithi ya mvuvi. "
     "Amina anaandika kwa upole.", "sw", ("Ndoto za Pwani", "Amina Juma Amina")),
    ("An Cladach Fuar – Màiri Anna NicLeòid",
     "Leugh mi nobhail Màiri Anna NicLeòid as t-samhradh. An Cladach Fuar: sgeulachd mu iasgair. "
     "Tha NicLeòid a' sgrìobhadh gu sìmplidh.", "gd", ("An Cladach Fuar", "Màiri Anna NicLeòid")),
])
def test_dashed_name_in_an_of_language(headline, text, lang, want):
    from scraper.extract.bookheadline import from_title
    book = from_title(headline, Context(text, (), lang))
    assert book is not None and (book.title, book.author) == want


def test_of_phrase_is_still_doubted():
    from scraper.extract.bookheadline import from_title
    text = "Hadithi ya Mzee Juma ni ya kusisimua. Mzee Juma anaishi pwani, na Juma ana mashua."
    book = from_title("Hadithi ya Mzee Juma", Context(text, (), "sw"))
    assert book is None or book.author != "Mzee Juma"


# a caseless headline with the Arabic semicolon between title and name ("T؛ A", fa, ur, ar): read as "T — A" where the
# name opens a sentence of the review; a headline whose second part the text never opens a sentence on stays unread
@pytest.mark.parametrize("headline, text, lang, want", [
    ("باغ خاموش؛ مینا رستگار",
     "داستان زنی است که پس از مرگ پدرش به خانه‌ی قدیمی برمی‌گردد. رستگار با نثری آرام از تنهایی می‌نویسد. کتاب کوتاه است.",
     "fa", ("باغ خاموش", "مینا رستگار")),
    ("خاموش دریا؛ نسرین ملک",
     "یہ ایک ماہی گیر کی کہانی ہے جو طوفان کے بعد لوٹتا ہے۔ نسرین کا انداز سادہ اور گہرا ہے۔ کتاب مختصر ہے۔",
     "ur", ("خاموش دریا", "نسرین ملک")),
    ("الحديقة الصامتة؛ صباح طويل",
     "رواية عن امرأة تعود إلى بيت أبيها. الحديقة جميلة في الصيف. الكتاب قصير.", "ar", None),
])
def test_arabic_semicolon_headline(headline, text, lang, want):
    from scraper.extract.bookdashopener import opener_dash
    book = opener_dash(None, headline, Context(text, (), lang))
    assert (book and (book.title, book.author)) == want or (want is None and book is None)
