"""A headline that gives its book as "Label of a few words: Author, "Title"" ("Knjiga tjedna: A, „T“", "Książka
tygodnia: A, „T”", "Book of the week: A, "T"", "Buch der Woche: A, „T“"): the column's label of up to four words is
taken off (``bookheadline._WORDS_LABEL``, tried after the whole headline), and a quoted title whose words hold the
Slavic "i" (and) is no first person's speech (``_SPEECH`` reads the capital pronoun "I" only). Near misses: a quoted
sentence in the first person after a name stays speech; a five-word label is none; an "Author: Title" headline keeps
its author.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title


def _ctx(text: str, lang: str) -> Context:
    return Context(text, (), lang)


def test_column_label_and_slavic_and():
    hr = _ctx("Marković piše sporo i precizno. Roman je dobar, a kraj me iznenadio.", "hr")
    book = from_title("Knjiga tjedna: Ivana Marković, „Otok i obala“", hr)
    assert (book.title, book.author) == ("Otok i obala", "Ivana Marković")
    pl = _ctx("Nowak pisze krótko. Powieść i jej bohaterowie zostają w pamięci.", "pl")
    book = from_title("Książka tygodnia: Olga Nowak, „Dom i ogród”", pl)
    assert (book.title, book.author) == ("Dom i ogród", "Olga Nowak")
    en = _ctx("Quarry writes with great patience. The novel is a slow pleasure.", "en")
    book = from_title('Book of the week: Tess Quarry, "Salt Roads"', en)
    assert (book.title, book.author) == ("Salt Roads", "Tess Quarry")
    de = _ctx("Quarry erzählt geduldig. Der Roman ist ein langsames Vergnügen.", "de")
    book = from_title("Buch der Woche: Tess Quarry, „Salzwege“", de)
    assert (book.title, book.author) == ("Salzwege", "Tess Quarry")
    cs = _ctx("Horák píše úsporně. Román o otci i synovi mě dojal.", "cs")
    book = from_title("Jan Horák, „Otec i syn“", cs)  # (no label: the "i" alone)
    assert (book.title, book.author) == ("Otec i syn", "Jan Horák")


def test_near_misses():
    en = _ctx("Abernethy spoke for an hour about the river and her childhood.", "en")
    assert from_title("Ruth Abernethy: “I wanted the river to speak”", en) is None
    # a label of five words is the post's own headline, not a column's
    quarry = _ctx("Quarry writes with great patience.", "en")
    assert from_title('What I read this week: Tess Quarry, "Salt Roads"', quarry) is None
    # "Author: Title" keeps its author (the label is tried last)
    book = from_title("Tess Quarry: Salt Roads", quarry)
    assert book is not None and book.author == "Tess Quarry" and book.title == "Salt Roads"


def test_short_rated_review_under_a_column_label():
    html = """<!DOCTYPE html><html lang="hr"><head><meta charset="utf-8">
<title>Knjiga tjedna: Ivana Marković, "Otok i obala" - Dnevnik</title></head><body><article class="article">
<h1>Knjiga tjedna: Ivana Marković, "Otok i obala"</h1><p class="meta">Autor: Petra Kos | 02.03.2026.</p>
<div class="article-body"><p>Mlada učiteljica dolazi na mali otok pedesetih godina i ostaje cijeli život. Marković
pripovijeda kroz pisma koja nikad nisu poslana, pa čitatelj zna više od svih likova.</p>
<p>Roman je tih i strpljiv, ponekad previše, ali posljednja poglavlja vrijede svako čekanje. Otok se mijenja
sporije od ljudi, a more je uvijek tu, kao svjedok koji ništa ne govori. Jezik je jednostavan i topao, bez velikih
riječi, i upravo zato dirne.</p>
<p><b>Ocjena:</b> 4 od 5</p></div></article></body></html>"""
    record = extract_page(html, "https://dnevnik.example/kultura/knjiga-tjedna-4471")
    assert record.kind == "review", record.reason
    assert (record.book_title, record.book_author) == ("Otok i obala", "Ivana Marković")
    assert record.rating == 0.8
