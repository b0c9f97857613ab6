"""A headline that names the book and then its author in the genitive, unquoted, the sentence going on after them
("Zahrada Marie Holubové po letech stále voní", "Dom Anny Kowal wciąż straszy"), as Czech, Slovak and Polish papers title
a review: the head is the title, the author given back in the form the text names them (``bookgenitivehead``).

Near misses: the text never names the person in another form; the text never names the head; a run of capitalised
words before the name; a language that does not decline names so; a book that already has its author.
Every line here is invented for these tests (invented books and people, in our own words).
"""

from scraper.extract.book import Book, Context
from scraper.extract.bookgenitivehead import headline_genitive

CS_TEXT = ("Marie Holubová napsala Zahradu před dvaceti lety a kniha nezestárla. Holubová píše krátce a přesně, "
           "Marie Holubová nikdy nevysvětluje víc, než musí.")
PL_TEXT = "Anna Kowal wydała Dom w 2004 roku. Kowal pisze oszczędnie, a Anna Kowal nie lubi długich opisów."


def _headline(title):
    return Book(title, None, source="title")


def test_a_czech_and_a_polish_headline_split_into_title_and_author():
    found = headline_genitive(_headline("Zahrada Marie Holubové po letech stále voní"), Context(CS_TEXT, (), "cs"))
    assert (found.title, found.author) == ("Zahrada", "Marie Holubová")
    found = headline_genitive(_headline("Dom Anny Kowal wciąż straszy"), Context(PL_TEXT, (), "pl"))
    assert (found.title, found.author) == ("Dom", "Anna Kowal")


def test_near_misses_leave_the_book_as_it_was():
    book = _headline("Zahrada Marie Holubové po letech stále voní")
    # the text never names the person in another form
    assert headline_genitive(book, Context("Kniha nezestárla. Píše krátce a přesně.", (), "cs")) is book
    # the text names the person but never the head ("Nový román" is no title it names)
    book2 = _headline("Nový román Marie Holubové zklamal")
    assert headline_genitive(book2, Context(CS_TEXT, (), "cs")) is book2
    # a run of capitalised words before the name: where the name begins is no telling
    book3 = _headline("Zahrada Stará Marie Holubové voní")
    assert headline_genitive(book3, Context(CS_TEXT, (), "cs")) is book3
    # a language that does not decline names so
    assert headline_genitive(book, Context(CS_TEXT, (), "en")) is book
    # a book with its author already
    done = Book("Zahrada", "Marie Holubová", source="title")
    assert headline_genitive(done, Context(CS_TEXT, (), "cs")) is done
