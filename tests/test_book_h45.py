"""Book rules of holdout45 (helper book45a): an initial ("R. K. Tan") is no English article in a name; a Czech or
Slovak headline "T od Genitive-Name. A remark" (bookgenitiveod); an Icelandic opening line "T eftir A …" with A in the
accusative (bookicelandic); a wiki's subdomain names its subject, not its writer (wikihost); a removed link card
"T – A | Publisher" (bookcard).

Every line and page here is invented for these tests (invented books, people and sites, in our own words).
"""

from __future__ import annotations

from dataclasses import dataclass

from scraper.extract.book import Book, Context, is_name
from scraper.extract.bookheadline import from_title
from scraper.extract.bookcard import card_book
from scraper.extract.bookgenitivehead import headline_genitive
from scraper.extract.bookicelandic import eftir_author
from scraper.extract.wikihost import host_names


# --- an initial in a name ----------------------------------------------------------------------------------------

def test_initial_a_is_part_of_a_name():
    assert is_name("A. Rahim Talib")
    assert is_name("I. M. Okonkwo")
    ms = Context("Novel pertama A. Rahim Talib ini tenang. Talib menulis dengan sabar.", language="ms")
    assert from_title("Rumah Papan karya A. Rahim Talib tetap segar", ms) == Book("Rumah Papan", "A. Rahim Talib", source="title")
    en = Context("Okonkwo writes of rivers. Okonkwo never hurries.", language="en")
    assert from_title("Review: The Slow Delta by I. M. Okonkwo", en).author == "I. M. Okonkwo"


def test_article_a_is_still_no_name():
    assert not is_name("A Quiet Harbour")
    assert not is_name("Travels With A Donkey")


# --- Czech and Slovak "od" in a headline -------------------------------------------------------------------------

SK = ("Kniha Dom pri rieke od Petra Hečka sa číta rýchlo. Hečko píše o rodine, ktorá stráca dom, "
      "a Hečko to robí bez sentimentu.")
CS = "Román Tichý přístav od Jany Horákové je krátký. Horáková píše úsporně a Horákové věty zůstávají."


def test_od_headline_with_a_remark_after_the_stop():
    book = headline_genitive(Book("Dom pri rieke od Petra Hečka. Rodina na konci leta", None), Context(SK, language="sk"))
    assert (book.title, book.author) == ("Dom pri rieke", "Peter Hečko")  # (Slovak: the vowel back)
    book = headline_genitive(Book("Dom pri rieke od Tomáša Hečka", None), Context(SK, language="sk"))
    assert (book.title, book.author) == ("Dom pri rieke", "Tomáš Hečko")


def test_od_headline_a_womans_genitive():
    book = headline_genitive(Book("Tichý přístav od Jany Horákové", None), Context(CS, language="cs"))
    assert (book.title, book.author) == ("Tichý přístav", "Jana Horáková")


def test_od_headline_near_misses():
    sk = Context(SK, language="sk")
    # "od" as "since" / "from" with no capitalised name after it
    assert headline_genitive(Book("Dom pri rieke od roku 1990", None), sk).author is None
    # a title the text never names
    assert headline_genitive(Book("Záhrada od Petra Hečka. Leto", None), sk).author is None
    # a surname the text never names in a nominative: no telling "-a" from "-o" or a bare stem
    other = Context("Kniha Dom pri rieke sa číta rýchlo a autor píše bez sentimentu.", language="sk")
    assert headline_genitive(Book("Dom pri rieke od Petra Hečka", None), other).author is None
    # not a Czech or Slovak page
    assert headline_genitive(Book("Dom pri rieke od Petra Hečka", None), Context(SK, language="hu")).author is None


# --- Icelandic "T eftir A" opening the post ---------------------------------------------------------------------

IS = ("Fjallið eftir Hallgrím Ólafsson kom út fyrir jólin.\n"
      "Hallgrímur skrifar um bónda sem missir jörðina. Hallgrímur er nákvæmur og hlýr.")


def test_eftir_opening_line_gives_book_in_the_nominative():
    lines = IS.split("\n")
    assert eftir_author(None, lines, IS) == Book("Fjallið", "Hallgrímur Ólafsson", source="body")


