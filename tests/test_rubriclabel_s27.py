"""holdout78–81 round (helper booklatin), in our own words: a column's label in capitalised words before the
headline's colon ("Short Takes: T, A") looks like a name, and bookheadinglabel.kicker_off kept every name-shaped
label on the title. Now such a label goes where it is no person: not the author, and not called by its last word in the text.

Fires: tr, de, en, es labels shown alone on the page (the rubric over the headline, a menu link). Near misses: the label
is the author's own name, the text calls the label's last word as a person's surname, the label is never shown alone.
"""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.book import Book
from scraper.extract.bookheadinglabel import kicker_off


def _elements(label: str, headline: str):
    page = f"""<html><body><nav><a href="/">Ana Sayfa</a> <a href="/k">{label}</a></nav>
    <div class="kicker"><span>{label}</span></div><h1>{headline}</h1></body></html>"""
    return list(html.fromstring(page).iter())


CASES = [
    ("Kısa Kısa", "Tuzlu Rüzgâr", "Deniz Aksoy", "Aksoy bu köy hikâyesini sade bir dille anlatıyor, bölümleri kısa."),
    ("Kurz Gelesen", "Die stille Fähre", "Jonas Feldner", "Feldner erzählt von einer Insel im Winter, leise."),
    ("Short Takes", "The Quiet Orchard", "Nell Ashby", "Ashby writes short chapters; this one is about grief."),
    ("Lecturas Breves", "El faro dormido", "Lucía Berro", "Berro escribe con frases breves sobre un faro."),
]


@pytest.mark.parametrize("label,title,author,text", CASES)
def test_a_rubric_label_in_capitals_comes_off_the_title(label, title, author, text):
    headline = f"{label}: {title}, {author}"
    book = kicker_off(Book(f"{label}: {title}", author), headline, text, _elements(label, headline))
    assert book.title == title


def test_the_authors_own_name_as_label_stays():
    headline = "Nell Ashby: The Quiet Orchard, Nell Ashby"
    book = kicker_off(Book("Nell Ashby: The Quiet Orchard", "Nell Ashby"), headline, "Ashby writes.",
                      _elements("Nell Ashby", headline))
    assert book.title == "Nell Ashby: The Quiet Orchard"


def test_a_label_the_text_calls_by_surname_stays():
    headline = "Mira Castell: The Quiet Orchard, Nell Ashby"
    text = "Ashby wrote it for Castell, who appears in every chapter."
    book = kicker_off(Book("Mira Castell: The Quiet Orchard", "Nell Ashby"), headline, text,
                      _elements("Mira Castell", headline))
    assert book.title == "Mira Castell: The Quiet Orchard"


def test_a_label_never_shown_alone_stays():
    headline = "Short Takes: The Quiet Orchard, Nell Ashby"
    elements = list(html.fromstring(f"<html><body><h1>{headline}</h1><p>Other words here.</p></body></html>").iter())
    book = kicker_off(Book("Short Takes: The Quiet Orchard", "Nell Ashby"), headline, "Ashby writes.", elements)
    assert book.title == "Short Takes: The Quiet Orchard"
