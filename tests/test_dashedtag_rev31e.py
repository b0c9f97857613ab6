"""Code review rev31e, in our own words: bookpenname._dashed_tag, narrowed after rev31b, wanted a pen name the text
says to stand after a by-word or right before a writing verb, so "Vercors le publie …" (an object pronoun between,
a verb of publishing) and "Pour Vercors, le silence …" (the view's owner) lost the author. Now the author's place
also holds the subject of a publishing verb, an object pronoun perhaps between, and the owner of a view ("according
to A", a sentence opening "For A, …"); an occasion's place ("before Halloween", "pour la Toussaint", "en Navidad")
still is none.

Fires: fr (pronoun and publishing verb), it ("lo pubblica"), es ("según A"), en ("For A, …"). Near misses: rev31b's
seasons and holidays (tests/test_dashedtag_rev31b.py), an occasion after "for" with no comma (en), "pour la" (fr).
"""

from __future__ import annotations

import pytest

from scraper.extract.bookpenname import tagged_pen_name


@pytest.mark.parametrize("headline,tags,text,language", [
    ("La Nuit du phare – Morvan", ["Morvan", "classiques"], "Un court récit. Morvan le publie en 1951 à Brest.", "fr"),
    ("Il ponte sul fiume – Ardesio", ["classici", "Ardesio"], "Un libro breve. Ardesio lo pubblica nel 1960.", "it"),
    ("El pozo seco – Arandel", ["clásicos", "Arandel"], "Según Arandel, la sed es la única trama.", "es"),
    ("The Salt Road – Penhallow", ["classics", "Penhallow"], "A short book. For Penhallow, the coast is a person.",
     "en"),
])
def test_a_pen_name_in_a_makers_or_a_views_place(headline, tags, text, language):
    title, name = headline.split(" – ")
    book = tagged_pen_name(None, headline, tags, text, language)
    assert book is not None and (book.title, book.author) == (title, name)


@pytest.mark.parametrize("headline,tags,text,language", [
    ("Carmilla – Halloween", ["Halloween", "classics"], "A short book. I keep it for Halloween every year.", "en"),
    ("Le Horla – Toussaint", ["Toussaint", "classiques"], "Un court récit. Pour la Toussaint, je le relis.", "fr"),
    ("Pedro Páramo – Navidad", ["Navidad", "clásicos"], "Un libro breve. Lo releo en Navidad.", "es"),
])
def test_an_occasion_is_no_author(headline, tags, text, language):
    assert tagged_pen_name(None, headline, tags, text, language) is None
