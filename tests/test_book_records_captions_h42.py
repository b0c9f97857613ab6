"""Round 3 of 5 Dec (holdout42), book title and author:

- a library description's area dash after the title: "Name. Title. — City, Year. — 320 p." (no publisher after a colon);
- a record line that quotes its title after the name and a full stop: "Name. «Title». Publisher, Year";
- a cover's caption: the cover word before a quoted title is no person ("Cover of “T”"), and the name after the title
  and the language's "by" (past words in lower case that say who they are) is the author;
- Swahili's possessive "ya/wa/cha/la/za" between a title and its author ("T ya A"), read where the text names T alone;
- a breadcrumb left in the body ("Culture / Books") is no paragraph to take a title from;
- a quoted title that a cover's alt text names after its cover word ("Cover of the novel T").
"""

from lxml import html

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookcover import from_caption
from scraper.extract.bookcoverquoted import cover_quoted
from scraper.extract.bookopening import marked_paragraphs


# --- a description's area dash ---------------------------------------------------------------------------------------

def test_area_dash_after_title_ukrainian():
    line = "Марія Коваленко. Острів без мостів. — Львів, 2021. — 312 с."
    assert from_bibliography([line, "Ця книжка чекала на мене два роки."]) == ("Острів без мостів", "Марія Коваленко")


def test_area_dash_after_title_russian_and_english():
    line = "Пётр Семёнов. Дом у залива. — Москва, 2018. — 288 с."
    assert from_bibliography([line, "Роман читается за вечер."]) == ("Дом у залива", "Пётр Семёнов")
    line = "Helen Marsh. The Salt Year. — London, 2017. — 240 p."
    assert from_bibliography([line, "A quiet book about a hard winter."]) == ("The Salt Year", "Helen Marsh")


def test_area_dash_near_miss_no_name_first():
    # the head is no person's name: a sentence with a dash, no record
    line = "Вчора я дочитала. Нарешті все. — сказала я собі, 2021."
    assert from_bibliography([line, "Далі буде."]) is None


# --- a quoted title after the name and a full stop ---------------------------------------------------------------------

def test_name_full_stop_quoted_title_russian():
    line = "Ирина Лаптева. «Северный причал». Издательство Пример, 2016"
    assert from_bibliography([line, "Зима, порт и одна семья."]) == ("Северный причал", "Ирина Лаптева")
    # the text calls the author by surname: the line is still read through its quotes
    text = line + "\nЛаптева пишет о порте. Лаптева не спешит."
    assert from_bibliography([line, "Лаптева пишет о порте."], Context(text, (), "ru")) == ("Северный причал", "Ирина Лаптева")


def test_name_full_stop_quoted_title_german():
    line = "Karla Brenner. „Die stille Werft“. Beispielverlag, 2019, 280 Seiten"
    assert from_bibliography([line, "Ein Roman über eine Werft im Winter."]) == ("Die stille Werft", "Karla Brenner")


def test_name_full_stop_near_miss_sentence_then_quote():
    # a sentence that ends, then a quotation with no record after it: no book
    line = "Das sagte Karla Brenner. „Nie wieder“, rief sie."
    assert from_bibliography([line, "Und dann ging sie."]) is None


# --- a cover's caption ---------------------------------------------------------------------------------------------------

def _ctx(text: str, language: str = "vi") -> Context:
    return Context(text, (), language)


def test_caption_cover_word_then_quoted_title_then_by_role_name_vietnamese():
    caption = 'Bìa sách "Mùa gió chướng" của nhà văn Trần Minh Khoa. Ảnh: NXB Ví Dụ'
    text = "Tôi đọc cuốn sách này trong một tuần. Cuốn sách kể về một làng chài."
    assert from_caption([(caption, "file: bia")], _ctx(text), ["Trần Minh Khoa", "Sách hay"]) == ("Mùa gió chướng", "Trần Minh Khoa")


def test_caption_cover_of_quoted_title_by_name_english():
    caption = 'Cover of “The Lantern Field” by the novelist Grace Holloway. Photo: the publisher'
    text = "Holloway writes slowly. I liked how Holloway ends the book."
    assert from_caption([(caption, "cover")], _ctx(text, "en"), []) == ("The Lantern Field", "Grace Holloway")


def test_caption_cover_word_is_no_author_near_miss():
    # the words before the quote are the caption's "cover of the book", whose last word the text repeats: no person
    caption = 'Bìa cuốn "Mùa gió chướng"'
    text = "Tôi đọc cuốn này. Cuốn sách hay, cuốn sách buồn."
    assert from_caption([(caption, "file: bia")], _ctx(text), []) is None


def test_caption_by_name_nobody_vouches_near_miss():
    # the name after the title is neither a tag nor named in the text
    caption = 'Cover of “The Lantern Field” by Grace Holloway'
    assert from_caption([(caption, "cover")], _ctx("A book about a field at night.", "en"), ["novels"]) is None


