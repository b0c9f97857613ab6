"""holdout47 (spent), book47b: three places a post names its book.

1. a CJK post title that files itself as a reading note, "【label】T／A" (bookcjkslash);
2. a book card whose parts are a CSS module's classes, "BookCard_title" / "BookCard_author" (bookld._bem_card);
3. a record line dated in Persian or Arabic-Indic figures, a Solar Hijri or Hijri year (bookbiblio.BIBLIO_TAIL).
All texts are our own.
"""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookcjkslash import labelled_slash
from scraper.extract.bookld import from_card
from scraper.extract.parse import parse_page as load_html


def _pair(title):
    book = from_title(title)
    return (book.title, book.author) if book else None


def test_labelled_slash_in_several_scripts():
    assert _pair("【読書感想】夜の図書館／森田ゆき") == ("夜の図書館", "森田ゆき")
    assert _pair("【書評】港町の冬／河野健一") == ("港町の冬", "河野健一")
    assert _pair("【书评】江边的雾／李明") == ("江边的雾", "李明")
    assert _pair("[서평] 바다의 시간 / 박서윤") == ("바다의 시간", "박서윤")
    assert _pair("[리뷰] 겨울 정원 / 가브리엘 마르케스") == ("겨울 정원", "가브리엘 마르케스")
    assert _pair("灯台守の娘／ルーシー・グレイ【レビュー】") == ("灯台守の娘", "ルーシー・グレイ")
    assert _pair("【読書メモ】台所の窓／吉川 なつ") == ("台所の窓", "吉川なつ")


def test_labelled_slash_near_misses():
    assert labelled_slash("夜の図書館／森田ゆき") is None  # no label: a slash alone says nothing
    assert labelled_slash("【日記】東京／大阪") is None  # a diary's label, not a reading note's
    assert labelled_slash("【読書感想】夜の図書館／ネタバレあり") is None  # spoilers, no name
    assert labelled_slash("【読書感想】夜の図書館／2026年3月") is None  # a date
    assert labelled_slash("【読書感想】夜の図書館／上下巻まとめて") is None  # the volumes
    assert labelled_slash("[리뷰] 겨울 정원 / 강추") is None  # a recommendation
    assert labelled_slash("【読書感想】夜の図書館") is None  # no slash
    assert labelled_slash("【読書感想】春／夏／秋") is None  # a list, not "T／A"


_CARD = """<html><body><main>
<section class="{block}_card"><div class="{block}_info"><h2 class="{block}_title">{title}</h2>
<p class="{block}_author{hash}">{author}</p><p class="{block}_pub">Press · 2020</p></div></section>
<article><h1>A reader's own headline</h1><p>Some words about it.</p></article></main></body></html>"""


def test_css_module_book_card():
    page = load_html(_CARD.format(block="BookCard", title="바다의 시간", author="박서윤 지음", hash=""))
    book = from_card(page)
    assert (book.title, book.author) == ("바다의 시간", "박서윤")
    page = load_html(_CARD.format(block="ReviewBook", title="The Harbour Ledger", author="Mara Quell", hash="__x7Yz2"))
    book = from_card(page)
    assert (book.title, book.author) == ("The Harbour Ledger", "Mara Quell")


def test_css_module_card_near_misses():
    # a component not named for a book ("Bookmark", "Profile"): no book card
    assert from_card(load_html(_CARD.format(block="BookmarkList", title="Saved", author="Mara Quell", hash=""))) is None
    assert from_card(load_html(_CARD.format(block="Profile", title="Mara Quell", author="Mara Quell", hash=""))) is None


def test_record_line_dated_in_persian_figures():
    context = Context("رمان شهر باران … جمشیدی در این کتاب … جمشیدی", language="fa")
    line = "مشخصات کتاب: شهر باران، سیما جمشیدی، رمان، چاپ دوم ۱۴۰۱"
    assert from_bibliography([line], context) == ("شهر باران", "سیما جمشیدی")
    arabic = "بطاقة الكتاب: مدينة المطر، سلمى حداد، رواية، ١٤٤٠"
    assert from_bibliography([arabic], Context("حداد … حداد", language="ar")) == ("مدينة المطر", "سلمى حداد")


def test_persian_figures_near_misses():
    context = Context("جمشیدی … جمشیدی", language="fa")
    # a short count (a price, an issue number) is no year
    assert from_bibliography(["شهر باران، سیما جمشیدی، شماره ۱۲"], context) is None
    # a sentence that holds a year is no record
    assert from_bibliography(["سیما جمشیدی که در سال ۱۳۶۸ به دنیا آمد و از کودکی در کنار دریا زندگی کرد و نوشتن را در همان سال‌ها آغاز کرد"], context) is None
