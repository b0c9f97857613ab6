"""rev31f finding 3, in our own words: ``bookheadtag.echoed_tag`` took a genre's or a season's tag in sentence case
("Novela negra", "Rentrée littéraire") as the title over a reviewer's own headline. A tag of genre, kind or reading
challenge words, a tag the text also writes in lower case, and a list's headline (a number in it) give no title now;
the sentence-case test reads every cased letter (ż, ł, č, ś).

Fires: es, pl, it, fr tags of a book's title. Near misses: genre and challenge tags in es, fr, en, it, pl, a tag the
text also says in lower case, a list post's headline.
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookheadtag import echoed_tag


@pytest.mark.parametrize("headline,tags,text,title", [
    ("Un verano sin faro", ["La sombra del muelle", "Ana Olivares"],
     "La sombra del muelle es breve. Olivares escribe con calma.", "La sombra del muelle"),
    ("Zima bez końca", ["Dom nad łąką", "Ewa Kestrova"], "Dom nad łąką to cicha książka. Kestrova pisze krótko.",
     "Dom nad łąką"),
    ("Tre inverni e un porto", ["Il molo di ponente", "Luca Sereni"],
     "Il molo di ponente racconta tre inverni. Sereni scrive asciutto.", "Il molo di ponente"),
    ("Un été au bord du lac", ["La maison des saules", "Claire Morvane"],
     "J'ai lu La maison des saules d'une traite. Morvane écrit court.", "La maison des saules"),
    ("Cicha zima", ["Ostatni śnieg", "Ewa Kestrova"], "Ostatni śnieg czytałam długo. Kestrova pisze krótko.",
     "Ostatni śnieg"),
])
def test_a_titles_tag_is_the_title(headline, tags, text, title):
    assert echoed_tag(headline, tags, tags[-1].split()[-1], Context(text)) == title


@pytest.mark.parametrize("headline,tags,text", [
    ("Un invierno para recordar", ["Novela negra", "Ana Olivares"],
     "Novela negra de la buena. Olivares escribe con ritmo."),
    ("Un hiver à Lyon", ["Rentrée littéraire", "Claire Morvane"], "Rentrée littéraire oblige. Morvane écrit court."),
    ("A winter to remember", ["Historical fiction", "Jane Dunmere"], "Historical fiction done well. Dunmere writes."),
    ("Un anno di libri", ["Reto lector", "Luca Sereni"], "Reto lector cumplido. Sereni scrive asciutto."),
    ("Długa zima", ["Literatura faktu", "Ewa Kestrova"], "Literatura faktu w najlepszym wydaniu. Kestrova pisze."),
    ("Un verano sin faro", ["Vida de pueblo", "Ana Olivares"],
     "Vida de pueblo, dice la etiqueta; la vida de pueblo me cansa. Olivares escribe."),
    ("5 libros para el verano", ["La sombra del muelle", "Ana Olivares"],
     "La sombra del muelle es breve. Olivares escribe con calma."),
])
def test_genre_challenge_lower_case_or_list_tags_give_no_title(headline, tags, text):
    assert echoed_tag(headline, tags, tags[-1].split()[-1], Context(text)) is None