def test_caption_by_publisher_in_lower_case_words_near_miss():
    # more than three words in lower case before the capitals: a phrase, not a role before a name
    caption = 'Cover of “The Lantern Field” by the small and brave press Kite House'
    text = "Kite House publishes little. Kite House again."
    assert from_caption([(caption, "cover")], _ctx(text, "en"), []) is None


# --- Swahili's possessive "of" ------------------------------------------------------------------------------------------

def test_swahili_title_ya_author_named_alone_in_text():
    text = "Mawimbi ya Amina Said ni riwaya fupi. Katika Mawimbi, mji mzima unangoja mvua. Said anaandika kwa upole."
    book = from_title("Mawimbi ya Amina Said: Mji unaongoja mvua", Context(text, (), "sw"))
    assert (book.title, book.author) == ("Mawimbi", "Amina Said")


def test_swahili_kitabu_cha_author():
    text = "Nyota za Jioni cha Juma Mwinyi kilinigusa. Nyota za Jioni ni kitabu kifupi. Mwinyi ni mwandishi mzuri."
    book = from_title("Nyota za Jioni cha Juma Mwinyi", Context(text, (), "sw"))
    assert (book.title, book.author) == ("Nyota za Jioni", "Juma Mwinyi")


def test_swahili_possessive_near_miss_copies_of_a_title():
    # "three copies of <a book>": the title part is never named alone; the "name" is the book's own title
    text = "Tunatoa nakala tatu za Mvua Kubwa ya Saida Omari. Mvua Kubwa ni riwaya. Mvua Kubwa tena."
    book = from_title("Zawadi ya Januari: nakala tatu za Mvua Kubwa", Context(text, (), "sw"))
    assert book is None or book.author is None


def test_possessive_is_no_by_outside_swahili():
    # Spanish "ya" (already) or any other language: no split
    text = "Luna Roja ya salió. Roja es la luna."
    book = from_title("La noche ya Luna Roja", Context(text, (), "es"))
    assert book is None or book.author != "Luna Roja"


# --- a breadcrumb in the body ----------------------------------------------------------------------------------------------

def _body(markup: str):
    return html.fromstring(f"<div>{markup}</div>")


def test_breadcrumb_is_no_paragraph():
    body = _body('<div class="crumbs"><a href="/kultur">Kultur</a> / <a href="/buecher">Bücher</a></div>'
                 '<p>Ich habe <i>Das gelbe Haus</i> im Urlaub gelesen, drei Tage lang.</p>')
    paragraphs = marked_paragraphs(body)
    assert not any("Kultur" in p for p in paragraphs)
    assert any("“Das gelbe Haus”" in p for p in paragraphs)
    body = _body('<div><a href="/">Головна</a> › <a href="/knyhy">Книжки</a> › <a href="/r">Рецензії</a></div><p>Текст про книжку тут.</p>')
    assert not any("Головна" in p for p in marked_paragraphs(body))


def test_links_with_words_between_are_a_paragraph_near_miss():
    body = _body('<div>Read <a href="/a">The Quiet Pier</a> and then <a href="/b">Salt Roads</a> next.</div>')
    assert any("“The Quiet Pier”" in p for p in marked_paragraphs(body))


# --- a quoted title a cover's alt text names -----------------------------------------------------------------------------

def test_cover_alt_names_one_of_the_quoted_titles_romanian():
    lines = ["Am citit în sfârșit cartea.", "Naratorul din „Zidul de sare” este un profesor.", "Cine a iubit „Marea” va găsi aici același autor."]
    assert cover_quoted(lines, ["Coperta romanului Zidul de sare"]) == ["Zidul de sare"]


def test_cover_alt_names_the_quoted_title_polish_and_english():
    assert cover_quoted(["Bohater „Cichej przystani” wraca do domu."], ["Okładka powieści Cichej przystani"]) == ["Cichej przystani"]
    assert cover_quoted(["I loved “Night Ferry” and “Low Tide”."], ["Book cover of Low Tide, new edition"]) == ["Low Tide"]


def test_cover_quoted_near_misses():
    lines = ["Naratorul din „Zidul de sare” este un profesor."]
    assert cover_quoted(lines, ["Zidul de sare pe masă"]) == []  # no cover word: any photo
    assert cover_quoted(lines, ["Coperta romanului Marea"]) == []  # the cover names another book
    assert cover_quoted(["Un „zid” de sare."], ["Coperta: zid"]) == []  # a quoted word in lower case is no title


def test_area_dash_near_miss_remark_in_lower_case():
    # after the dash a remark in lower case, not the next area of a description
    assert from_bibliography(["Пётр Семёнов. Дом у залива. — отличная вещь, 2018."]) != ("Дом у залива", "Пётр Семёнов")
