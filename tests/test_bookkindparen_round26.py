"""bookkindparen: a title with its kind of book in brackets after it, "T (उपन्यास)", "T (роман)" (round 26, helper bookB)."""

from scraper.extract.book import Book
from scraper.extract.bookkindparen import kind_bracket


def _title(title: str, text: str) -> str:
    return kind_bracket(Book(title, "A"), text).title


def test_hindi_novel_in_brackets():
    text = "पुस्तक: धूप का घर (उपन्यास)\nयह उपन्यास छोटा है, पर इस उपन्यास की भाषा बहुत सधी हुई है।"
    assert _title("धूप का घर (उपन्यास)", text) == "धूप का घर"


def test_russian_novel_in_brackets():
    text = "Книга: Ледяной сад (роман). Этот роман читается медленно, но роман стоит того."
    assert _title("Ледяной сад (роман)", text) == "Ледяной сад"


def test_english_stories_in_brackets():
    text = "These stories are short. The best of the stories is the last one."
    assert _title("Glass Harbour (stories)", text) == "Glass Harbour"


def test_chinese_full_width_bracket():
    text = "《雾中的河》（小说）。这部小说写得很慢，小说的结尾让我想了很久。"
    assert _title("雾中的河（小说）", text) == "雾中的河"


def test_bracket_with_a_second_title_stays():
    # near miss: the bracket gives the title in another language; the text capitalises it inside a sentence
    text = "I read it as Leopard first, and the leopard of the title is the prince himself."
    assert _title("Il Gattopardo (Leopard)", text) == "Il Gattopardo (Leopard)"


def test_word_the_text_never_uses_stays():
    assert _title("Glass Harbour (Redux)", "A quiet book about a harbour.") == "Glass Harbour (Redux)"


def test_caseless_word_named_once_stays():
    # near miss: a script without capitals needs the word twice outside the title
    text = "धूप का घर (संस्करण) पढ़ा। संस्करण अच्छा है।"
    assert _title("धूप का घर (संस्करण)", text) == "धूप का घर (संस्करण)"


def test_year_or_numbered_bracket_is_not_a_kind():
    assert _title("Glass Harbour (2019)", "2019 2019 2019") == "Glass Harbour (2019)"
    assert _title("Glass Harbour (Book 2)", "book 2 book 2") == "Glass Harbour (Book 2)"


def test_no_book_no_change():
    assert kind_bracket(None, "text") is None
