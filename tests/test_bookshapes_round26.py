"""Book shapes of round 26 (helper bookB): a Slavic review word with its preposition before a shop's product name
("Отзыв о Книга «T» - A", "Відгук про книгу «T»"), and a shop's kind-of-product word set off by a dash ("Livro - T")."""

from scraper.extract.book import Context, from_title
from scraper.extract.booktitles import product_word


def _ctx(text: str, language: str) -> Context:
    return Context(text, (), language)


# --- a review word with its preposition: "Отзыв о …", "Відгук про …" -------------------------------------------------

def test_russian_review_of_a_shop_product_name():
    book = from_title('Отзыв о Книга "Северный ветер" - Пётр Лаврентьев', _ctx("Лаврентьев пишет сухо.", "ru"))
    assert (book.title, book.author) == ("Северный ветер", "Пётр Лаврентьев")


def test_russian_review_about_the_book_quoted():
    book = from_title("Отзыв о книге «Соляная дорога»", _ctx("Роман о дороге.", "ru"))
    assert book.title == "Соляная дорога" and book.author is None


def test_ukrainian_review_about_the_book_with_author():
    book = from_title("Відгук про книгу «Тиха вода» — Мирослава Ткачук", _ctx("Ткачук пише тепло.", "uk"))
    assert (book.title, book.author) == ("Тиха вода", "Мирослава Ткачук")


def test_review_word_with_preposition_before_a_lower_case_remark_names_no_book():
    # near miss: "a review of a trip", "a review of everything": no title after the preposition
    assert from_title("Отзыв о поездке в Казань", _ctx("Казань.", "ru")) is None
    assert from_title("Обзор новинок месяца", _ctx("Новинки.", "ru")) is None


def test_preposition_is_a_word_not_a_prefix():
    # near miss: "обо" is not "об" + a title's "о"
    book = from_title("Отзыв обо всём", _ctx("Всё.", "ru"))
    assert book is None or not book.title.startswith("о ")


# --- a shop's kind-of-product word set off by a dash: "Livro - T" ----------------------------------------------------

def test_portuguese_product_word_and_dash():
    page = "Livro - Areia Branca  Areia Branca  capa de Areia Branca"
    assert product_word("Livro - Areia Branca", page) == "Areia Branca"


def test_russian_product_word_and_colon():
    page = "Книга: Тихий берег. Обложка: Тихий берег. Тихий берег"
    assert product_word("Книга: Тихий берег", page) == "Тихий берег"


def test_dash_product_word_kept_when_the_page_names_the_title_only_whole():
    # near miss: the page never names the rest on its own ("E-book - Journal" could be the title itself)
    page = "E-book - Journal of a Year. E-book - Journal of a Year"
    assert product_word("E-book - Journal of a Year", page) == "E-book - Journal of a Year"


def test_title_that_merely_begins_with_the_word_is_kept():
    # near miss: "Livros" (plural, part of the title) is no product word followed by a separator
    assert product_word("Livros-fantasma", "Livros-fantasma Livros-fantasma") == "Livros-fantasma"
