"""A "read:" label opening a post title ("Gelesen: T von A", "Läst: T av A") is stripped like a review word, before a
colon only (book._REVIEW_WORD)."""

from scraper.extract.bookheadline import from_title


def _pair(title: str):
    book = from_title(title)
    return (book.title, book.author) if book else None


def test_read_labels_in_several_languages():
    assert _pair("Gelesen: Der stille Hafen von Jana Kessler") == ("Der stille Hafen", "Jana Kessler")
    assert _pair("Gelezen: De lange winter door Pieter Vos") == ("De lange winter", "Pieter Vos")
    assert _pair("Läst: Havets röst av Maja Lindqvist") == ("Havets röst", "Maja Lindqvist")
    assert _pair("Letto: Il faro spento di Lia Moretti") == ("Il faro spento", "Lia Moretti")


def test_near_miss_without_colon_or_inside_a_title():
    found = from_title("Gelesen im Urlaub: drei Bücher")
    assert found is None or not found.title.startswith("im Urlaub")
    found = from_title("Der Gelesene Brief von Jana Kessler")
    assert found is None or found.title == "Der Gelesene Brief"
