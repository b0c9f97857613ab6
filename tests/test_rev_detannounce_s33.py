"""Misfires of the detannounce rules (the s33 review; own words and markup).

- A row of one pictograph closing a house's announcement is decoration, not a verdict that outweighs its lead
  (ratingemojirun.drawn_row, classify.Evidence.drawn); a short review closing on its row keeps it.
- Newspaper dots close a record line ("A – T. Roman, 480 blz. ●●●●○"), not a progress bar or a closing remark.
- A given name before a middle initial is no opening verb ("Mildred D. Taylor's novel", bookopeningverb).
- "I was sent a copy of … by the publisher" names a book's copy, sent by the house or the author itself: not a press
  release's copy, nor one from the author's sister (copywords).
- A Micro.blog shelf link named for a book ("T by A") is the review's own line of its book (tailpointer).
- Bulgarian/Macedonian "„T“ на A": "на" is also "at"; the text must name the person again (bookquotedby).
"""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookclues import possessor
from scraper.extract.bookheadline import from_title
from scraper.extract.notes import disclosure_in
from scraper.extract.rating import find_rating
from scraper.extract.tailpointer import tail_pointer

_NEWS = ["We are delighted to announce that The Salt Orchard by Nell Ardagh will be published by Tidemark Press on 4 May.",
         "Nell Ardagh's debut follows two sisters who inherit a flooded orchard and try to bring it back from the sea.",
         "Pre-orders open next week at all good bookshops, and signed copies will be sold on our own site."]


@pytest.mark.parametrize("row", ["📚📚📚", "🌊🌊🌊🌊"])
def test_row_closing_an_announcement_is_no_verdict(row):
    html = ("<html lang='en'><head><title>Coming in May: The Salt Orchard</title></head><body><article>"
            "<h1>Coming in May: The Salt Orchard</h1><div class='entry-content'>"
            + "".join(f"<p>{p}</p>" for p in _NEWS) + f"<p>{row}</p></div></article></body></html>")
    record = extract_page(html, "https://tidemarkpress.example.com/news/salt-orchard/")
    assert not record.is_review and record.rating is None


_PROSE = [
    "The novel follows a ferry pilot on a northern lake who keeps a ledger of every stranger she carries across.",
    "Its chapters are short and exact, and the winter crossings in the middle are the best writing I have read all year.",
]


@pytest.mark.parametrize("line", [
    "Part 4 of 5 done. ●●●●○",  # a progress bar
    "Reading progress: chapter three of five. ●●●○○",
    "That is all for today. ● ● ● ● ●",  # a closing ornament
])
def test_dots_after_no_record_are_no_score(line):
    assert find_rating([*_PROSE, line]) is None


def test_dots_after_a_record_still_score():
    rating = find_rating([*_PROSE, "Thomas Veld – De winterhaven. Roman, ca. 480 blz. ●●●●○"])
    assert rating is not None and rating.value == 0.8


@pytest.mark.parametrize("line, name", [
    ("Mildred D. Taylor's novel about the Logan family is one I come back to every few years.", "Mildred D. Taylor"),
    ("Sterling A. Brown's poems were my way into the whole Harlem period, years ago at school.", "Sterling A. Brown"),
])
def test_given_name_before_an_initial_stays(line, name):
    assert possessor([line], Context(line, (), "en")) == name


@pytest.mark.parametrize("sentence", [
    "I was sent a copy of the press release by the publisher, so here it is in full.",
    "I was sent a copy of the cover by the publisher weeks ago and have been dying to share it.",
    "I was given a copy of her first novel by the author's sister, who lives down the road.",
])
def test_copies_that_are_no_review_copy(sentence):
    assert disclosure_in(sentence) is None


@pytest.mark.parametrize("sentence", [
    "I was sent a copy of The Salt Orchard by the publisher.",
    "I was sent a copy of this lovely little book by the publisher.",
])
def test_book_copies_still_disclosed(sentence):
    assert disclosure_in(sentence) == sentence


def test_shelf_link_naming_the_book_is_the_reviews_line():
    line = ("<p>Finished reading this one today: <a href='/bookshelves/finished/'>Letters Never Posted by Tomas Greer"
            "</a></p>")
    assert not tail_pointer(lhtml.fragment_fromstring(line), "gullnotes.example.blog")


_BG = "Гледахме представлението в събота и залата беше пълна. Декорите бяха нови, а оркестърът свири чисто."


@pytest.mark.parametrize("headline", ["„Лешникотрошачката“ на Стара Загора", "„Хамлет“ на Театър София"])
def test_na_before_a_name_the_text_never_says(headline):
    book = from_title(headline, Context(_BG, (), "bg"))
    assert book is None or book.author is None

