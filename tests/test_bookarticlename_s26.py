"""An Arabic or Berber name's article ("Najat El Hachmi") after a quoted title and its "by"
(bookheadline.quoted_title)."""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title


def _read(headline, text="El Saadawi, El Baz, Al Aswany, El-Yazami, El País and El Greco write."):
    book = from_title(headline, Context(text))
    return (book.title, book.author) if book else (None, None)


def test_french_spanish_english_by_shapes():
    assert _read("« Sable et sel » de Nawal El Saadawi") == ("Sable et sel", "Nawal El Saadawi")
    assert _read("Reseña: «La casa del río», de Mohamed El Baz") == ("La casa del río", "Mohamed El Baz")
    assert _read("‘The Yacoubian Rooms’ by Alaa Al Aswany — some thoughts") == ("The Yacoubian Rooms", "Alaa Al Aswany")


def test_hyphenated_article():
    assert _read("“Les jours” de Driss El-Yazami") == ("Les jours", "Driss El-Yazami")


def test_an_article_opening_what_follows_is_no_name():
    # a newspaper after "de": "El" first is an article, no given name before it
    assert _read("«El verano», de El País")[1] is None
    assert _read("‘Toledo at Dusk’ by El Greco")[1] is None


def test_no_quoted_title_no_reading():
    # an unquoted title-cased headline: the article is not read as a name's
    book = from_title("Viaje Al Fondo del Mar")
    assert book is None or book.author is None
