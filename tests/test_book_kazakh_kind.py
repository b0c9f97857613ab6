"""Names in the Cyrillic letters of Kazakh, Tatar, Belarusian (Ә, Ұ, Қ, Ө, Ү, Ў …) are names; a shop's "Авторы:" row
labels the author; a title's one-word tail naming the kind of book, which the review uses as a common noun in lower
case, is no part of the title (book.py, bookinfo.py, bookbrand.kind_tail, bookB13); near misses: a tail the review
writes with its capital, a tail it never uses, two words after the stop."""

from lxml import html as lxml_html

from scraper.extract.book import Book, is_name
from scraper.extract.bookbrand import kind_tail
from scraper.extract.bookld import from_author_link


def test_kazakh_and_tatar_names():
    assert is_name("Әлия Нұрланова") and is_name("Өмір Қасымов") and is_name("Ўладзімір Караткевіч")
    assert not is_name("Әлия")  # (one word: no name)


def test_kazakh_shop_row():
    tree = lxml_html.fromstring("""<html lang="kk"><body><div class="product-info"><h1><span>Дала әні</span></h1>
<div class="attr author"><strong>Авторы:</strong> <div class="value">Әлия Нұрланова</div></div>
<div class="price"><span>4 200 ₸</span></div><button>Себетке қосу</button></div>
<ol class="reviews"><li><p>Жақсы кітап, Нұрланова тамаша жазады.</p></li></ol></body></html>""")
    book = from_author_link(tree)
    assert book is not None and (book.title, book.author) == ("Дала әні", "Әлия Нұрланова")


def _title(title: str, text: str) -> str:
    return kind_tail(Book(title, "A B", source="record"), text).title


def test_kind_tail_kazakh_polish_english():
    assert _title("Дала әні. Трилогия", "Бұл трилогияны бала кезден білемін.") == "Дала әні"
    assert _title("Dom nad rzeką. Opowiadania", "Te opowiadania są krótkie, a opowiadanie pierwsze najlepsze.") == "Dom nad rzeką"
    assert _title("Harbour Lights: Stories", "Twelve short stories about a port.") == "Harbour Lights"


def test_kind_tail_near_misses():
    # German capitalises every noun: a tail the review writes with its capital inside a sentence stays
    assert _title("Der stille Hof. Erzählungen", "Ich mochte die erste Erzählung nicht, die erzählungen danach schon.") \
        == "Der stille Hof. Erzählungen"
    # the review writes the word with its capital mid-sentence: a part of the title (a name, a place)
    assert _title("Solaris. Eden", "I liked how Eden and the eden of the myth differ.") == "Solaris. Eden"
    # the review never uses it; two words after the stop; no stop at all
    assert _title("Дала әні. Трилогия", "Жақсы кітап.") == "Дала әні. Трилогия"
    assert _title("Harbour Lights: New Stories", "new stories about a port") == "Harbour Lights: New Stories"
    assert _title("Трилогия", "трилогия") == "Трилогия"
