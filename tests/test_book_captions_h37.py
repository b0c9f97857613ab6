"""Book rules of the holdout37 round (book37): a tag's "#" is no word of a name (booknamedtwice), a woman's first name
in the genitive before a family name no case changes (bookgenitivetail), a picture's caption that cites its book
"A, T (year)" (bookcaptioncite), a Chinese or Japanese cover caption that names the owner before the kind's word
(bookcjkcover), and a paper's header "T. Roman. Publisher" read whole as the title (bookgenretail).

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from lxml import html

from scraper.extract.book import Book, Context
from scraper.extract.bookbrand import kind_tail
from scraper.extract.bookcaptioncite import cited_caption
from scraper.extract.bookcjkcover import cover_writer
from scraper.extract.bookcover import COVER_WORD, figure_captions, from_caption
from scraper.extract.bookgenitivetail import declined_tail
from scraper.extract.bookgenretail import genre_tail
from scraper.extract.booknamedtwice import named_twice


def _page(body: str):
    return html.fromstring(f"<html><body>{body}</body></html>")


# --- booknamedtwice: "<span>#</span> Name" -------------------------------------------------------------------------

UK_LINES = ["«Сіль на вітрі» Галини Тарасюк чекала своєї черги два роки.", "Тарасюк пише коротко і сухо, без прикрас."]
RU_LINES = ["«Соль на ветру» Галины Тарасюк ждала своей очереди два года.", "Тарасюк пишет коротко и сухо."]


def test_a_hash_mark_before_a_surname_tag_makes_no_two_word_name():
    for lines in (UK_LINES, RU_LINES):
        title = lines[0][1:lines[0].index("»")]
        tree = _page("<div class='tags'><a href='/tag/prose/'><span>#</span> проза</a> "
                     "<a href='/tag/tarasiuk/'><span>#</span> Тарасюк</a></div>")
        book = named_twice(Book(title, None), tree, lines, "Осінні нотатки", [])
        assert book is None or not (book.author or "").startswith("#")


def test_a_hash_mark_before_a_full_name_tag_is_dropped_from_it():
    tree = _page("<div class='tags'><a href='/tag/tarasiuk/'><span>#</span> Галина Тарасюк</a></div>")
    lines = ["Цю книжку «Сіль на вітрі» я читав два тижні.", "Тарасюк пише коротко і сухо, без прикрас."]
    book = named_twice(Book("Сіль на вітрі", None), tree, lines, "Осінні нотатки", [])
    assert book is not None and book.author == "Галина Тарасюк"
    # the label list too ("#Name Surname" as a theme gives its tags)
    book = named_twice(Book("Сіль на вітрі", None), _page(""), lines, "Осінні нотатки", ["# Галина Тарасюк"])
    assert book is not None and book.author == "Галина Тарасюк"


# --- bookgenitivetail: a family name no case changes ------------------------------------------------------------------

def _tail(author: str, text: str, language: str) -> str | None:
    book = declined_tail(Book("Т", author, source="title"), Context(text, (), language))
    return book.author if book else None


def test_a_womans_genitive_first_name_before_an_unchanged_family_name():
    uk = "«Сіль на вітрі» Галини Тарасенко вийшла торік. Тарасенко пише коротко."
    assert _tail("Галини Тарасенко", uk, "uk") == "Галина Тарасенко"
    ru = "«Соль на ветру» Марины Гринько вышла в прошлом году. Гринько пишет сухо."
    assert _tail("Марины Гринько", ru, "ru") == "Марина Гринько"
    soft = "«Соль» Натальи Кравец я купила летом. Кравец пишет сухо."  # (a woman's consonant surname; -ьи → -ья)
    assert _tail("Натальи Кравец", soft, "ru") == "Наталья Кравец"
    uk_soft = "«Сіль» Марії Бойко я купила влітку. Бойко пише сухо."
    assert _tail("Марії Бойко", uk_soft, "uk") == "Марія Бойко"


def test_near_misses_of_the_unchanged_family_name():
    # the family name never said apart from the whole name
    assert _tail("Галини Тарасенко", "«Сіль на вітрі» Галини Тарасенко вийшла торік.", "uk") == "Галини Тарасенко"
    # a foreign name that no case changes, its first name as unchanged ("-и" of a Japanese given name)
    assert _tail("Харуки Ямамори", "«Сад» Харуки Ямамори. Ямамори пишет тихо.", "ru") == "Харуки Ямамори"
    # a nominative first name (a man's, or a woman's in -а) stays
    assert _tail("Тарас Гринько", "«Сад» Тарас Гринько. Гринько пише.", "uk") == "Тарас Гринько"
    assert _tail("Ліна Гринько", "«Сад» Ліна Гринько. Гринько пише.", "uk") == "Ліна Гринько"
    # Polish: a man's nominative ends in -y too
    assert _tail("Jerzy Nowak", "„Sad” Jerzy Nowak. Nowak pisze krótko.", "pl") == "Jerzy Nowak"
    # another language
    assert _tail("Галини Тарасенко", "«Сіль» Галини Тарасенко. Тарасенко пише.", "en") == "Галини Тарасенко"


# --- bookcaptioncite: "A, T (year)" under the post's picture ------------------------------------------------------------

EN_TEXT = "We read it in one sitting. Brannock never explains the lighthouse, and Brannock is right not to."


def test_a_caption_cites_its_book_author_first_or_title_first():
    caption = "R. J. Brannock, The Salt Keeper (1961). Our copy came from a village fete."
    assert cited_caption([(caption, "file: salt keeper cover")], Context(EN_TEXT, (), "en"), COVER_WORD) == ("The Salt Keeper", "R. J. Brannock")
    de = "Zweimal las ich das Buch. Vollmer schreibt knapp, und Vollmer lässt offen, wer lügt."
    caption = "Das stille Haus, Ilse Vollmer (Kampa, 2019)"
    assert cited_caption([(caption, "Buchcover")], Context(de, (), "de"), COVER_WORD) == ("Das stille Haus", "Ilse Vollmer")
    # through from_caption, as bookbody asks it
    assert from_caption([("R. J. Brannock, The Salt Keeper (1961).", "file: image salt keeper")], Context(EN_TEXT, (), "en")) \
        == ("The Salt Keeper", "R. J. Brannock")


def test_near_misses_of_a_cited_caption():
    context = Context(EN_TEXT, (), "en")
    # a portrait's caption: a place, and a picture that shows no cover and spells no title
    assert cited_caption([("R. J. Brannock, Harbour Street (1974)", "file: img 2231")], context, COVER_WORD) is None
    # no year in brackets: no citation
    assert cited_caption([("R. J. Brannock, The Salt Keeper", "file: salt keeper cover")], context, COVER_WORD) is None
    # a person the text never names
    assert cited_caption([("Ann Weller, The Salt Keeper (1961)", "file: salt keeper cover")], context, COVER_WORD) is None


def test_a_theme_caption_box_without_alt_text_is_named_by_its_file():
    tree = _page("<div class='pic'><img src='/media/IMG-cover-salt-keeper.jpg' alt=''>"
                 "<div class='caption'><p>R. J. Brannock, The Salt Keeper (1961).</p></div></div>")
    assert figure_captions(tree) == [("R. J. Brannock, The Salt Keeper (1961).", "file: IMG cover salt keeper")]
    alt = _page("<div class='pic'><img src='/m/x.jpg' alt='A worn paperback'><p class='caption'>Brannock, 1961</p></div>")
    assert figure_captions(alt) == [("Brannock, 1961", "A worn paperback")]


# --- bookcjkcover: "A長篇小說《T》" under a cover -----------------------------------------------------------------------

ZH = ["林秋水長篇小說《海邊的燈》，北方出版社出版。", "這本書我讀了兩次。", "林秋水的文字很安靜，像海邊的夜晚。"]


def test_a_cover_caption_names_the_owner_before_the_kind():
    context = Context("\n".join(ZH), (), "zh")
    assert cover_writer([(ZH[0], "海邊的燈書封")], ZH, context) == ("海邊的燈", "林秋水")
    cn = ["作家林秋水新作《海边的灯》，北方出版社。", "林秋水写得很慢。"]
    assert cover_writer([(cn[0], "海边的灯封面")], cn, Context("\n".join(cn), (), "zh")) == ("海边的灯", "林秋水")
    ja = ["森川千鶴長編小説『潮の灯』（北方社）", "森川千鶴の文章は静かだ。"]
    assert cover_writer([(ja[0], "表紙")], ja, Context("\n".join(ja), (), "ja")) == ("潮の灯", "森川千鶴")


def test_near_misses_of_the_cover_caption_owner():
    # "this novel": a demonstrative, no owner
    lines = ["這本長篇小說《海邊的燈》，北方出版社出版。", "這本書我讀了兩次。"]
    assert cover_writer([(lines[0], "書封")], lines, Context("\n".join(lines), (), "zh")) is None
    # no picture of a cover: a caption of a scene
    assert cover_writer([(ZH[0], "海邊")], ZH, Context("\n".join(ZH), (), "zh")) is None
    # the name said only in the caption
    lines = ["林秋水長篇小說《海邊的燈》，北方出版社出版。", "這本書我讀了兩次。"]
    assert cover_writer([(lines[0], "書封")], lines, Context("\n".join(lines), (), "zh")) is None


# --- bookgenretail: "T. Roman. Publisher" ----------------------------------------------------------------------------

def test_a_papers_header_read_whole_loses_its_kind_and_publisher():
    assert genre_tail("Havets stilhed. Roman. Forlaget Nord") == "Havets stilhed"
    assert genre_tail("Der stille Hof. Erzählungen. Verlag am Fluss, Kiel 2025. 212 Seiten") == "Der stille Hof"
    assert genre_tail("Het lage huis. Verhalen. Uitgeverij Duin, 240 blz.") == "Het lage huis"
    assert genre_tail("Vinterljus. Dikter, Förlaget Sjö") == "Vinterljus"
    assert genre_tail("Fjellet. Noveller. Oslo forlag, 2024") == "Fjellet"
    book = kind_tail(Book("Havets stilhed. Roman. Forlaget Nord", "Ane Holm"), "Romanens slutning er stærk.")
    assert book.title == "Havets stilhed" and book.author == "Ane Holm"


def test_near_misses_of_a_papers_header():
    assert genre_tail("Die Wand. Roman einer Frau") is None  # (the kind's word runs on: the title's)
    assert genre_tail("Havets stilhed") is None
    assert genre_tail("Dr. Roman. Forlaget Nord") is None  # (an abbreviation's stop)
    assert genre_tail("Havets stilhed. Første bog. Forlaget Nord") is None  # (a subtitle, no kind's word)
    assert genre_tail("Der stille Hof. Erzählungen") is None  # (nothing after the kind: maybe the book's own subtitle)
    assert genre_tail("Fjellet. Noveller.") is None