def test_eftir_opening_near_misses():
    # a picture's credit
    credit = "Mynd eftir Hallgrím Ólafsson.\nHallgrímur tók myndina í vor."
    assert eftir_author(None, credit.split("\n"), credit) is None
    # "eftir" as "after": no capitalised name follows
    after = "Fjallið eftir stríðið var annað land.\nHallgrímur segir frá."
    assert eftir_author(None, after.split("\n"), after) is None
    # the given name never in the nominative in the text: no telling its case
    bare = "Fjallið eftir Hallgrím Ólafsson kom út fyrir jólin.\nBókin er nákvæm og hlý."
    assert eftir_author(None, bare.split("\n"), bare) is None


# --- a wiki's subdomain ------------------------------------------------------------------------------------------

def test_wiki_host_is_no_writer():
    page = '<html><head></head><body class="skin-x mediawiki ltr">'
    assert host_names("https://marinaoyelaran.wikifarm.example.org/wiki/Blog:Ana/Review", page) == ()
    generated = '<html><head><meta name="generator" content="MediaWiki 1.39"></head><body>'
    assert host_names("https://marinaoyelaran.wikifarm.example.org/wiki/x", generated) == ()


def test_blog_host_still_the_blog():
    assert "janeokafor" in host_names("https://janeokafor.blogspot.example.com/2024/x.html", "<html><body class='post'>")


# --- a removed link card -----------------------------------------------------------------------------------------

@dataclass
class Removed:
    rule: str
    text: str


FR = "J'ai fini Les Heures lentes hier. Ndiaye écrit court, et Ndiaye laisse respirer ses personnages."


def test_card_names_the_book():
    removed = [Removed("lead-in of promotion", "Les Heures lentes – Aminata Ndiaye | Éditions du Quai")]
    assert card_book(None, removed, Context(FR, language="fr")) == Book("Les Heures lentes", "Aminata Ndiaye", source="details")
    titled = Book("Michel", None)  # (a character's name the headline opened with)
    assert card_book(titled, removed, Context(FR, language="fr")).title == "Les Heures lentes"


def test_card_near_misses():
    fr = Context(FR, language="fr")
    # a related post's card, another book
    assert card_book(None, [Removed("related posts", "Les Heures lentes – Aminata Ndiaye | Le blog")], fr) is None
    # a card for a book the review never names
    assert card_book(None, [Removed("promotion", "La Mer haute – Aminata Ndiaye | Éditions du Quai")], fr) is None
    # a card whose person the review never names again
    assert card_book(None, [Removed("promotion", "Les Heures lentes – Paul Arnaud | Éditions du Quai")], fr) is None
    # two cards, two books: none
    two = [Removed("promotion", "Les Heures lentes – Aminata Ndiaye | Quai"), Removed("promotion", "Les Jours – Aminata Ndiaye | Quai")]
    assert card_book(None, two, Context(FR + " Les Jours aussi.", language="fr")) is None
    # a kept line: the card's title and person must be named outside it too
    card = "Les Heures lentes – Aminata Ndiaye | Éditions du Quai"
    assert card_book(None, [], Context(FR + "\n" + card, language="fr"), [card]).author == "Aminata Ndiaye"
    assert card_book(None, [], Context("J'ai fini Les Heures lentes hier.\n" + card, language="fr"), [card]) is None
    # a block of the body that is one link, dropped from the text: read as a removed card; a link inside prose is not
    from lxml import html as lxml_html
    body = lxml_html.fromstring('<div><p>x</p><div class="card"><a href="https://quai.example/l">' + card + '</a></div></div>')
    assert card_book(None, [], fr, [], body).title == "Les Heures lentes"
    prose = lxml_html.fromstring('<div><p>Voir <a href="https://quai.example/l">' + card + '</a> chez eux.</p></div>')
    assert card_book(None, [], fr, [], prose) is None
    # a book with its author already
    assert card_book(Book("X", "Y Z"), [Removed("promotion", "Les Heures lentes – Aminata Ndiaye | Quai")], fr) is None
