"""A review that names its book after the author's surname alone in the possessive ("Marrow's *The Tide Clock*",
"Brandauers „Die Uhr am Hafen“", "Lindqvists »Båthuset«"), the author's full name given by the post's tags or its
text; and the tag list of a theme that marks its tag links by the list's class only ("<p class='tags'>").
Near misses: a book held up for comparison, a surname the post never comes back to, two people of that surname,
a sidebar's list of every tag.

Every page and line here is invented for these tests (invented sites, books and people, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookopening import surname_possessive
from scraper.extract.booktags import tag_links

EN = ["Marrow's “The Tide Clock” follows a harbour master who stops every clock in town the night his wife leaves.",
      "Marrow writes short chapters, and the town does most of the talking."]
DE = ["Brandauers „Die Uhr am Hafen“ habe ich in zwei Nächten gelesen.",
      "Brandauer erzählt leise, fast beiläufig, und gerade das trifft."]


def test_a_surname_owning_a_set_off_title_with_its_full_name_in_the_tags():
    assert surname_possessive(EN, Context("\n".join(EN)), ["Ilse Marrow", "harbours"]) == ("The Tide Clock", "Ilse Marrow")
    assert surname_possessive(DE, Context("\n".join(DE)), ["Roman", "Jakob Brandauer"]) == ("Die Uhr am Hafen", "Jakob Brandauer")


def test_the_full_name_may_come_from_the_text():
    sv = ["Lindqvists »Båthuset« är en tunn bok.", "Lindqvist skriver kort. Tora Lindqvist debuterade sent."]
    assert surname_possessive(sv, Context("\n".join(sv)), []) == ("Båthuset", "Tora Lindqvist")


def test_near_misses_give_no_book():
    # held up for comparison
    compared = ["Fans of Marrow's “The Tide Clock” will like this one too.", "Marrow is mentioned here once more."]
    assert surname_possessive(compared, Context("\n".join(compared)), ["Ilse Marrow"]) is None
    # the post never comes back to the person
    once = ["Marrow's “The Tide Clock” sat on my shelf for a year.", "Then I read it in a day."]
    assert surname_possessive(once, Context("\n".join(once)), ["Ilse Marrow"]) is None
    # two people of that surname: no telling which
    assert surname_possessive(EN, Context("\n".join(EN)), ["Ilse Marrow", "Tom Marrow"]) is None
    # no full name anywhere
    assert surname_possessive(EN, Context("\n".join(EN)), ["harbours"]) is None
    # a lower-case "title" is a phrase in quotes, not a book
    phrase = ["Marrow's “a book for rainy days” blurb says it all.", "Marrow again."]
    assert surname_possessive(phrase, Context("\n".join(phrase)), ["Ilse Marrow"]) is None


def test_a_theme_s_tag_list_marked_by_its_class():
    page = """<html><body><article><p>Text.</p><p class="tags"><a href="#">Ilse Marrow</a> <a href="#">harbours</a></p>
<footer class="entry-footer"><ul class="post-tags"><li><a href="#">clocks</a></li></ul></footer></article>
<aside class="sidebar"><ul class="tags"><li><a href="#">Every Tag</a></li></ul></aside>
<div class="stage"><a href="#">Not a tag</a></div><p class="tagline"><a href="#">Nor this</a></p></body></html>"""
    assert tag_links(lxml_html.fromstring(page)) == ["Ilse Marrow", "harbours", "clocks"]


def test_a_review_naming_its_book_after_the_surname_gets_the_tagged_author():
    page = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stopped clocks – Low Tide Reading</title></head>
<body><article class="post"><h1 class="entry-title">Stopped clocks</h1><div class="entry-content">
<p>I bought this in a harbour town, which felt right.</p>
<p>Marrow's <em>The Tide Clock</em> follows a harbour master who stops every clock in town the night his wife leaves, and
the town has to decide what time it is. It is a small idea carried a long way.</p>
<p>Marrow writes short chapters and lets the town do most of the talking. The middle sags, but the ending is lovely.</p>
<p>Rating: 4/5</p></div><p class="tags"><a href="#">Ilse Marrow</a> <a href="#">small towns</a></p></article></body></html>"""
    record = extract_page(page, "https://lowtide.example/2026/stopped-clocks/")
    assert (record.book_title, record.book_author) == ("The Tide Clock", "Ilse Marrow")
