"""scraper.extract.bookseries: a heading that names a collection of posts and its numbered part is no book's title;
the book is then the one title the post sets in italics. Our own words, in German, Polish, English and French."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract.bookseries import collection_heading, italic_title, series_free


@pytest.mark.parametrize("headline", [
    "Lesetagebuch – 4. Woche",
    "Dziennik lektur — tydzień 12",
    "Reading log | week 9",
    "Mes lectures : 12e semaine",
    "Semestr 3 — Notatki z czytania",
])
def test_collection_headings(headline):
    assert collection_heading(headline)


@pytest.mark.parametrize("headline", [
    "Fahrenheit 451",                        # a title with a figure, in one part
    "Catch-22 – Joseph Heller",              # a book and its author: no numbered label
    "Die Wand",                              # a bare title
    "Lesetagebuch",                          # a collection's name alone
    "Der Schwarm – ein Roman über das Meer in 2 Teilen und vielen Kapiteln",  # a remark, not a numbered part
    "Sto lat samotności – Gabriel García Márquez",
])
def test_not_collection_headings(headline):
    assert not collection_heading(headline)


def _tree(body: str):
    return lxml_html.fromstring(f"<html><body><article>{body}</article></body></html>")


def test_italic_title_one():
    body = ("<p>Mein zerlesenes Exemplar von <em>Die Wand</em>, vom Flohmarkt.</p>"
            "<p>Diese Woche habe ich <i>wirklich</i> wenig geschafft.</p>")
    text = "Mein zerlesenes Exemplar von Die Wand, vom Flohmarkt.\nDiese Woche habe ich wirklich wenig geschafft."
    assert italic_title(_tree(body), text) == "Die Wand"


def test_italic_title_two_titles_no_telling():
    body = "<p>Nach <em>Lalka</em> sięgnęłam po <em>Faraon</em> i nie żałuję.</p>"
    assert italic_title(_tree(body), "Nach Lalka sięgnęłam po Faraon i nie żałuję.") is None


def test_italic_sentence_is_no_title():
    body = "<p><em>Das war ein langer Winter.</em> Ich las wenig.</p>"
    assert italic_title(_tree(body), "Das war ein langer Winter. Ich las wenig.") is None


def test_series_free_swaps_the_heading_for_the_italic_title():
    body = "<p>Mój egzemplarz <em>Lalki</em>, kupiony w antykwariacie.</p>"
    text = "Mój egzemplarz Lalki, kupiony w antykwariacie."
    candidates = [("Dziennik lektur — tydzień 12", False)]
    assert series_free(candidates, "Dziennik lektur — tydzień 12 - Portfolio", _tree(body), text) == [("Lalki", True)]


def test_series_free_leaves_a_title_headline():
    candidates = [("Catch-22", False)]
    assert series_free(candidates, "Catch-22 - Blog", _tree("<p><em>Other Book</em></p>"), "Other Book") == candidates


def test_series_free_heading_named_in_text_stays():
    # the text names the heading: the post may be about a book so called; left to the other rules
    candidates = [("Reading log | week 9", False)]
    text = "Reading log | week 9 is what I called this page."
    assert series_free(candidates, "Reading log | week 9", _tree("<p><em>Other Book</em></p>"), text) == candidates


def test_series_free_without_italics_drops_the_heading():
    assert series_free([("Lesetagebuch – 4. Woche", False)], "Lesetagebuch – 4. Woche", _tree("<p>Nichts.</p>"), "Nichts.") == []


def test_diary_page_end_to_end():
    from scraper.extract import extract_page
    page = """<html lang="de"><head><title>Lesetagebuch – 4. Woche - Mein Portfolio</title></head><body>
<main><article><h1>Lesetagebuch – 4. Woche</h1><div class="entry">
<p>Mein zerlesenes Exemplar von <em>Die Wand</em>, gekauft auf dem Flohmarkt am Kanal.</p>
<p>Diese Woche habe ich das kürzeste Buch der Liste gelesen, und es hat mich am meisten beschäftigt. Marlen Haushofer
erzählt von einer Frau, die in einer Jagdhütte in den Bergen aufwacht und feststellt, dass eine unsichtbare Wand sie
vom Rest der Welt trennt. Was folgt, ist ein Bericht über Arbeit, Tiere und Jahreszeiten, ruhig und ohne Pathos.</p>
<p>Beeindruckend ist die Geduld der Sprache. Jede Kartoffelernte, jeder Gang zur Alm wird genau beschrieben, und gerade
darin liegt die Spannung. Haushofer schreibt nüchtern, fast protokollarisch, und trotzdem wächst die Angst von Seite zu
Seite. Gegen Ende kippt die Stille in Gewalt, und ich musste das Buch für einen Tag weglegen.</p>
<p>Mir fehlte manchmal ein Blick auf das Leben der Frau vor der Wand, doch das ist wohl Absicht. Ich empfehle den Roman
allen, die langsame Bücher mögen. Meine Note: 9 von 10.</p></div></article></main></body></html>"""
    record = extract_page(page, "https://portfolio.example.edu/view/4")
    assert (record.book_title, record.book_author) == ("Die Wand", "Marlen Haushofer")
