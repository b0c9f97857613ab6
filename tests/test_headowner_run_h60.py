"""A headline "Owner's 'T' runs on …": the owner's possessive, the title in typewriter single quotes or in other
quotes, and the headline running on as a sentence with no separator after the title (Danish, Norwegian, Swedish,
German, Dutch; English in curly quotes), read by ``bookheadowner.owned_headline``.

Near misses: a quoted word in lower case after a possessive ("… 'lille' problem"), an owner the text never names,
a title cut by an apostrophe inside typewriter quotes, and Indic headlines as before. Every text here is invented for
these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookheadowner import owned_headline


def _read(title: str, text: str, lang: str):
    book = owned_headline(title, Context(text, ("Bogreolen",), lang))
    return (book.title, book.author) if book else None


def test_danish_typewriter_quotes_and_a_running_headline():
    title = "Mette Lindquists 'Når sneen falder over fjorden' er en stille triumf"
    text = "Romanen følger en fisker og hans datter. Lindquist skriver roligt og præcist om tab."
    assert _read(title, text, "da") == ("Når sneen falder over fjorden", "Mette Lindquist")


def test_norwegian_and_swedish_guillemets_running_on():
    no = "Arne Solbakkens «Vinden fra nord» treffer hardt"
    assert _read(no, "Solbakken skriver om en liten øy og et langt liv der.", "nb") == ("Vinden fra nord", "Arne Solbakken")
    sv = "Karin Ekvalls ”Havet i oktober” griper tag"
    assert _read(sv.replace("”", "\""), "Ekvall låter meningarna vara korta och kalla.", "sv") == ("Havet i oktober", "Karin Ekvall")


def test_german_and_english_headlines_running_on():
    de = "Jonas Widmers „Die stille Werft“ überzeugt nicht ganz"
    assert _read(de, "Widmer erzählt von einer Werft an der Elbe und ihrem letzten Winter.", "de") == ("Die stille Werft", "Jonas Widmer")
    en = "Priya Castell's “The Lantern Keeper” is a slow, rewarding read"
    assert _read(en, "Castell builds her island town with patience.", "en") == ("The Lantern Keeper", "Priya Castell")


def test_dutch_headline_with_a_separator_still_read():
    nl = "Sanne Verbeeks 'Het laatste veer': een roman over afscheid"
    assert _read(nl, "Verbeek schrijft sober en helder over een veerman.", "nl") == ("Het laatste veer", "Sanne Verbeek")


def test_a_quoted_word_in_lower_case_is_no_title():
    assert _read("Mette Lindquists 'lille' problem er stort", "Lindquist skriver om sin mor.", "da") is None
    assert _read("Priya Castell's 'quiet' book shouts", "Castell builds her town with patience.", "en") is None


def test_an_owner_the_text_never_names_is_no_author():
    title = "Mette Lindquists 'Når sneen falder over fjorden' er en stille triumf"
    assert _read(title, "Romanen følger en fisker og hans datter gennem en lang vinter.", "da") is None


def test_an_apostrophe_inside_typewriter_quotes_is_left_alone():
    title = "Owen Barrows 'Enders Hul' holder på sine hemmeligheder"
    assert _read(title.replace("Enders", "Ender's"), "Barrow skriver om en mineby uden mine.", "da") is None
    # after an apostrophe's possessive the same mark opens the title: left to the rules reading the whole headline
    assert _read("Owen Barrow's 'Ender Hollow' keeps its secrets", "Barrow writes about a town. Barrow is patient.", "en") is None


def test_typewriter_quotes_after_a_possessive_word_are_left_alone():
    assert _read("Marais se 'Die Wingerd' kry 'n nuwe uitgawe", "Marais skryf oor 'n plaas. Marais is geduldig.", "af") is None


def test_an_ordinary_headline_with_no_owner_is_left_alone():
    assert _read("'Når sneen falder' er årets roman", "Romanen følger en fisker. Lindquist skriver roligt.", "da") is None
    assert _read("Why I finally read 'The Lantern Keeper' this winter", "Castell builds her town with patience.", "en") is None
