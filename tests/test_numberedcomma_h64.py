"""scraper.extract.listedbook.numbered_works: a list's numbered headings that set off each work and its maker with a
comma, either way round ("### 2. Maker Name, Work", "### 3. Work, Maker Name"), as canon lists and magazine round-ups
do. Our own words, in Slovene, Portuguese, Polish and English; near misses: a review's numbered sections."""

from __future__ import annotations

from scraper.extract.listedbook import numbered_works


def test_maker_first_slovene():
    lines = ["Zima je dolga, berimo stare knjige.", "### 1. Ana Kovač, Tiha reka", "Roman o reki in o očetu.",
             "### 2. Marko Zupan, Sneg nad mestom", "Kratek in hladen.", "### 3. Nina Horvat, Zadnja postaja", "Za en večer."]
    assert numbered_works(lines) == {"tiha reka": True, "sneg nad mestom": True, "zadnja postaja": True}


def test_work_first_portuguese():
    lines = ["## 1. O Rio Lento, Maria Sousa", "texto", "## 2. A Casa Fria, João Pereira", "texto",
             "## 3. Mar de Inverno, Ana Lopes", "texto", "## 4. Noite Clara, Rui Costa"]
    # (a title-case title may pass for the name: which side is the work matters not to the count of works listed)
    assert len(numbered_works(lines)) == 4


def test_dash_pairs_still_read():
    lines = ["### 1. Cicha rzeka – Anna Nowak", "### 2. Zimny dom – Piotr Lis", "### 3. Ostatni pociąg – Ewa Wróbel"]
    assert len(numbered_works(lines)) == 3


def test_near_miss_review_sections_with_commas():
    # a review of one book in numbered sections: no side of the comma is a two-word name
    lines = ["### 1. Plot, briefly", "text", "### 2. Characters, mostly flat", "text", "### 3. Style, too plain", "text"]
    assert numbered_works(lines) == {}


def test_near_miss_sections_lowercase_polish():
    lines = ["### 1. Fabuła, w skrócie", "tekst", "### 2. Bohaterowie, niestety płascy", "tekst", "### 3. Język, prosty i czysty"]
    assert numbered_works(lines) == {}


def test_near_miss_two_items_only():
    lines = ["### 1. Ana Kovač, Tiha reka", "### 2. Marko Zupan, Sneg nad mestom", "Konec seznama."]
    assert numbered_works(lines) == {}
