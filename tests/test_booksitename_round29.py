"""Round 29 (DETBOOK3): a page title's closing site name ("… | Sitename Hindi") is no book's author though a review
prefix lets the title be read as "T | A" (booksitename.site_worded, used by bookheadline.from_title): the name holds the
host's own word and the text never names its last word.

Every text here is invented for these tests (invented books, people and sites, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.booksitename import site_worded

HI_TEXT = "यह उपन्यास एक पुराने कस्बे की कहानी कहता है। लेखिका ने हर पात्र को धीरज से गढ़ा है।"


def test_a_hindi_headline_ending_on_the_sites_name():
    book = from_title("पुस्तक समीक्षा : नदी के उस पार का गाँव | Kathaloka Hindi", Context(HI_TEXT, ("kathaloka", "example")))
    assert book is not None and book.title == "नदी के उस पार का गाँव" and book.author is None


def test_a_russian_headline_ending_on_the_sites_section():
    text = "Роман о маленьком городе, где всё решают соседи. Читается легко."
    book = from_title("Рецензия: Дом у реки | Knigovik Books", Context(text, ("knigovik", "example")))
    assert book is not None and book.title == "Дом у реки" and book.author is None


def test_near_misses_the_author_stays():
    # a writer who shares a word with the host, named by surname in the text
    text = "Marta Tolstoy writes quietly. Tolstoy lets each scene breathe."
    book = from_title("Review: The Winter Orchard | Marta Tolstoy", Context(text, ("tolstoy", "example")))
    assert book is not None and book.author == "Marta Tolstoy"
    # no host word in the name
    text = "Ilse Brandt erzählt ruhig, und Brandt nimmt sich Zeit."
    book = from_title("Rezension: Das stille Haus | Ilse Brandt", Context(text, ("leselampe", "example")))
    assert book is not None and book.author == "Ilse Brandt"


def test_site_worded_itself():
    assert site_worded("Kathaloka Hindi", ("kathaloka",), "कहानी")
    assert not site_worded("Kathaloka", ("kathaloka",), "कहानी")  # one word: the plain check's business
    assert not site_worded("Kathaloka Hindi", ("kathaloka",), "Read more on Hindi pages")  # the text names it
    assert not site_worded("Anna Karlsson", ("Anna", "reads"), "text")  # short single names are no host words
