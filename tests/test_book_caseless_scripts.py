"""A labelled author in more scripts without capitals (Georgian, Ethiopic, Tamil with initials, Persian names joined by a
zero-width non-joiner), and a shop record's h1 "کتاب T" / "Книга T" without its product word when the breadcrumb names
T alone. Our own words and markup."""

from lxml import html

from scraper.extract.bookcaselessname import caseless_name
from scraper.extract.bookld import from_author_link


def test_caseless_names_of_more_scripts():
    assert caseless_name("ნანა გელაშვილი") == "ნანა გელაშვილი"  # Georgian
    assert caseless_name("ተስፋዬ ገብረ") == "ተስፋዬ ገብረ"  # Ethiopic
    assert caseless_name("க. ரா. முருகன்") == "க. ரா. முருகன்"  # Tamil, initials first
    assert caseless_name("محمد\u200cرضا کاظمی") == "محمد\u200cرضا کاظمی"  # Persian, joined by a ZWNJ


def test_near_miss_caseless_names():
    assert caseless_name("ნანა 1984 წელს") is None  # a figure: no name
    assert caseless_name("ნანა Gelashvili") is None  # two scripts
    assert caseless_name("ის წერს ძალიან ლამაზად და ბევრს ფიქრობს") is None  # a sentence: too many words


_RECORD = """<html><head><title>{title}</title></head><body><ol class="breadcrumb"><li><a href="/">{home}</a></li><li><a href="/c">{cat}</a></li>
<li class="active">{bare}</li></ol><div class="product"><h1>{word} {bare}</h1><div class="attrs"><span>{label}: <a href="/p/9">{name}</a></span>
<span>{pages}</span></div></div><div class="reviews"><p>{review}</p></div></body></html>"""


def _page(**kw):
    return html.fromstring(_RECORD.format(**kw))


def test_shop_record_title_without_product_word_persian():
    tree = _page(title="کتاب باغ انار | فروشگاه", home="خانه", cat="رمان", bare="باغ انار", word="کتاب", label="نویسنده",
                 name="مریم\u200cسادات نوری", pages="۲۱۰ صفحه", review="داستانی آرام دربارهٔ یک خانواده.")
    book = from_author_link(tree)
    assert (book.title, book.author) == ("باغ انار", "مریم\u200cسادات نوری")


def test_shop_record_title_without_product_word_russian():
    tree = _page(title="Книга Тихий сад | Магазин", home="Главная", cat="Проза", bare="Тихий сад", word="Книга", label="Автор",
                 name="Олег Сомов", pages="240 страниц", review="Спокойный роман о семье.")
    book = from_author_link(tree)
    assert (book.title, book.author) == ("Тихий сад", "Олег Сомов")


def test_near_miss_product_word_kept_when_never_named_alone():
    # no breadcrumb names the rest alone: "Книга перемен" may be the whole title
    tree = _page(title="Книга перемен | Магазин", home="Главная", cat="Проза", bare="", word="Книга перемен", label="Автор",
                 name="Олег Сомов", pages="240 страниц", review="Спокойный роман о семье.")
    book = from_author_link(tree)
    assert book.title == "Книга перемен"


_ROW = """<html><head><title>{h1} | Shop</title></head><body><div class="book"><h1>{h1}</h1><table class="props">
<tr><td>{label}</td><td><a href="/author/x-y">{name}</a></td></tr><tr><td>{pub_label}</td><td>{pub}</td></tr></table></div>
<div class="reviews"><p>{review}</p></div></body></html>"""


def test_author_row_labelled_in_tamil():
    tree = html.fromstring(_ROW.format(h1="கடல் காற்று", label="ஆசிரியர்", name="மு. ராமன்", pub_label="பதிப்பகம்", pub="நிலா",
                                       review="மெதுவான ஆனால் அழகான நாவல்."))
    book = from_author_link(tree)
    assert (book.title, book.author, book.source) == ("கடல் காற்று", "மு. ராமன்", "record")


def test_author_line_labelled_by_hebrew_maat():
    tree = html.fromstring("""<html><body><div class="product"><h1>בית על הגבעה</h1><h2 class="by">מאת: <a href="/Author/7">דנה לוי</a></h2>
    <div>הוצאה: כרמל · עמודים: 300</div></div><div class="reviews"><p>ספר שקט ויפה.</p></div></body></html>""")
    book = from_author_link(tree)
    assert (book.title, book.author) == ("בית על הגבעה", "דנה לוי")


def test_near_miss_dated_georgian_byline_is_no_author():
    # "ავტორი:" over a post with its date: the post's writer, not a book's author
    tree = html.fromstring("""<html><body><article><div class="head"><h1>ზამთრის კითხვა</h1><div class="meta"><span>ავტორი:
    <a href="/u/1">თამარ კაპანაძე</a></span> <time>02.12.2026</time></div></div><div class="content"><p>ტექსტი.</p></div></article></body></html>""")
    assert from_author_link(tree) is None
