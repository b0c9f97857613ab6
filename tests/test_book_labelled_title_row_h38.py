"""A paper's review whose headline is the article's (a tagline, no title) over a record row that labels both the book
and its author ("Book: T | Author: A | Publisher: P | Price: …", "पुस्तक: T | लेखक: A | …"), in a box with a price and a
button (share, comment) that reads like a shop's product box: the book's title is the one the row labels, not the h1
(``bookshoprow.labelled_row``). Near misses: a shop's product page whose row labels only the author keeps its h1 as the
title; a row that labels two titles gives no title from the row.

Every line here is invented for these tests (invented books, people and houses, in our own words).
"""

from lxml import html

from scraper.extract.bookshoprow import labelled_row


def _page(h1, row):
    return html.fromstring(f"""<html><body><main><article class="story">
    <h1>{h1}</h1>
    <div class="story-body"><p><strong>{row}</strong></p>
    <p>Some lines of the review.</p></div>
    <div class="comments"><textarea></textarea><button>Send</button></div>
    </article></main></body></html>""")


def test_a_row_labelling_the_book_and_its_author_gives_the_book():
    tree = _page("गाँव लौटते एक पिता की कहानी", "पुस्तक: नदी के उस पार | लेखक: रमाकांत वर्मा | प्रकाशक: सरल प्रकाशन | मूल्य: ₹ 250")
    assert labelled_row(tree) == ("नदी के उस पार", "रमाकांत वर्मा")
    tree = _page("A quiet portrait of a harbour town", "Book: The Tide Ledger | Author: Mira Holt | Publisher: Gannet Press | Price: £14.99")
    assert labelled_row(tree) == ("The Tide Ledger", "Mira Holt")


def test_near_miss_a_product_row_with_the_author_only_keeps_the_h1():
    tree = _page("The Tide Ledger", "Author: Mira Holt | Publisher: Gannet Press | Price: £14.99")
    assert labelled_row(tree) == ("The Tide Ledger", "Mira Holt")


def test_near_miss_two_labelled_titles_give_the_h1():
    tree = _page("The Tide Ledger", "Title: The Tide Ledger | Book: Second Edition | Author: Mira Holt | Price: £14.99")
    assert labelled_row(tree) == ("The Tide Ledger", "Mira Holt")
