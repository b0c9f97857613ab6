"""A shop heading that glues its brand or publisher (the h1's leading link) before the book's title: the title is the
part after it that the page's own title or an image's alt text echoes (bookbrand.py, bookB13); near misses: a heading
in one run, a heading echoed whole, a brand the echo names too, no echo, a link that is part of the title."""

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookbrand import unbranded


def _tree(h1: str) -> object:
    return lxml_html.fromstring(f"<html><body><div class='product'><h1>{h1}</h1><button>Sepete ekle</button></div></body></html>")


def _book(title: str, author: str = "Ayşe Demir") -> Book:
    return Book(title, author, source="title")


def test_turkish_publisher_link_before_the_title_echoed_by_the_page_title():
    tree = _tree("<a href='/deniz-kitap'>Deniz Kitap Evi</a> <span>Sessiz Liman - Ayşe Demir</span>")
    found = unbranded(_book("Deniz Kitap Evi Sessiz Liman"), "Deniz Kitap Evi Sessiz Liman - Ayşe Demir",
                      ["Sessiz Liman - Ayşe Demir Yorumları - Dükkan"], [], tree)
    assert (found.title, found.author) == ("Sessiz Liman", "Ayşe Demir")


def test_polish_brand_echoed_by_the_cover_alt_and_a_cyrillic_one():
    tree = _tree("<a href='/znak'>Znak</a> Dom nad rzeką – Jan Wiśniewski")
    found = unbranded(_book("Znak Dom nad rzeką", "Jan Wiśniewski"), "Znak Dom nad rzeką – Jan Wiśniewski", ["Sklep"], ["Dom nad rzeką"], tree)
    assert found.title == "Dom nad rzeką"
    tree = _tree("<a href='/eksmo'>Эксмо</a> <b>Тихая река — Иван Соколов</b>")
    found = unbranded(_book("Эксмо Тихая река", "Иван Соколов"), "Эксмо Тихая река — Иван Соколов", ["Тихая река — купить книгу"], [], tree)
    assert found.title == "Тихая река"


def test_near_misses():
    heading = "Deniz Kitap Evi Sessiz Liman - Ayşe Demir"
    book = _book("Deniz Kitap Evi Sessiz Liman")
    # the heading is one run of text: no brand glued on, whatever the page's title says
    assert unbranded(book, heading, ["Sessiz Liman - Ayşe Demir"], [], _tree(heading)) is book
    linked = _tree("<a href='/deniz-kitap'>Deniz Kitap Evi</a> Sessiz Liman - Ayşe Demir")
    # the page's title repeats the heading whole, or names the brand too
    assert unbranded(book, heading, ["Deniz Kitap Evi Sessiz Liman - Ayşe Demir | Blog"], [], linked) is book
    assert unbranded(book, heading, ["Sessiz Liman - Deniz Kitap Evi"], [], linked) is book
    # no echo of the rest
    assert unbranded(book, heading, ["Dükkan"], ["logo"], linked) is book
    # a heading's link that is part of the title ("<a>Reading</a> Sessiz Liman again")
    book = _book("Reading Sessiz Liman again")
    assert unbranded(book, "Reading Sessiz Liman again", ["Reading Sessiz Liman again | Blog"], [],
                     _tree("<a href='/tag/reading'>Reading</a> Sessiz Liman again")) is book
    assert unbranded(None, "x", ["y"], [], linked) is None


_PAGE = """<html lang="tr"><head><title>Sessiz Liman - Ayşe Demir Yorumları - Dükkan</title></head><body>
<header><a href="/">Dükkan</a></header><main>
<div class="product-info"><img src="/c.jpg" alt="Sessiz Liman"><h1><a href="/deniz-kitap-evi">Deniz Kitap Evi</a> <span>Sessiz Liman - Ayşe Demir</span></h1>
<div class="price"><span>120,00 TL</span> <button>Sepete Ekle</button></div></div>
<section class="reviews"><div class="review"><span class="user">M** K**</span> <time>2 Mart 2026</time>
<div class="review-text"><p>Küçük bir kasabada geçen, sessiz ama derin bir roman. Demir karakterlerini çok iyi tanıtıyor; özellikle yaşlı
balıkçının bölümleri beni çok etkiledi ve bir akşamda bitirdim. Kasabanın kışı, limandaki tekneler, kahvehanedeki
konuşmalar gözümün önünde canlandı. Anlatıcının kardeşiyle olan kırgınlığı kitabın en güçlü yanı bence, çünkü hiçbir
şey açıkça söylenmiyor ama her şey hissediliyor. Sonu biraz aceleye gelmiş gibi ama yine de herkese, özellikle kış
akşamları yavaş okumayı sevenlere tavsiye ederim. Benden 5 üzerinden 4.</p></div></div>
<div class="review"><span class="user">S** T**</span> <time>1 Mart 2026</time><div class="review-text"><p>Kargo hızlıydı.</p></div></div></section></main>
</body></html>"""


def test_whole_page():
    record = extract_page(_PAGE, "https://dukkan.example/deniz-kitap-evi/sessiz-liman-ayse-demir-p-1/yorumlar")
    assert record.is_review and (record.book_title, record.book_author) == ("Sessiz Liman", "Ayşe Demir")


# a shop's product heading that gives the title in two scripts: the one the review is written in (bookbrand.in_page_script)
from scraper.extract.bookbrand import in_page_script  # noqa: E402


def test_title_in_the_review_script_nepali_and_russian():
    heading = "Sagar Tira (Nepali) - सागर तीर - Rita Thapa"
    book = Book("Sagar Tira (Nepali)", "Rita Thapa", source="title")
    assert in_page_script(book, heading, "धेरै राम्रो किताब, सागरको कथा मन पर्यो।", heading).title == "सागर तीर"
    heading = "Tikhaya reka - Тихая река - Ivan Sokolov"
    book = Book("Tikhaya reka", "Ivan Sokolov", source="title")
    assert in_page_script(book, heading, "Очень хорошая книга, читала два вечера.", heading).title == "Тихая река"


def test_title_in_the_review_script_near_misses():
    heading = "Sagar Tira (Nepali) - सागर तीर - Rita Thapa"
    book = Book("Sagar Tira (Nepali)", "Rita Thapa", source="title")
    # no product page (a blog's "A - T - Blog name"), or a review in the title's own script
    assert in_page_script(book, heading, "धेरै राम्रो किताब।", None) is book
    assert in_page_script(book, heading, "A lovely book about the sea.", heading) is book
    blog = "Кормак Маккарти - The Road - Книжный блог"
    road = Book("The Road", "Кормак Маккарти", source="title")
    assert in_page_script(road, blog, "Очень мрачная книга.", None) is road
    # no author read: the part beside the title may be the author's name in the review's script
    road = Book("The Road", None, source="title")
    assert in_page_script(road, "The Road - Кормак Маккарти - Азбука", "Очень мрачная книга.", "The Road - Кормак Маккарти - Азбука") is road
    # the part beside it is the author's name in the review's script
    heading = "Sagar Tira - रीता थापा"
    book = Book("Sagar Tira", "रीता थापा", source="title")
    assert in_page_script(book, heading, "धेरै राम्रो किताब।", heading) is book
