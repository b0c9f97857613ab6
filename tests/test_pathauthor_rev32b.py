"""wikihost.host_names (rev32b): a blog that files its posts by author ("/given-family/title-review/") names a person
in the path's first segment, not a publication, where the text calls that person by the family name alone, as a
review calls its author, at least twice. A publication's name ("/marsh-lantern/archive/…") the page writes whole, in
its masthead or sign-off, and stays a name that is no author. Our own words and markup.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.wikihost import host_names

TEXT = "Okonkwo-Reyes returns to the delta. Only Okonkwo-Reyes could make a flood this tender."


def test_an_author_filed_segment_the_text_calls_by_family_name_is_no_publication():
    for url, text in (
        ("https://shelfnotes.example/margit-lindqvist/the-salt-house-review/",
         "Lindqvist writes cold, clear prose. Lindqvist never explains too much."),
        ("https://shelfnotes.example/ana-maria-duarte/o-rio-lento/", "Duarte escreve devagar, e Duarte acerta."),
        ("https://shelfnotes.example/jonas-berg/vinterhavet/", "Berg skriver kallt. Berg vet vad han gör."),
    ):
        assert host_names(url, "", text) == ("shelfnotes",), url


def test_a_publication_segment_stays_a_name_that_is_no_author():
    text = "Welcome to Marsh Lantern. This week's book kept me up. Marsh Lantern is reader-supported."
    assert host_names("https://letters.example.com/marsh-lantern/archive/issue-12/", "", text)[-1] == "marsh-lantern"
    # (the family part said once, at a sentence's start, is not yet a person)
    text = "Parlour readers get every review first in our app."
    assert host_names("https://news.example/harbour-parlour/books/a-story-1234.html", "", text) == ("harbour-parlour",)


def test_an_author_category_page_keeps_its_book():
    paras = ("<p>Lindqvist returns to the archipelago with a confidence only Lindqvist could manage; the prose is "
             "spare and the island is drawn with love. I read it in two evenings and kept thinking about the "
             "ferryman's daughter for days afterwards.</p><p>The book moves between three summers, and each voice is "
             "distinct. The dialogue is sharp, the weather is a character of its own, and the small cruelties of "
             "island life are never softened. Some readers will find the pace slow; I found it patient.</p>"
             "<p>The middle drags a little, but the ending earns its silence. Four stars out of five.</p>")
    html = ("<html lang='en'><head><meta charset='utf-8'><title>The Salt House | Margit Lindqvist</title></head><body>"
            "<article><h1 class='entry-title'>The Salt House</h1>"
            f"<div class='entry-content'>{paras}</div></article></body></html>")
    record = extract_page(html, "https://shelfnotes.example/margit-lindqvist/the-salt-house-review/")
    assert (record.book_title, record.book_author) == ("The Salt House", "Margit Lindqvist")
