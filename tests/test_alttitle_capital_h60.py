"""A record line whose title holds its alternative half after a full stop, the "or" then capitalised (holdout60):
"A: T. Or S. Publisher, year." is one title "T. Or S", not "T" with the rest taken for the publisher's parts
(bookalttitle.joined_alternatives, given the line). Our own records, in nb, de, fr, en, ru, pl, hu; near misses: a
capitalised word that is no "or" there (pt "O" 'the', nl/en "Of", fr "Au"), a part that follows no full stop, and the
parts alone without their line (as before).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.bookalttitle import joined_alternatives
from scraper.extract.bookbiblio import from_bibliography


@pytest.mark.parametrize("line, title, author", [
    ("Kari Lunde: Stien. Eller om å vente på våren. Oktober, 2011. 174 sider.", "Stien. Eller om å vente på våren", "Kari Lunde"),
    ("Anna Berger: Warten. Oder wie man die Zeit vergisst. Kiepenheuer, 2019. 210 Seiten.", "Warten. Oder wie man die Zeit vergisst", "Anna Berger"),
    ("Louise Marchal : Le Quai. Ou l'art de partir. Gallimard, 2015. 240 pages.", "Le Quai. Ou l'art de partir", "Louise Marchal"),
    ("Tom Hale: The Orchard. Or, A Year Without Rain. Faber, 2008. 312 pages.", "The Orchard. Or, A Year Without Rain", "Tom Hale"),
    ("Ирина Волкова: Дорога. Или искусство ждать. АСТ, 2020. 288 с.", "Дорога. Или искусство ждать", "Ирина Волкова"),
    ("Marta Nowak: Przystań. Albo o czekaniu. Znak, 2017. 256 stron.", "Przystań. Albo o czekaniu", "Marta Nowak"),
    ("Kovács Éva: A kikötő. Avagy a várakozás művészete. Magvető, 2016. 198 oldal.", "A kikötő. Avagy a várakozás művészete", "Kovács Éva"),
])
def test_capitalised_or_after_full_stop_joins_the_title(line, title, author):
    assert from_bibliography([line]) == (title, author)


@pytest.mark.parametrize("parts, line", [
    (["Machado Lima: Contos", "O Globo", "2001"], "Machado Lima: Contos. O Globo, 2001."),  # pt "O" is 'the'
    (["Steinbeck", "John", "Of Mice and Men", "Penguin", "1937"], "Steinbeck, John. Of Mice and Men. Penguin, 1937."),
    (["Pierre Roux: Nuits", "Au Diable Vauvert", "2012"], "Pierre Roux: Nuits. Au Diable Vauvert, 2012."),  # fr "Au" 'to the'
    (["Anna Berger: Warten", "Oder wie man vergisst", "2019"], "Anna Berger: Warten / Oder wie man vergisst / 2019"),  # no full stop
])
def test_near_misses_stay_apart(parts, line):
    assert joined_alternatives(list(parts), line=line) == parts


def test_without_the_line_nothing_changes():
    parts = ["Kari Lunde: Stien", "Eller om å vente", "Oktober", "2011"]
    assert joined_alternatives(list(parts)) == parts


def test_a_norwegian_review_reads_the_whole_title():
    html = """<html lang="nb"><head><title>En sti gjennom vinteren</title></head><body><article>
<h1>En sti gjennom vinteren</h1>
<p>Kari Lundes «Stien. Eller om å vente på våren» er en stillferdig roman om en kvinne som går den samme stien hver
morgen gjennom en lang vinter. Hun teller trær, hun hilser på en nabo, og sakte forstår vi hva hun venter på.</p>
<p>Språket er nøkternt og presist, og Lunde stoler på at leseren selv ser det som ikke blir sagt. Enkelte kapitler
blir litt like, men helheten er rørende og vakker, og slutten sitter lenge i.</p>
<p><b>Terningkast:</b> 5 av 6</p>
<p>Kari Lunde: Stien. Eller om å vente på våren. Oktober, 2011. 174 sider.</p>
</article></body></html>"""
    record = extract_page(html, "https://avis.example.no/kultur/bok/2026/12/01/en-sti-gjennom-vinteren/")
    assert (record.book_title, record.book_author) == ("Stien. Eller om å vente på våren", "Kari Lunde")
