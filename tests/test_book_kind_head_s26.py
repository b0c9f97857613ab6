"""bookbrand.kind_head: a title read with the word for a novel in front ("Novel T", "Powieść T", "Роман T", "Novela
T"), which the review itself uses as a common noun in lower case and never writes together with the title: the title
without it. Texts invented for these tests, in our own words."""

from __future__ import annotations

from scraper.extract.book import Book
from scraper.extract.bookbrand import kind_head


def _title(title: str, text: str, headline: str | None = None) -> str:
    return kind_head(Book(title, "Ana Ruiz", source="title"), text, headline).title


def test_kind_word_before_the_title_goes_in_four_languages():
    assert _title("Powieść Dom nad jeziorem", "Ta powieść długo we mnie zostanie. Autorka pisze spokojnie.") \
        == "Dom nad jeziorem"
    assert _title("Роман Тихая гавань", "Этот роман я прочитала за два вечера. Герои живут у моря.") == "Тихая гавань"
    assert _title("Novela La casa del faro", "Esta novela me acompañó todo el verano. La autora escribe con calma.") \
        == "La casa del faro"
    assert _title("Romaan Vaikne sadam", "Selle romaani lugesin kahe õhtuga. See romaan räägib sadamast.") \
        == "Vaikne sadam"


def test_near_misses_keep_the_title():
    # the review writes the title whole, its first word with it: the word is the title's own
    assert _title("Novel Without Ending", "I loved Novel Without Ending more than her first novel.") \
        == "Novel Without Ending"
    # German capitalises every noun: no lower-case use, the word stays
    assert _title("Roman Felder", "Der Roman spielt in einem Dorf. Felder ist ein alter Bauer.") == "Roman Felder"
    # the headline quotes the title with the word in it
    assert _title("Novela Negra", "Esta novela es breve.", "Reseña: «Novela Negra» de Ana Ruiz") == "Novela Negra"
    # a title opening on the word for a book (a title's own as often: "Book Lovers", Welsh "Llyfr …", "The Blue Book")
    assert _title("Book Lovers", "This book made me laugh on the train.") == "Book Lovers"
    assert _title("Llyfr Coch Hafod", "Mae'r llyfr yn fyr. Darllenais y llyfr mewn noson.") == "Llyfr Coch Hafod"
    assert _title("Buku Harian Senja", "Saya membaca buku ini dalam dua malam.") == "Buku Harian Senja"
    # a lower-case kind word followed by a lower-case rest is no title with a kind in front
    assert _title("Roman de gare", "Ce roman se lit vite.") == "Roman de gare"
    assert kind_head(None, "text", None) is None
