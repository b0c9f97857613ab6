"""An author's surname read in a case ending, given back in the base form the post's other forms of it share
(bookcase.py, bookB13): Albanian, Finnish, Estonian; near misses: a surname the post says on its own, a consonant stem
never said bare, Cyrillic, a longer word that only starts like the surname."""

from scraper.extract.book import Book
from scraper.extract.bookcase import base_form


def _author(author: str, text: str) -> str:
    return base_form(Book("T", author, source="title"), text).author


def test_albanian_finnish_estonian():
    # Albanian: the genitive "Tomorrit", its base "Tomorri" said bare
    assert _author("Arben Tomorrit", "Libri i Arben Tomorrit. Tomorri shkruan bukur, dhe Tomorrin e dua.") == "Arben Tomorri"
    # a vowel-final base never said bare: what the forms share ("Kelmendisë", "Kelmendia" → "Kelmendi")
    assert _author("Ilir Kelmendisë", "romani i Ilir Kelmendisë. Kelmendia rrëfen qetë.") == "Ilir Kelmendi"
    # Finnish: the genitive "Kallion", other cases "Kalliota", "Kalliolla": the base "Kallio"
    assert _author("Sara Kallion", "Sara Kallion romaani. Kalliota luin koko kesän, ja Kalliolla on tyyli.") == "Sara Kallio"
    # Estonian: "Mati Unti" said bare once
    assert _author("Mati Undi", "Undi romaan. Unt kirjutab.") == "Mati Undi"  # (no shared stem of three letters and more)


def test_near_misses():
    # the surname said on its own: it is the base ("Williams"), whatever "William" is
    assert _author("John Williams", "Stoner by John Williams. William Stoner is a farm boy. Williams writes plainly.") == "John Williams"
    # a stem that ends with a consonant and is never said bare may be cut short ("Fisht" of "Fishtës", "Fishtën")
    assert _author("Gjergj Fishtës", "vepra e Gjergj Fishtës. Fishtën e lexova.") == "Gjergj Fishtës"
    # Cyrillic replaces endings (bookgenitive reads those)
    assert _author("Лев Толстого", "роман Лев Толстого. Толстому было сорок.") == "Лев Толстого"
    # no other form at all, or only a longer word that starts like it
    assert _author("Ilir Kelmendisë", "romani i Ilir Kelmendisë.") == "Ilir Kelmendisë"
    assert _author("Anna Marchetti", "Anna Marchetti. The Marchettiana collection.") == "Anna Marchetti"
