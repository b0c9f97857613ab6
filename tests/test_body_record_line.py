"""scraper.extract.bodyfind.keep_record_lines: the post's own line of its book's record ("Book: T | Author: A |
Publisher: P | Pages: 96"), classed by its theme as a "meta" line, loses that class, for which trafilatura drops a
block: it is the review's text. Near misses: a byline, a post's filing line, prose with a colon keep their class.

Every snippet is invented for these tests, in our own words and markup."""

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.bodyfind import keep_record_lines


@pytest.mark.parametrize("line", [
    "Book: The Winter Keeper | Author: Edith Holloway | Publisher: Tideline | Pages: 240",
    "Titel: Der Winterwärter · Autorin: Edith Holloway · Verlag: Gezeitenverlag",
    "किताब: सर्दियों का पहरेदार | लेखक: अमित वर्मा | प्रकाशक: सागर प्रकाशन | पृष्ठ: 240",
    "Autor: Edith Holloway; Wydawnictwo: Przypływ; Stron: 240",
])
def test_a_record_line_classed_as_meta_loses_its_class(line):
    body = lxml.html.fromstring(f'<div class="story-body"><p class="book-meta">{line}</p><p>The review itself.</p></div>')
    assert keep_record_lines(body) == 1
    assert body.find("p").get("class") is None


@pytest.mark.parametrize("line", [
    "Author: Ana Ruiz · 12 March 2026",  # a byline: one label
    "Posted in: Reviews | Tags: winter, islands",  # the post's filing
    "She told me: the island keeps its own time | and I believed her",  # prose with a colon
])
def test_near_misses_keep_their_class(line):
    body = lxml.html.fromstring(f'<div class="story-body"><p class="entry-meta">{line}</p><p>The review itself.</p></div>')
    assert keep_record_lines(body) == 0
    assert body.find("p").get("class") == "entry-meta"


PROSE = ("The keeper's widow runs the light alone through one hard winter, and the island's few families drift in and out "
         "of her kitchen with gossip, soup and bad news from the mainland. ") * 4


def test_the_record_line_stays_in_the_extracted_review():
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Winter Keeper, reviewed | Harbour Times</title></head>
<body><div class="nav"><a href="/">Harbour Times</a></div><div class="article">
<h1>The Winter Keeper, reviewed</h1>
<div class="story-body"><p class="book-meta">Book: The Winter Keeper | Author: Edith Holloway | Publisher: Tideline | Pages: 240</p>
<p>{PROSE}</p><p>{PROSE}</p></div></div><footer>Harbour Times 2026</footer></body></html>"""
    record = extract_page(html, "https://harbourtimes.example/books/winter-keeper-review")
    assert "Publisher: Tideline" in record.body_text
