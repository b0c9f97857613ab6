"""Who wrote the book, as the rescue's writer scorer reads it (bookrescueauthor), narrowed: a preposition that can
govern a place governs a person too ("a letter to Clara", "faith in Tom"), so a name is a place only where the text
never uses it as a person's (a writing verb after it, a possessive before a work); a deck's name never beats a name
the prose gives with a writing verb, and a deck's translator ("A's translation", "translated by A") is no writer.
Near misses: a place that never writes stays a place; a deck's writer whom the prose names by surname alone is read.

Every line here is invented for these tests (invented books, people and places, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Book, Context
from scraper.extract.bookrescue import Page, rescue


def _author(headline, lines, title, language="en", description=None):
    extra = {"description": description} if description else {}
    page = Page(headline, lines, context=Context("\n".join(lines), ("Quill Reader",), language), **extra)
    book = rescue(Book(title, None, source="body"), page)
    return book.author if book else None


# -- a person after a preposition that also governs places -------------------------------------------------------------

def test_a_person_after_a_preposition_of_place_is_still_the_writer():
    en = ["I read The Dry Acre over one long weekend at my sister's.", "Tom Reyes writes about a farm in a year "
          "without rain.", "I had lost faith in Tom Reyes after his last book, but this one won me back."]
    assert _author("The Dry Acre", en, "The Dry Acre") == "Tom Reyes"
    pt = ["Li O Pomar Seco num fim de semana de chuva.", "Clara Nunes escreve sobre uma filha que volta à casa da mãe.",
          "O livro é, disse ela, uma carta para Clara Nunes menina, que saiu de casa cedo."]
    assert _author("O Pomar Seco", pt, "O Pomar Seco", "pt") == "Clara Nunes"
    sv = ["Jag läste Den torra åkern under en regnig helg.", "Eva Lindqvist skriver om en gård under ett torrt år.",
          "Boken är ett långt brev till Eva Lindqvist som ung, säger hon själv."]
    assert _author("Den torra åkern", sv, "Den torra åkern", "sv") == "Eva Lindqvist"
    fr = ["J'ai lu Le Verger sec en un week-end pluvieux.", "Marc Aubry écrit sur une ferme pendant une année sèche.",
          "Après son premier livre, je me tournais vers Marc Aubry sans grand espoir, et j'avais tort."]
    assert _author("Le Verger sec", fr, "Le Verger sec", "fr") == "Marc Aubry"


def test_a_possessive_before_a_work_makes_the_name_a_persons():
    en = ["I picked up The Dry Acre on a whim at the station.", "Years ago I lost faith in Tom Reyes completely.",
          "Tom Reyes's new novel is slow and kind. Reyes lets the drought do the talking; Reyes never preaches."]
    assert _author("The Dry Acre", en, "The Dry Acre") == "Tom Reyes"


def test_near_miss_a_place_that_never_writes_stays_a_place():
    en = ["I read The Dry Acre on a slow train across Lower Mardon in the rain, with a flask of tea.",
          "The novel is slow and the ending lands hard."]
    assert _author("The Dry Acre, a year later", en, "The Dry Acre") is None
    pt = ["Li O Pomar Seco numa viagem para Vila Serrana, com o livro numa mala velha.",
          "O romance é lento e o final surpreende."]
    assert _author("O Pomar Seco, um ano depois", pt, "O Pomar Seco", "pt") is None


# -- the deck ----------------------------------------------------------------------------------------------------------

_SEA = ["I read The Grey Harbour in two evenings, in the new English edition.",
        "Halvor Dahl writes about a widow and the long dark months after the funeral.",
        "Berg keeps the short sentences short. Where the original repeats itself, Berg lets it repeat."]


def test_a_deck_name_never_beats_a_writer_the_prose_names_in_full():
    assert _author("The Grey Harbour", _SEA, "The Grey Harbour",
                   description="Anna Berg's new version of a northern classic") == "Halvor Dahl"
    de = ["Ich habe Der graue Hafen an zwei Abenden gelesen, in der neuen deutschen Ausgabe.",
          "Halvor Dahl schreibt über eine Witwe und die langen dunklen Monate nach der Beerdigung.",
          "Berg hält die kurzen Sätze kurz. Wo das Original sich wiederholt, lässt Berg es sich wiederholen."]
    assert _author("Der graue Hafen", de, "Der graue Hafen", "de",
                   description="Anna Berg bringt einen nordischen Klassiker zurück") == "Halvor Dahl"


def test_a_decks_translator_is_no_writer():
    lines = ["I read The Grey Harbour in two evenings, in the new English edition.",
             "A widow lives through the long dark months after the funeral.",
             "Berg keeps the short sentences short. Where the original repeats itself, Berg lets it repeat."]
    for deck in ("Anna Berg's translation of a northern classic", "A northern classic, translated by Anna Berg",
                 "Un classique du Nord, traduit par Anna Berg"):
        assert _author("The Grey Harbour", lines, "The Grey Harbour", description=deck) != "Anna Berg", deck


def test_near_miss_a_decks_writer_the_prose_calls_by_surname_is_read():
    it = ["Ho riletto Il porto grigio lo scorso inverno, su un treno senza riscaldamento.",
          "Tobias Wren guida un traghetto tra due isole e incontra uno straniero.",
          "Okonjo lascia arrivare la tempesta piano. Poi Okonjo capovolge il libro in una pagina."]
    assert _author("Il porto grigio, dieci anni dopo", it, "Il porto grigio", "it",
                   description="Il romanzo di Adaeze Okonjo regge ancora") == "Adaeze Okonjo"
