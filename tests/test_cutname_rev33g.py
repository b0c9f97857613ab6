"""``bookdeclinedhalf.cut_name`` reads a headline half as the headline's own words ending on a given name only where the
text gives a longer name after a by-word: the longer name's words are whole capitalised words, never a contraction
("by Mantel I've loved" is no name "Mantel I've"), and in languages that capitalise every noun (German, Luxembourgish)
the longer name must recur, as a noun after a surname is common there ("von Kehlmann Anfang des Jahres").

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookdeclinedhalf import cut_name
from scraper.extract.bookheadline import from_title


def _book(title: str, text: str, language: str):
    book = from_title(title, Context(text, (), language))
    return book and (book.title, book.author)


_EN = ("This is the first book by Quill I've loved without reservation. The keeper is wonderful, and Quill writes her "
       "from the inside. The Lamp Widow is long but never slow.")


def test_a_contraction_after_the_surname_is_no_longer_name():
    assert _book("The Lamp Widow – Rosa Quill", _EN, "en") == ("The Lamp Widow", "Rosa Quill")
    assert _book("Rosa Quill – The Lamp Widow", _EN, "en") == ("The Lamp Widow", "Rosa Quill")
    assert not cut_name("Rosa Quill", Context("A novel by Quill I'd reread. Quill is precise.", (), "en"))
    assert not cut_name("Rosa Quill", Context("A novel by Quill I’m fond of. Quill is precise.", (), "en"))


def test_a_german_noun_after_the_surname_is_no_longer_name():
    text = ("Der Roman von Brandt Anfang des Jahres erschienen, und ich habe ihn sofort gelesen. Brandt erzählt von "
            "einer Fährfrau. Nachtfähre ist ein stilles Buch.")
    assert _book("Nachtfähre – Lene Brandt", text, "de") == ("Nachtfähre", "Lene Brandt")
    assert not cut_name("Lene Brandt", Context("Ein Buch von Brandt Ende Mai. Brandt schreibt gut.", (), "lb"))


def test_a_headline_cut_after_a_given_name_still_cut():
    # Italian, Indonesian, French, and German where the longer name recurs
    assert cut_name("Rileggendo Ilaria", Context("La raccolta di Ilaria Bent Rossi punge. Ilaria scrive.", (), "it"))
    assert cut_name("Membaca Sekar", Context("Kumpulan karya Sekar Ayu Lestari tajam. Sekar menulis.", (), "id"))
    assert cut_name("Relisant Maren", Context("Le recueil de Maren Oduya Holt pique encore. Maren écrit court.", (),
                                              "fr"))
    assert cut_name("Wiederlesen Maren", Context("Die Erzählungen von Maren Oduya Holt sind scharf. Maren Oduya Holt "
                                                 "schreibt kurz. Maren ist klug.", (), "de"))
    assert cut_name("Rereading Maren", Context("The stories by Maren O'Dowd Holt still sting. Maren writes short.", (),
                                               "en"))
