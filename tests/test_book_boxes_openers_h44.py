"""holdout44 round (helper book44a), in our own words: four places a post names its book that no rule read.

- bookfirstrow.headed_rows: a record box whose head line is the bare title, its rows labelled ("T" / "Author: A" /
  "Publisher: P" / "Pages: 230"), the author's label in Basque, German, Spanish, Icelandic, English; near misses: a
  sentence above the author row, too few rows, a dated row, no figure, a labelled title (field_pairs' own);
- bookopeningheading.opening_line: a short "A – T" line opening the body, the author called by surname in the text
  (nl, de, en, fr); near misses: a surname never said again, a long line, a sentence;
- booknamedtwice: a Mongolian full name opens on the father's name in the genitive ("Дашын Батаа «T»") even at a
  sentence's start; a Russian sentence's first word stays out;
- bookofauthor.of_author: "T na A" (ha), "T cha A" (sw), "T ti A" (yo), a title of respect dropped; near misses: a
  language without such a word, a name the text never says again, "na" before lower-case words.
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.booklabelfields import field_pairs, labelled_fields
from scraper.extract.bookfirstrow import headed_rows
from scraper.extract.booknamedtwice import named_twice
from scraper.extract.bookofauthor import of_author
from scraper.extract.bookopeningheading import opening_line

BOXES = {
    "eu": (["Itsasoko argiak", "Egilea: Miren Zubiria", "Argitaletxea: Txalaparta", "Orrialdeak: 230"], "Itsasoko argiak", "Miren Zubiria"),
    "de": (["**Die Salzbrücke**", "Autor: Jonas Feldner", "Verlag: Hafenbuch", "Seiten: 312"], "Die Salzbrücke", "Jonas Feldner"),
    "es": (["El faro dormido", "Autora: Lucía Berro", "Editorial: Ancla", "Páginas: 198", "Precio: 18 €"], "El faro dormido", "Lucía Berro"),
    "is": (["Vetrarljós", "Höfundur: Sólrún Eiríksdóttir", "Útgefandi: Bjarmi", "Blaðsíður: 240"], "Vetrarljós", "Sólrún Eiríksdóttir"),
    "en": (["The Quiet Harbour", "Author: Nell Ashby", "Publisher: Tidewell", "Pages: 288"], "The Quiet Harbour", "Nell Ashby"),
}


@pytest.mark.parametrize("lang", sorted(BOXES))
def test_a_box_headed_by_its_bare_title_names_the_book(lang):
    lines, title, author = BOXES[lang]
    pairs = headed_rows(["Some opening words of a post.", *lines, "The review itself begins here and runs on."])
    assert labelled_fields(pairs) == (title, author)
    assert labelled_fields(field_pairs(["A kicker", *lines], None)) == (title, author)


@pytest.mark.parametrize("lines", [
    ["I read this one slowly over a week.", "Author: Nell Ashby", "Publisher: Tidewell", "Pages: 288"],  # a sentence above
    ["The Quiet Harbour", "Author: Nell Ashby", "Pages: 288"],  # two rows only
    ["Posted in books", "Author: Nell Ashby", "Category: Fiction", "Posted: 12.03.2026"],  # a post's meta rows, dated
    ["The Quiet Harbour", "Author: Nell Ashby", "Publisher: Tidewell", "Genre: Fiction"],  # no figure
    ["Books we liked:", "Author: Nell Ashby", "Publisher: Tidewell", "Pages: 288"],  # a line that ends on a colon
    ["The Quiet Harbour", "Author: Nell Ashby", "Title: Another Book", "Pages: 288"],  # a labelled title: field_pairs' own
    ["Two books", "Author: Nell Ashby", "Author: Tom Ridge", "Pages: 288"],  # two authors' rows
])
def test_near_misses_give_no_headed_box(lines):
    assert headed_rows(lines) == []


OPENERS = {
    "nl": ("Mirte Valkhof – Het zoutpad", "Valkhof schrijft kort en droog over een zomer aan zee.", ("Het zoutpad", "Mirte Valkhof")),
    "de": ("Lorenz Aberle – Nachtfähre", "Aberle erzählt ohne Eile, und das tut dem Buch gut.", ("Nachtfähre", "Lorenz Aberle")),
    "en": ("Salt and Lanterns – Ada Pennick", "Pennick keeps the chapters short and the weather loud.", ("Salt and Lanterns", "Ada Pennick")),
    "fr": ("Hélène Morvan – La digue", "Morvan écrit sans effets, au plus près des gens.", ("La digue", "Hélène Morvan")),
}


@pytest.mark.parametrize("lang", sorted(OPENERS))
def test_a_short_dashed_line_opening_the_body_names_the_book(lang):
    line, prose, (title, author) = OPENERS[lang]
    lines = [line, "★★★★", prose]
    book = opening_line(lines, Context("\n".join(lines), language=lang))
    assert book is not None and (book.title, book.author) == (title, author)


def test_near_misses_give_no_opening_line():
    never = ["Mirte Valkhof – Het zoutpad", "Een boek over een zomer aan zee."]  # the surname never said again
    assert opening_line(never, Context("\n".join(never), language="nl")) is None
    long = ["Mirte Valkhof – een lang verhaal over wat er die hele zomer aan zee gebeurde met iedereen",
            "Valkhof schrijft kort."]
    assert opening_line(long, Context("\n".join(long), language="nl")) is None
    sentence = ["Mirte Valkhof – Het zoutpad.", "Valkhof schrijft kort."]
    assert opening_line(sentence, Context("\n".join(sentence), language="nl")) is None
    byline = ["Mirte Valkhof – 4 december 2026", "Valkhof schrijft over een boek."]  # the writer's byline, dated
    assert opening_line(byline, Context("\n".join(byline), language="nl", not_authors=("Mirte Valkhof",))) is None


MN = ["Дашын Батаагийн “Нүүдлийн шувуу” роман өвөл уншсан ном маань.",
      "Батаа тал нутгийн өнгө үнэрийг үгээр зурдаг. Өвөө эмээгийн үеийн түүх нүдэнд харагдана."]


def test_a_mongolian_name_keeps_its_patronymic_at_a_sentence_start():
    book = named_twice(None, None, MN, "Ном: “Нүүдлийн шувуу”", [], before_quote=True)
    assert book is not None and book.title == "Нүүдлийн шувуу" and book.author == "Дашын Батаа"


def test_a_russian_sentence_opener_stays_out_of_the_name():
    ru = ["Прочитала Громова «Северный ветер» за один вечер.", "Громов пишет коротко и сухо, и это работает."]
    book = named_twice(None, None, ru, "Заметки о книге", [], before_quote=True)
    assert book is None or not book.author.startswith("Прочитала")


OF = {
    "ha": ("Hasken Dare", "Bangon littafin Hasken Dare na Malam Sani Dikko", "Dikko ya rubuta shi cikin sauki.", "Sani Dikko"),
    "sw": ("Mvua ya Jioni", "Jalada la kitabu Mvua ya Jioni cha Bwana Juma Haji", "Haji anaandika kwa upole.", "Juma Haji"),
    "yo": ("Omi Okun", "Aworan iwe Omi Okun ti Ayo Adebiyi", "Adebiyi ko o daradara.", "Ayo Adebiyi"),
}


@pytest.mark.parametrize("lang", sorted(OF))
def test_the_name_after_a_known_title_and_the_languages_of(lang):
    title, caption, prose, author = OF[lang]
    lines = [caption, prose]
    assert of_author(title, lines, Context("\n".join(lines), language=lang)) == author


def test_near_misses_give_no_of_author():
    lines = ["Bangon littafin Hasken Dare na Malam Sani Dikko", "Littafi ne mai dadi."]  # the name never said again
    assert of_author("Hasken Dare", lines, Context("\n".join(lines), language="ha")) is None
    english = ["Cover of Hasken Dare na Sani Dikko", "Dikko writes plainly."]  # no such "of" in the page's language
    assert of_author("Hasken Dare", english, Context("\n".join(english), language="en")) is None
    lower = ["Na karanta Hasken Dare na sake karantawa da dare", "Dikko ya rubuta shi."]  # "na" before lower-case words
    assert of_author("Hasken Dare", lower, Context("\n".join(lower), language="ha")) is None
