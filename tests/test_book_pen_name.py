"""An author known by one name, given when two kinds of place of the page pair it with the heading's title in the
shape "T by A" (bookpenname.py, bookB13); near misses: one kind of place only (the page's titles, however many), two
names, a word the text uses in lower case, a book with an author already, another title."""

from scraper.extract.book import Book
from scraper.extract.bookpenname import pen_name


def test_french_english_german():
    found = pen_name(None, "La Chatte", [["Critique de La Chatte de Colette par lise"], ["La Chatte par Colette"], []], "Un roman bref.")
    assert (found.title, found.author) == ("La Chatte", "Colette")
    found = pen_name(Book("The Open Window", None, source="title"), "The Open Window",
                     [["A review of The Open Window by Saki."], [], ["The Open Window by Saki | Shelf"]], "A short story.")
    assert found.author == "Saki"
    found = pen_name(None, "Der stille Hof", [["Rezension: Der stille Hof von Tamo-Ansgar."], ["Der stille Hof von Tamo-Ansgar"], []], "")
    assert found.author == "Tamo-Ansgar"


def test_near_misses():
    # the page's titles alone (<title> and og:title are one kind of place): a reviewer's name after "by" fills them
    assert pen_name(None, "La Chatte", [[""], [], ["La Chatte par Marie - Site", "La Chatte par Marie"]], "") is None
    # two names
    assert pen_name(None, "La Chatte", [["La Chatte de Colette"], ["La Chatte par Willy"], []], "") is None
    # a word the text writes in lower case is no person
    assert pen_name(None, "Le Rouge", [["Le Rouge de Verte"], ["Le Rouge par Verte"], []], "une couleur verte partout") is None
    # a book with its author, or another title than the heading's
    book = Book("La Chatte", "Sidonie Colette", source="title")
    assert pen_name(book, "La Chatte", [["La Chatte de Colette"], ["La Chatte par Colette"], []], "") is book
    other = Book("Chéri", None, source="body")
    assert pen_name(other, "La Chatte", [["La Chatte de Colette"], ["La Chatte par Colette"], []], "") is other
