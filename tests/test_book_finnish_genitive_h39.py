"""A Finnish review names the author in the genitive ("Kettun romaani"): that vouches for "Author: Title"."""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookfinnish import finnish_genitives


def test_forms():
    assert finnish_genitives("Waltari", "fi") == ["Waltarin"]
    assert finnish_genitives("Oksanen", "fi") == ["Oksasen"]
    assert finnish_genitives("Jansson", "fi-FI") == ["Janssonin"]
    assert "Rikan" in finnish_genitives("Rikka", "fi")


def test_author_colon_title_vouched_by_genitive():
    text = "Liisa Rikan uusi romaani jäi mieleen pitkäksi aikaa. Rikan kieli on karua ja kaunista."
    book = from_title("Liisa Rikka: Sumun saari", Context(text, (), "fi"))
    assert (book.title, book.author) == ("Sumun saari", "Liisa Rikka")


def test_author_colon_title_nen_surname():
    text = "Oskari Peltosen esikoinen on hiljainen kirja. Peltosen lauseet ovat lyhyitä."
    book = from_title("Oskari Peltonen: Jäinen järvi", Context(text, (), "fi"))
    assert (book.title, book.author) == ("Jäinen järvi", "Oskari Peltonen")


def test_near_miss_not_finnish():
    # an English page: "Rikan" is no genitive of "Rikka", nothing vouches for the name
    assert finnish_genitives("Rikka", "en") == []
    text = "Rikan is a town I loved. The harbour was quiet."
    book = from_title("Liisa Rikka: Sumun saari", Context(text, (), "en"))
    assert book is None or book.author != "Liisa Rikka"


def test_near_miss_finnish_text_not_naming_author():
    text = "Tämä kirja kertoo saaresta ja sumusta. Luin sen yhdessä illassa."
    book = from_title("Liisa Rikka: Sumun saari", Context(text, (), "fi"))
    assert book is None or book.author != "Liisa Rikka"
