"""A name with a Polynesian glottal stop letter opening one of its words (book40b): the ʻokina (U+02BB) that Hawaiian,
Tahitian ("ʻeta") and Tongan ("fakauʻa") write before a capital vowel, "Leilani ʻAkana Kealoha", is a name's word
like any capitalised word, in the headline "T – A" and in a record. Near misses: lower-case words with the letter
("ʻaʻole nō") are no name, nor a quote's opening mark before a capitalised phrase."""

import pytest

from scraper.extract.book import is_name
from scraper.extract.bookheadline import from_title


@pytest.mark.parametrize("name", [
    "Leilani ʻAkana Kealoha",       # Hawaiian
    "Teuira ʻŌmai Tetuanui",        # Tahitian
    "Sione ʻUluaki Fonua",          # Tongan
    "Kaimana Kealoha",              # no ʻokina: as before
])
def test_an_okina_opens_a_name_word(name):
    assert is_name(name)


@pytest.mark.parametrize("text", ["ʻaʻole nō", "ka ʻāina", "‘Great Expectations’ Revisited"])
def test_no_name(text):
    assert not is_name(text)


@pytest.mark.parametrize("headline, book", [
    ("Ka Moana by Leilani ʻAkana Kealoha", ("Ka Moana", "Leilani ʻAkana Kealoha")),
    ("The Reef by Sione ʻUluaki Fonua", ("The Reef", "Sione ʻUluaki Fonua")),
])
def test_the_headline_reads_the_name(headline, book):
    found = from_title(headline)
    assert found is not None and (found.title, found.author) == book
