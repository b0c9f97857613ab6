"""A post whose URL names its book "title-author": the title one of its tags, the author a full name the text gives."""

from scraper.extract.book import Context
from scraper.extract.bookslugtag import slugged_tag_book

BG_TEXT = "Романът на Велина Костова лежа у нас години наред. Костова пише за морето като за човек."
EN_TEXT = "I picked up Ada Berg's novel in a harbour bookshop. Berg writes salt and rope like nobody else."


def test_bulgarian_tag_and_name_transliterated_in_slug():
    url = "https://moiat.blog.example.bg/knigi/2025/03/02/solnitsa-velina-kostova.55121"
    assert slugged_tag_book(["Солница", "роман", "Варна"], url, Context(BG_TEXT)) == ("Солница", "Велина Костова")


def test_english_name_then_tag_in_slug():
    url = "https://harbourreads.example.com/2024/ada-berg-the-salt-ledger/"
    assert slugged_tag_book(["The Salt Ledger", "Fiction"], url, Context(EN_TEXT)) == ("The Salt Ledger", "Ada Berg")


def test_near_miss_slug_names_only_the_author():
    url = "https://moiat.blog.example.bg/knigi/2025/03/02/velina-kostova-interview.55121"
    assert slugged_tag_book(["Солница", "роман"], url, Context(BG_TEXT)) is None


def test_near_miss_tag_and_name_apart_in_slug():
    # the slug names the tag and the author, but not side by side: a phrase of the post, not "title-author"
    url = "https://harbourreads.example.com/2024/the-salt-ledger-and-more-from-ada-berg/"
    assert slugged_tag_book(["The Salt Ledger"], url, Context(EN_TEXT)) is None


def test_near_miss_name_not_in_text():
    url = "https://harbourreads.example.com/2024/the-salt-ledger-ada-berg/"
    assert slugged_tag_book(["The Salt Ledger"], url, Context("A quiet book about a harbour.")) is None
