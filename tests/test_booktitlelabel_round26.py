"""A post title opening with a one-word label of the blog's own, a hashtag too ("#Lesetipp: A, „T“", "Lecture : A, « T »"):
the shape after the label is read as a title without one would be, when the text vouches for the author."""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title


def _ctx(text: str, language: str) -> Context:
    return Context(text, (), language)


def test_hashtag_label_before_name_and_quoted_title_de():
    ctx = _ctx("Haushofer erzählt von einer Frau allein in den Bergen. Haushofer schreibt karg.", "de")
    book = from_title("#Lesetipp: Marlen Haushofer, „Die Wand“", ctx)
    assert (book.title, book.author) == ("Die Wand", "Marlen Haushofer")


def test_plain_label_before_name_and_quoted_title_fr():
    ctx = _ctx("Ernaux y raconte soixante ans de photos et de repas de famille. Ernaux se tient à distance.", "fr")
    book = from_title("Lecture : Annie Ernaux, « Les Années »", ctx)
    assert (book.title, book.author) == ("Les Années", "Annie Ernaux")


def test_hashtag_label_pl():
    ctx = _ctx("Tokarczuk pisze o podróży i o ciele. U Tokarczuk wszystko jest w ruchu.", "pl")
    book = from_title("#Czytam: Olga Tokarczuk, „Bieguni”", ctx)
    assert (book.title, book.author) == ("Bieguni", "Olga Tokarczuk")


def test_near_miss_author_not_named_in_text():
    ctx = _ctx("Ein Buch über eine Frau allein in den Bergen, karg erzählt.", "de")
    assert from_title("#Lesetipp: Marlen Haushofer, „Die Wand“", ctx) is None


def test_near_miss_no_context_reads_nothing():
    assert from_title("#Lesetipp: Marlen Haushofer, „Die Wand“") is None


def test_near_miss_label_before_a_sentence_de():
    ctx = _ctx("Heute regnet es wieder, und Regen ist schön. Regen überall.", "de")
    book = from_title("#Tagebuch: Heute regnet es, „schön“", ctx)
    assert book is None or book.author is None
