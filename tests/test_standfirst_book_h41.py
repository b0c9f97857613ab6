"""The book a news page's standfirst names (``bookstandfirst``), read when the page has given no author so far.

1. A quoted title in the standfirst, its author after a "by" or the one tagged name the text calls by surname alone;
   it replaces a title found so far only when that is the quoted title or a word of the author's name (fr, de, en).
2. A book noun before a name in the genitive, in the standfirst or in a lead paragraph under the headline that the
   body left out (a perex in a field of its own): the author of the title already found, in the nominative only where
   the page says that form (cs, pl, ru).

Near misses: two quoted titles, a headline that named another book, a tagged name the text never says, a book that
has its author, a quoted sentence, a genitive after no book noun, a surname the page never says in the nominative, a
lead paragraph that is the body's own.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from collections import namedtuple

from lxml import html as lxml_html

from scraper.extract.book import Book, Context
from scraper.extract.bookstandfirst import standfirst_book

Removed = namedtuple("Removed", "rule text")


def _read(standfirst: str, text: str, book: Book | None = None, labels=(), language: str = "fr", tree=None):
    removed = [Removed("standfirst", standfirst)] if standfirst else []
    found = standfirst_book(book, removed, list(labels), Context(text, (), language), tree)
    return (found.title, found.author) if found else None


_FR_TEXT = "Marchand écrit sec. Le jardin se referme sur la famille. Marchand ne juge personne, et le livre reste en tête."
_DE_TEXT = "Albers erzählt ruhig. Die Mühle steht still, das Dorf schweigt. Am Ende bleibt Albers bei ihrer Heldin."
_EN_TEXT = "Quill writes short chapters. The orchard is salted by the sea. Quill never explains too much."


def test_quoted_title_and_tagged_author_replace_a_surname_headline():
    standfirst = "Trente ans après, «Le Jardin des brumes» revient en librairie dans une édition revue."
    assert _read(standfirst, _FR_TEXT, Book("Marchand", None), ["Odile Marchand", "Roman français"]) == \
        ("Le Jardin des brumes", "Odile Marchand")
    assert _read(standfirst, _FR_TEXT, None, ["Odile Marchand"]) == ("Le Jardin des brumes", "Odile Marchand")


def test_quoted_title_with_its_by():
    assert _read("Mit „Die stille Mühle“ von Henrike Albers beginnt eine neue Reihe im Verlag.", _DE_TEXT, language="de") == \
        ("Die stille Mühle", "Henrike Albers")
    assert _read("Ten years on, “The Salt Orchard” by Mara Quill is back in paperback.", _EN_TEXT, language="en") == \
        ("The Salt Orchard", "Mara Quill")
    # the title found so far is the quoted one: its author is added
    assert _read("Ten years on, “The Salt Orchard” by Mara Quill is back.", _EN_TEXT, Book("The Salt Orchard", None), language="en") == \
        ("The Salt Orchard", "Mara Quill")


def test_quoted_near_misses():
    labels = ["Odile Marchand"]
    # two quoted titles: a comparison, no telling
    assert _read("Après «Les Heures grises», «Le Jardin des brumes» revient.", _FR_TEXT, None, labels) is None
    # the headline named another book: the standfirst's may be an earlier one
    assert _read("Après «Le Jardin des brumes», voici la suite.", _FR_TEXT, Book("La Maison du port", None), labels) is None
    # a tagged name the text never calls by surname
    assert _read("«Le Jardin des brumes» revient.", "Un livre sur la famille, lu d'une traite.", None, labels) is None
    # a book that has its author already
    assert _read("«Le Jardin des brumes» revient.", _FR_TEXT, Book("Autre", "Jean Petit"), labels) is None
    # a quoted sentence is no title
    assert _read("«Je n'écris que la nuit.» Odile Marchand se confie.", _FR_TEXT, None, labels) is None
    # no standfirst, no tree
    assert _read("", _FR_TEXT, None, labels) is None


def test_book_noun_genitive_in_the_standfirst():
    assert _read("Nový román Jany Novákové se odehrává v malém městě.", "Nováková píše úsporně. Město je tiché.",
                 Book("Tichý dům", None), language="cs") == ("Tichý dům", "Jana Nováková")
    assert _read("Najnowsza powieść Marty Wrony to historia rodziny.", "Wrona pisze oszczędnie. Dom stoi pusty.",
                 Book("Pusty dom", None), language="pl") == ("Pusty dom", "Marta Wrona")
    assert _read("Новый роман Анны Лебедевой вышел осенью.", "Лебедева пишет скупо. Дом стоит пустой.",
                 Book("Пустой дом", None), language="ru") == ("Пустой дом", "Анна Лебедева")


def test_book_noun_genitive_near_misses():
    # the page never says the surname in the nominative
    assert _read("Nový román Jany Novákové se odehrává v malém městě.", "Město je tiché a dům prázdný.",
                 Book("Tichý dům", None), language="cs") is None
    # a genitive after no book noun (an interview with her)
    assert _read("Rozhovor s Janou Novákovou o psaní.", "Nováková píše úsporně.", Book("Tichý dům", None), language="cs") is None
    # no title found so far: the genitive alone names no book
    assert _read("Nový román Jany Novákové se odehrává v malém městě.", "Nováková píše úsporně.", None, language="cs") is None


_PAGE = """<html><body><main><article>
<div class="kicker"><a href="/knihy">Knihy</a></div>
<h1>Prach na schodech a jedno mlčení</h1>
<div class="lead"><p>{lead}</p></div>
<div class="text"><p>{body}</p></div>
</article><aside><p>Román Petry Malé vychází v březnu a bude o rodině.</p></aside></main></body></html>"""


def test_lead_paragraph_outside_the_body():
    body = "Nováková píše úsporně a dům v její knize mlčí."
    tree = lxml_html.fromstring(_PAGE.format(lead="Román Jany Novákové patří k nejčtenějším knihám posledních let.", body=body))
    assert _read("", body, Book("Tichý dům", None), language="cs", tree=tree) == ("Tichý dům", "Jana Nováková")


def test_lead_paragraph_near_misses():
    body = "Nováková píše úsporně a dům v její knize mlčí."
    # the lead is the body's own paragraph: the body's rules read it
    tree = lxml_html.fromstring(_PAGE.format(lead=body, body=body))
    assert _read("", body, Book("Tichý dům", None), language="cs", tree=tree) is None
    # a sidebar's line under the headline is not the lead (Malá is never said in the text anyway)
    tree = lxml_html.fromstring(_PAGE.format(lead="Krátce o knize, kterou čteme tento týden.", body=body))
    assert _read("", body + " Malá", Book("Tichý dům", None), language="cs", tree=tree) is None
