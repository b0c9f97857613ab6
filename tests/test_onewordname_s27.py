"""holdout70–73 carried round (helper bookcarry2), in our own words: an author known by one name (a pen name) was lost
where the page gives it in a record's author field ("Author | A" under "Title | T") or before a quoted title in the
headline ("A, „T“: the post's remark"): book.is_name never takes one word alone.

Fires: records in fr, de, es, en (table rows and "Label: value" lines; one end to end through extract_page);
headlines in fr, pl, en, es, cs whose text names the word again. Near misses: a record's "Anonymous"/"Varios"/
"Redaktion", a one-word author field with no title label (a byline), a headline's kicker the text says in lower case
("Klasika"), a review's word, a German noun kicker, a place the text sets after "in", a word the text never repeats.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.booklabelfields import labelled_fields
from scraper.extract.bookpenname import headline_pen_name


@pytest.mark.parametrize("pairs,book", [
    ([("Titre", "La Chambre aux volets"), ("Auteur", "Sorel")], ("La Chambre aux volets", "Sorel")),
    ([("Titel", "Die stille Fähre"), ("Autor", "Lindqvar"), ("Verlag", "Hafen")], ("Die stille Fähre", "Lindqvar")),
    ([("Título", "El faro dormido"), ("Autor", "Berrocal.")], ("El faro dormido", "Berrocal")),
    ([("Title", "The Lantern Keeper"), ("Author", "Ashdown"), ("Pages", "212")], ("The Lantern Keeper", "Ashdown")),
])
def test_a_records_one_word_author_beside_its_title_is_the_author(pairs, book):
    assert labelled_fields(pairs) == book


@pytest.mark.parametrize("pairs", [
    [("Title", "The Lantern Keeper"), ("Author", "Anonymous")],
    [("Título", "Cuentos del puerto"), ("Autor", "Varios")],
    [("Titel", "Die stille Fähre"), ("Autor", "Redaktion")],
    [("Title", "The Lantern Keeper"), ("Author", "Novel")],
])
def test_a_record_naming_no_one_gives_no_author(pairs):
    assert labelled_fields(pairs)[1] is None


def test_a_one_word_author_field_without_a_title_label_is_no_book():
    assert labelled_fields([("Author", "Jenny"), ("Posted", "May 3")]) == (None, None)


_PAGE = """<html lang="fr"><head><title>Sorel – La Chambre aux volets | Le Carnet</title></head><body>
<header><a href="/">Le Carnet</a></header><article><h1>Sorel – La Chambre aux volets</h1>
<div class="entry"><p>Une maison au bord d'un canal, trois sœurs qui ne se parlent plus depuis l'enterrement du père,
et un hiver qui n'en finit pas. Tout se passe en quelques semaines, entre la cuisine et le grenier.</p>
<p>Sorel écrit court et sec, sans jamais expliquer ce que ses personnages taisent. Le livre tient dans une poche et
pourtant il m'a occupée tout un week-end, tant chaque page demande qu'on s'y arrête.</p>
<p>Note : 4/5</p></div>
<table class="fiche"><tr><td>Titre</td><td>La Chambre aux volets</td></tr><tr><td>Auteur</td><td>Sorel</td></tr>
<tr><td>Éditeur</td><td>Minuit</td></tr></table></article>
<footer>© Le Carnet</footer></body></html>"""


def test_a_record_table_gives_the_pen_name_end_to_end():
    record = extract_page(_PAGE.encode(), "https://carnet.example.org/sorel-chambre/")
    assert (record.book_title, record.book_author) == ("La Chambre aux volets", "Sorel")


@pytest.mark.parametrize("headline,text,book", [
    ("Sorel, « La Chambre aux volets » : un hiver sans fin",
     "Trois sœurs, une maison. Sorel écrit court et sec, et on la suit sans peine.", ("La Chambre aux volets", "Sorel")),
    ("Lindqvar, „Cicha przeprawa”: o rzece i milczeniu",
     "Rzeka płynie przez całą książkę. Lindqvar nie tłumaczy niczego, a my i tak rozumiemy.",
     ("Cicha przeprawa", "Lindqvar")),
    ("Ashdown, “The Lantern Keeper”: a quiet winter book",
     "A keeper, a lamp, a long winter. Ashdown never explains and the book is better for it.",
     ("The Lantern Keeper", "Ashdown")),
    ("Berrocal: «El faro dormido»",
     "Un faro, un pueblo y un invierno largo. Berrocal no explica nada y así está bien.", ("El faro dormido", "Berrocal")),
    ("Vrchlan, „Tichý přívoz“ – kniha o řece",
     "Řeka teče celou knihou. Vrchlan nic nevysvětluje, a přesto tomu rozumíme.", ("Tichý přívoz", "Vrchlan")),
])
def test_one_word_before_a_quoted_title_is_the_author(headline, text, book):
    found = headline_pen_name(None, headline, headline + "\n" + text)
    assert found is not None and (found.title, found.author) == book


@pytest.mark.parametrize("headline,text", [
    ("Klasika, „Cicha przeprawa”: o rzece", "To jest klasika, którą każdy zna. Rzeka płynie przez całą książkę."),
    ("Recenzja, „Cicha przeprawa”: o rzece", "Rzeka płynie przez całą książkę. Recenzja ta jest krótka."),
    ("Klassiker, „Die stille Fähre“: ein Fluss", "Ein Klassiker, den jeder kennt. Der Fluss trägt das ganze Buch."),
    ("Lisbonne, « La Chambre aux volets » : un hiver", "Nous sommes à Lisbonne. Tout se passe en hiver dans la ville."),
    ("Ashdown, “The Lantern Keeper”: a quiet winter book", "A keeper, a lamp, a long winter, and nothing explained."),
    ("Chester, “The Lantern Keeper”: a winter book", "We were in Chester all winter. The book is a lamp and a keeper."),
])
def test_a_kicker_a_review_word_a_noun_or_a_place_is_no_author(headline, text):
    assert headline_pen_name(None, headline, headline + "\n" + text) is None


def test_a_book_with_another_title_is_kept():
    from scraper.extract.book import Book
    book = Book("Another Book", None, source="body")
    assert headline_pen_name(book, "Ashdown, “The Lantern Keeper”: a winter book", "Ashdown writes.") is book
