"""A book's header, its h1 over a line holding its author's name alone, gives the title the prose names, before a
title the post sets in italics (booklead._header_title)."""

import re

from lxml import html

from scraper.extract.book import Book
from scraper.extract.booklead import lead_book

_PAGE = """<html lang="{lang}"><body><div class="info"><h1>{title}</h1><div class="names">{name}</div></div>
<div class="review"><p>{p1}</p><p>{p2}</p></div></body></html>"""


def _book(lang, title, name, p1, p2):
    tree = html.fromstring(_PAGE.format(lang=lang, title=title, name=name, p1=p1, p2=p2))
    return lead_book(None, tree, [re.sub(r"</?em>", "", p) for p in (p1, p2)], title)


def test_italian_header_before_an_italic_compared_title():
    found = _book("it", "Il faro spento", "Lia Moretti", "Ho letto il faro spento in due sere: la Moretti scrive con calma.",
                  "Chi ha amato <em>Sale e vento</em> della stessa autrice lo troverà più cupo. Moretti non sbaglia.")
    assert (found.title, found.author) == ("Il faro spento", "Lia Moretti")


def test_english_header():
    found = _book("en", "The Salt Orchard", "Ana Ruiz", "The Salt Orchard is the darkest thing Ruiz has written.",
                  "Readers of <em>Low Tide</em> will know her voice. Ruiz is at her best here.")
    assert (found.title, found.author) == ("The Salt Orchard", "Ana Ruiz")


def test_near_miss_line_under_h1_is_no_name_alone():
    found = _book("en", "Winter reading", "Posted by Ana Ruiz on 3 May", "Some winter reading for the cold nights, says Ruiz.",
                  "I loved <em>Low Tide</em>. Ruiz picks well.")
    assert found is None or found.title != "Winter reading"
