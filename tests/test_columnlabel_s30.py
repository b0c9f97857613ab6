"""scraper.extract.book.column_prefix, read by bookheadline: a recurring column's label set off before the book's
title in a headline ("Tipp der Woche: T", "Staff pick – T", "Il consiglio di Marta: T", "Coup de cœur du mois : T",
"Boek van de week: T") is the column's, not the title: the book is T, as after "Review: T". Near misses: a real title
shaped like a label that the review names ("Marian's Choice"), a title before its author ("Book of the Month – A"), a
name with a period or pick word ("Mary Week: T"), a staff-picks list of several books, a headline that is only the
title.

Every line here is invented for these tests (invented books, people and blogs, in our own words).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context, column_prefix

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{head} – Kleiner Laden</title></head>
<body><header><a href="/">Kleiner Laden</a></header><main><article><h1>{head}</h1>
<div class="post-body">{body}</div></article></main>
<footer><p>Kleiner Laden, Hafenstraße 3</p></footer></body></html>"""

_CASES = [
    ("de", "Tipp der Woche: Das stille Haus", "Das stille Haus", "Greta Lindner",
     "<p><strong>Greta Lindner</strong></p><p>Ein Haus am Deich, eine Witwe und ein Untermieter, der nachts Briefe "
     "schreibt. Lindner erzählt ruhig und genau, jede Figur bekommt ihren Raum, und am Ende hat mich die Geschichte "
     "lange nicht losgelassen. Ich habe den Roman an zwei Abenden gelesen und verschenke ihn diesen Winter gleich "
     "dreimal, weil er so klug und zugleich so warm ist.</p><p>Besonders gefallen haben mir die kurzen Kapitel, die "
     "jeweils aus der Sicht einer anderen Figur erzählt sind, und die vielen kleinen Beobachtungen vom Leben am "
     "Wasser. Manche Leser werden den ruhigen Anfang zu langsam finden, aber wer dranbleibt, wird belohnt. Für mich "
     "eines der schönsten Bücher dieses Herbstes.</p>"),
    ("it", "Il consiglio di Marta: Il faro spento", "Il faro spento", "Bruno Castelli",
     "<p><strong>Bruno Castelli</strong></p><p>Un guardiano del faro, un'isola d'inverno e una lettera che arriva "
     "con vent'anni di ritardo. Castelli scrive con pazienza e con un'ironia gentile, e il finale mi ha commosso. "
     "Ho letto il romanzo in due sere e lo consiglio a chi ama le storie lente, piene di mare e di silenzi.</p><p>Mi "
     "sono piaciuti soprattutto i capitoli brevi, ognuno raccontato da un personaggio diverso, e le tante piccole "
     "osservazioni sulla vita dell'isola. Qualcuno troverà l'inizio troppo lento, ma chi continua viene ripagato. Per "
     "me è uno dei libri più belli di quest'autunno, da leggere con calma.</p>"),
    ("fr", "Coup de cœur du mois : La maison des sables", "La maison des sables", "Hélène Marchais",
     "<p><strong>Hélène Marchais</strong></p><p>Une maison sur la dune, deux sœurs qui ne se parlent plus et un été "
     "qui les oblige à tout se dire. Marchais écrit avec finesse, sans jamais forcer le trait, et j'ai refermé le "
     "roman le cœur serré. Je l'ai lu en deux soirées et je le recommande à tous ceux qui aiment les histoires de "
     "famille.</p><p>J'ai surtout aimé les chapitres courts, chacun raconté par un personnage différent, et les mille "
     "petites observations sur la vie au bord de la mer. Certains trouveront le début trop lent, mais ceux qui "
     "persévèrent seront récompensés. Pour moi, l'un des plus beaux livres de cet automne.</p>"),
    ("en", "Staff pick – The Lantern Keeper", "The Lantern Keeper", "Owen Threlkeld",
     "<p><strong>Owen Threlkeld</strong></p><p>A lamplighter in a northern port town keeps a ledger of everyone who "
     "walks home after dark. Threlkeld builds the town street by street, and the quiet ending stayed with me for "
     "days. I read it over a wet weekend and have been pressing it on customers ever since; it is a small, patient "
     "and generous novel.</p><p>I especially liked the short chapters, each told by a different neighbour, and the "
     "small observations of life along the quay. Some readers will find the opening slow, but anyone who sticks with "
     "it is rewarded. For me it is one of the loveliest books of the autumn, and a perfect one to read by the "
     "fire.</p>"),
    ("nl", "Boek van de week: De stille haven", "De stille haven", "Joris Verbeek",
     "<p><strong>Joris Verbeek</strong></p><p>Een havenmeester, een zoon die terugkomt en een winter die maar niet "
     "ophoudt. Verbeek schrijft sober en precies, en het einde raakte me. Ik las de roman in twee avonden en raad "
     "hem iedereen aan die van rustige, eerlijke verhalen houdt.</p><p>Vooral de korte hoofdstukken, elk verteld door "
     "een ander personage, en de vele kleine waarnemingen van het leven aan het water vond ik mooi. Sommige lezers "
     "zullen het begin te traag vinden, maar wie doorleest wordt beloond. Voor mij een van de mooiste boeken van deze "
     "herfst. Ik heb het boek al aan drie vrienden uitgeleend en ze waren allemaal even enthousiast als ik. De "
     "vertaling naar het Engels verschijnt volgend jaar, en ik ben benieuwd of de toon overeind blijft. Mijn oordeel: "
     "lezen, het liefst op een regenachtige zondag.</p>"),
]


