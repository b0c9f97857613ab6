"""bookpenname.by_pen_name (s28): a headline "T <by> A" whose A is one word (a pen name) names the book's author where
the review's text names A in a maker's place (the subject of a writing or telling verb, or after a by-word) and never
in lower case; near misses: a common word ("Death by Chocolate"), a character or a hero the text names as no maker, a
place, the blog's own name, a book already read with its author. Examples in our own words and markup."""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookpenname import by_pen_name


@pytest.mark.parametrize("heading, text, expected", [
    ("Review: The Salt Road by Quillon", "Quillon writes about the coast as if it were a person. The salt is real.",
     ("The Salt Road", "Quillon")),
    ("Critique : Le Jardin gelé de Valloton", "Valloton raconte un hiver sans fin. Un livre lent et beau.",
     ("Le Jardin gelé", "Valloton")),
    ("Recensione: La casa sul lago di Ardesio", "Ardesio racconta una famiglia divisa. Il lago resta sullo sfondo.",
     ("La casa sul lago", "Ardesio")),
    ("Recensie: Het stille dorp van Morrevelt", "Het is een roman van Morrevelt over een dorp dat verdwijnt.",
     ("Het stille dorp", "Morrevelt")),
])
def test_one_word_author_in_a_makers_place(heading, text, expected):
    book = by_pen_name(None, heading, text)
    assert book is not None and (book.title, book.author) == expected


def test_headline_title_alone_gets_its_author():
    book = by_pen_name(Book("Die Glasinsel von Kornfeld", None), "Rezension: Die Glasinsel von Kornfeld",
                       "Kornfeld erzählt von einer Insel aus Glas. Das Buch ist kurz.")
    assert (book.title, book.author) == ("Die Glasinsel", "Kornfeld")


@pytest.mark.parametrize("heading, text", [
    # a common word: the text says it in lower case
    ("Review: Death by Chocolate", "Chocolate explains nothing here; the chocolate is a red herring."),
    # a hero the text names, no maker's verb after him, no by-word before him
    ("Rezension: Die Heimkehr von Odysseus",
     "Odysseus kehrt nach zwanzig Jahren zurück. Die Insel hat sich verändert."),
    # a place after a preposition of place
    ("Recensione: Lettere di Venezia",
     "La storia si svolge a Venezia, tra calli e canali. Venezia d'inverno è grigia."),
    # the name said nowhere in the text
    ("Review: The Salt Road by Quillon", "A book about the coast, slow and salty."),
])
def test_near_misses(heading, text):
    assert by_pen_name(None, heading, text) is None


def test_the_blogs_name_is_no_author():
    assert by_pen_name(None, "Review: The Salt Road by Lampwick", "Lampwick writes a review every week.",
                       ("Lampwick",)) is None


def test_a_book_with_its_author_is_kept():
    book = Book("The Salt Road", "Ann Quill")
    assert by_pen_name(book, "Review: The Salt Road by Quillon", "Quillon writes.") is book


def test_german_review_page():
    html = """<html lang="de"><head><title>Rezension: Der Hafen im Nebel von Kornfeld | Lesesaal</title></head><body>
    <article class="post"><h1 class="entry-title">Rezension: Der Hafen im Nebel von Kornfeld</h1>
    <div class="entry-meta"><span class="byline">von Ute Brenner</span></div><div class="entry-content">
    <p>Ein kleiner Hafen an der Nordsee, ein Winter, in dem kein Schiff ausläuft, und eine Lotsin, die ihren Bruder
    sucht. Kornfeld erzählt diese Geschichte in kurzen Kapiteln, die wie Nebelbänke vorüberziehen.</p>
    <p>Die Figuren bleiben lange rätselhaft, und gerade das macht den Reiz aus: man liest weiter, um zu verstehen, wer
    hier wem etwas verschweigt. Die Sprache ist karg, aber genau, und manche Sätze bleiben lange im Kopf.</p>
    <p>Im letzten Drittel zieht das Tempo an, vielleicht etwas zu sehr, und das Ende kommt abrupt. Trotzdem ein
    Roman, der Stimmung und Spannung verbindet und den man an einem Abend liest.</p>
    <p>Bewertung: 4 von 5 Sternen</p></div>
    <footer class="entry-footer"><span class="tags-links">Schlagwörter: <a href="/tag/nordsee/">Nordsee</a>
    <a href="/tag/spannung/">Spannung</a></span></footer></article></body></html>"""
    record = extract_page(html, "https://lesesaal.example/rezension-der-hafen-im-nebel/")
    assert (record.book_title, record.book_author) == ("Der Hafen im Nebel", "Kornfeld")


def test_indonesian_di_is_at_not_by():
    # (id "di", at: "Peluncuran buku di Bojonegoro" names a place; the page's language has its own by-words)
    assert by_pen_name(None, "Ulasan: Malam Panjang di Bojonegoro",
                       "Acara di Bojonegoro ramai. Buku itu dibahas lama.", (), "id") is None
    assert by_pen_name(None, "Ulasan: Malam Panjang oleh Sukmawati",
                       "Sukmawati menulis dengan tenang. Buku yang tipis.", (), "id") is not None
