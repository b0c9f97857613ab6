"""georgian_genitive: the author in the genitive before a quoted title (or before a book noun in a headline that quotes
the title), given back in the nominative. Our own words."""

from scraper.extract.book import Context
from scraper.extract.bookgeorgian import georgian_genitive, nominative

TEXT = "ნანა ბერიძის „მთის სახლი“ ზამთარში წავიკითხე. რომანი მშვიდია და ლამაზი."


def test_nominatives():
    assert nominative("ჯაფარიძის") == "ჯაფარიძე"
    assert nominative("კაკაბაძის") == "კაკაბაძე"
    assert nominative("გელაშვილის") == "გელაშვილი"
    assert nominative("გამსახურდიას") == "გამსახურდია"


def test_genitive_before_quoted_title_in_the_text():
    headline = "„მთის სახლი“ — რომანი, რომელიც ზამთარს გიხსენებს"
    assert georgian_genitive(headline, TEXT.split(". "), Context(TEXT)) == ("მთის სახლი", "ნანა ბერიძე")


def test_genitive_before_book_noun_in_the_headline():
    text = "ეს რომანი ზამთარში წავიკითხე და ძალიან მომეწონა."
    headline = "„ქარის ქალაქი“ — გიორგი გელაშვილის რომანი, რომელიც არ ბერდება"
    assert georgian_genitive(headline, [text], Context(text)) == ("ქარის ქალაქი", "გიორგი გელაშვილი")


def test_near_misses():
    # the quoted title neither in the headline nor named twice: someone's words, not the book
    text = "ნანა ბერიძის „ძალიან ცივა“ ყველამ გაიგო. წიგნი კი სხვაა."
    assert georgian_genitive("ზამთრის კითხვა", [text], Context(text)) is None
    # two books by two owners: no telling
    text = "ნანა ბერიძის „მთის სახლი“ და გიორგი გელაშვილის „ქარის ქალაქი“ — ორივე „მთის სახლი“ და „ქარის ქალაქი“ ლამაზია."
    assert georgian_genitive("ორი რომანი", [text], Context(text)) is None
