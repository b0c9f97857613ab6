"""Book shapes of round 26 (helper bookB): a Slavic review word with its preposition before a shop's product name
("Отзыв о Книга «T» - A", "Відгук про книгу «T»"), and a shop's kind-of-product word set off by a dash ("Livro - T")."""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
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


# --- after a review word, "T – a remark": the remark after the dash is the post's, not the title's -------------------

def test_english_review_title_with_a_remark_after_a_dash():
    book = from_title("Review: The Salt Meadow – a quiet triumph", _ctx("A novel about a meadow.", "en"))
    assert book.title == "The Salt Meadow" and book.author is None


def test_vietnamese_review_tag_title_with_a_remark():
    book = from_title("[Review] Mùa gió bấc trên đồi - một cuốn sách buồn mà đẹp", _ctx("Cuốn này đọc chậm.", "vi"))
    assert book.title == "Mùa gió bấc trên đồi"


def test_spanish_dash_before_a_capitalised_author_is_still_the_author():
    # near miss: the part after the dash opens with a capital (a name): the split stays "T – Author"
    book = from_title("Reseña: La casa del puerto — Elena Robledo", _ctx("Robledo escribe bien.", "es"))
    assert (book.title, book.author) == ("La casa del puerto", "Elena Robledo")


def test_hyphenated_title_is_not_split():
    # near miss: a hyphen inside a word is no dash between a title and a remark
    book = from_title("Review: Forty-one winters", _ctx("Winters.", "en"))
    assert book is None or book.title == "Forty-one winters"


# --- Vietnamese: a person named by a work's "của" or a writer's role (bookscripts.vi_cued) ---------------------------

from scraper.extract.bookscripts import vi_cued  # noqa: E402


def test_vietnamese_prose_of_a_writer():
    text = "Mình mua cuốn này ở Hà Nội. Giọng văn của Lê Minh Khuê rất gọn, đọc một lèo là hết."
    assert vi_cued(text, "Mùa gió bấc trên đồi", "[Review] Mùa gió bấc trên đồi - một cuốn sách buồn") == "Lê Minh Khuê"


def test_vietnamese_writer_role():
    text = "Tiểu thuyết của nhà văn Đỗ Hải Yến kể về một làng chài."
    assert vi_cued(text, "Làng chài", "Review sách: Làng chài") == "Đỗ Hải Yến"


def test_vietnamese_place_or_publisher_without_a_cue_is_no_author():
    # near miss: capitalised syllables of a place or a publisher, no "của" after a work noun, no writer's role
    text = "Mình mua từ hồi Nhã Nam mới in, mang theo đọc trên tàu ra Hà Nội."
    assert vi_cued(text, "Làng chài", "[Review] Làng chài") is None


def test_vietnamese_cue_needs_a_marked_or_named_title():
    # near miss: a headline that is a sentence of the post, never named in the text, is no title to pair a name with
    text = "Tôi mở lại cuốn tiểu thuyết của Lê Minh Khuê mà hồi trước chỉ đọc qua."
    assert vi_cued(text, "Đọc lại một cuốn sách cũ", "Đọc lại một cuốn sách cũ, và thấy mình trong đó") is None


def test_vietnamese_role_before_a_lower_case_word_is_no_name():
    assert vi_cued("Tác giả trẻ này viết rất gọn.", "Làng chài", "[Review] Làng chài") is None


def test_vietnamese_cue_opening_a_sentence():
    assert vi_cued("Hay lắm. Văn của Lê Minh Khuê gọn.", "Làng chài", "[Review] Làng chài") == "Lê Minh Khuê"