@pytest.mark.parametrize("lang, head, title, author, body", _CASES)
def test_label_before_the_title_gives_the_title(lang, head, title, author, body):
    record = extract_page(_PAGE.format(lang=lang, head=head, body=body).encode(), "https://laden.example/blog/post-1")
    assert record.is_review
    assert (record.book_title, record.book_author) == (title, author)


@pytest.mark.parametrize("head, rest", [
    ("Tipp der Woche: Das stille Haus", "Das stille Haus"),
    ("Aoife's pick: The Salt Road", "The Salt Road"),
    ("Editor's choice | The Salt Road", "The Salt Road"),
    ("Unsere Empfehlung: Die Wand", "Die Wand"),
    ("Książka tygodnia: Bieguni", "Bieguni"),
    ("Libro de la semana: La casa", "La casa"),
    ("La scelta di Luca – Il mare", "Il mare"),
])
def test_labels_in_many_languages(head, rest):
    assert column_prefix(head, Context("A short review of a novel.", (), None)) == rest


@pytest.mark.parametrize("head", [
    "Staff picks: The Salt Road, Ninefold and Glass Town",  # a list's plural label
    "Monthly wrap-up: January",  # no pick or book word
    "Mary Week: Summer Light",  # a name with a period word
    "The Pick: a novel",  # a title, then lower-case words
    "The Salt Road",  # the title alone
])
def test_not_a_column_label(head):
    assert column_prefix(head, Context("Week wrote it. A short review of a novel.", (), None)) is None


def test_title_shaped_like_a_label_named_by_the_review():
    body = ("<p>Hal Brenner's Marian's Choice follows a widow who must choose between two sons. Brenner keeps the "
            "story tight and the dialogue sharp, and Marian's Choice never sags. I read it in one sitting and thought "
            "about the ending for a week.</p><p>The novel is set in a mill town in the 1950s, and Brenner catches its "
            "rhythms well: the "
            "shift whistle, the chapel suppers, the gossip at the bus stop. Some of the minor characters are thin, and "
            "the second son could have used another chapter, but the widow herself is one of the best-drawn heroines I "
            "have met this year. I recommend it warmly to anyone who likes quiet family stories with a sting in the "
            "tail.</p>")
    record = extract_page(_PAGE.format(lang="en", head="Marian's Choice – Hal Brenner", body=body).encode(),
                          "https://laden.example/blog/post-2")
    assert (record.book_title, record.book_author) == ("Marian's Choice", "Hal Brenner")


def test_title_before_its_author_stays():
    context = Context("Clara Vennet's satire follows a book club. Vennet is sharp.", (), "en")
    assert column_prefix("Book of the Month – Clara Vennet", context) is None


def test_a_name_the_text_calls_by_surname_is_no_label():
    context = Context("Thomas Tipp writes about the sea. Tipp is good.", (), "de")
    assert column_prefix("Thomas Tipp: Die Wand", context) is None
