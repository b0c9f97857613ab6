"""Code review rev31b, in our own words: bookpenname._dashed_tag read a headline "T – A" as a book by the one-word pen
name A wherever A was one of the post's tags, written capitalised, and never said in lower case: a proper-noun tag
passes that guard ("Dracula – Halloween", the text "before Halloween"), and German capitalises every noun
("Sommerlektüre"). Now the capital tells a name only where the blog writes its other tags in lower case and the page's
language does not capitalise its nouns (de, lb); and a name the text says must stand there as the work's maker, after
a by-word or before a writing verb.

Fires: fr (the name never in the text), it ("di A"), es ("A escribe"), en ("by A"). Near misses: a season's or a
holiday's tag named in the text (en, fr, es), a German headline's noun tag (with the page's language, and with every
tag capitalised), a blog that capitalises every tag (en).
"""

from __future__ import annotations

import pytest

from scraper.extract.bookpenname import tagged_pen_name


@pytest.mark.parametrize("headline,tags,text,language", [
    ("La Nuit du phare – Morvan", ["classiques", "Morvan", "mer"], "Je le relis chaque hiver, il tient encore.", "fr"),
    ("Il ponte sul fiume – Ardesio", ["classici", "Ardesio"], "L'ultimo romanzo di Ardesio, breve e duro.", "it"),
    ("El pozo seco – Arandel", ["clásicos", "Arandel"], "Arandel escribe con frases cortas y secas.", "es"),
    ("The Salt Road – Penhallow", ["classics", "Penhallow"], "A late novel by Penhallow, short and bleak.", "en"),
])
def test_a_pen_name_tag_in_an_authors_place_is_the_author(headline, tags, text, language):
    title, name = headline.split(" – ")
    book = tagged_pen_name(None, headline, tags, text, language)
    assert book is not None and (book.title, book.author) == (title, name)


@pytest.mark.parametrize("headline,tags,text,language", [
    ("Carmilla – Halloween", ["Halloween", "classics"], "Every year I reread one before Halloween.", "en"),
    ("Le Horla – Toussaint", ["Toussaint", "classiques"], "Je le relis chaque année pour la Toussaint.", "fr"),
    ("Pedro Páramo – Navidad", ["Navidad", "clásicos"], "Lo leí otra vez en Navidad, junto al fuego.", "es"),
    ("Die Wolkeninsel – Urlaubslektüre", ["Urlaubslektüre", "meer"], "Ein dicker Roman, ideal am Meer.", "de"),
    ("Die Wolkeninsel – Urlaubslektüre", ["Urlaubslektüre", "Meer"], "Ein dicker Roman, ideal am Meer.", None),
    ("The Salt Road – Cornwall", ["Cornwall", "Classics", "Coast"], "A bleak novel of the coast.", "en"),
])
def test_a_tag_that_is_no_pen_name_is_no_author(headline, tags, text, language):
    assert tagged_pen_name(None, headline, tags, text, language) is None
