"""bookcaptiontitle.caption_book (rev27 #4, unconfirmed there, confirmed here): the bracket closing a caption's
"A: T (House)" is dropped only when it reads as a house's name, each word capitalised or a joining word ("Fraktura",
"Kein & Aber", "Faber and Faber"); a bracketed subtitle in the title's own words ("Roman einer Familie", "una novela
de invierno") stays part of the title. Captions written for these tests, in our own words.
"""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.book import Book
from scraper.extract.bookcaptiontitle import caption_book


def _read(headline, author, caption, line):
    tree = html.fromstring(f"<div><h1>{headline}</h1><figure><img src='/c.jpg'><figcaption>{caption}</figcaption>"
                           f"</figure><p>{line}</p></div>")
    found = caption_book(Book(headline, author, source="title"), tree, headline, [headline, line])
    return found.title if found else None


@pytest.mark.parametrize("headline, author, caption, line, title", [
    ("Wenn der Winter bleibt", "Anna Berg", "Anna Berg: Der Hof (Hanser Berlin)",
     "Berg erzählt ruhig, ihr Roman lässt sich Zeit.", "Der Hof"),
    ("A town after rain", "Ruth Hale", "Ruth Hale: The Salt House (Faber and Faber)",
     "Hale writes calmly, and her novel takes its time.", "The Salt House"),
    ("Un hiver au bord du lac", "Claire Mounier", "Claire Mounier: La Passeuse (Éditions Verdier)",
     "Mounier écrit avec calme, son roman prend son temps.", "La Passeuse"),
])
def test_a_house_bracket_goes(headline, author, caption, line, title):
    assert _read(headline, author, caption, line) == title


@pytest.mark.parametrize("headline, author, caption, line, title", [
    ("Wenn der Winter bleibt", "Anna Berg", "Anna Berg: Der Hof (Roman einer Familie)",
     "Berg erzählt ruhig, ihr Roman lässt sich Zeit.", "Der Hof (Roman einer Familie)"),
    ("Un pueblo que se vacía", "Marta Ruiz", "Marta Ruiz: El puerto (una novela de invierno)",
     "Ruiz escribe con calma sobre la costa y sus ausencias.", "El puerto (una novela de invierno)"),
    ("Una città dopo la pioggia", "Anna Neri", "Anna Neri: Il porto (Romanzo di un inverno)",
     "Neri scrive con calma della costa e delle sue assenze.", "Il porto (Romanzo di un inverno)"),
])
def test_a_bracketed_subtitle_stays(headline, author, caption, line, title):
    assert _read(headline, author, caption, line) == title
