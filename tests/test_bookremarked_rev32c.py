"""bookheadline._remarked (rev32c), the one rule for a labelled "T <by> A <remark in lower case>": A is the author
only where the text names A in a writer's place (after a by-word, beside an author's noun, before a writing verb:
bookwriterplace.writers_place) and never sets A after T's words in lower case (a common noun's phrase: the diary of,
the adventures of, the life of a character). Our own words."""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookwriterplace import writers_place


def _book(title: str, language: str, text: str):
    book = from_title(title, Context(text, (), language))
    return (book.title, book.author) if book else None


@pytest.mark.parametrize("title, language, text, expected", [
    ("Review: The Ferry Keeper by Oskar Lind still stays with me", "en",
     "The author Oskar Lind grew up by a lake. The Ferry Keeper is his third book.", ("The Ferry Keeper", "Oskar Lind")),
    ("Reseña: El muelle helado de Inés Garrido todavía me acompaña", "es",
     "La autora Inés Garrido escribe con frío y luz. El muelle helado es breve.", ("El muelle helado", "Inés Garrido")),
    ("Rezension: Der letzte Fährmann von Oskar Lind hat mich gepackt", "de",
     "Ein Roman von Oskar Lind über einen See. Lind schreibt knapp.", ("Der letzte Fährmann", "Oskar Lind")),
    # the text names the work as a work, its maker after the headline's by-word ("Riwaya ya T ya A": the novel T by A)
    ("Uhakiki: Safari Ndefu ya Zawadi Ali bado inavutia", "sw",
     "Riwaya ya Safari Ndefu ya Zawadi Ali ilitoka mwaka jana. Safari Ndefu ni fupi, na Safari Ndefu inasomeka.",
     ("Safari Ndefu", "Zawadi Ali")),
    ("Ulasan: Perahu Terakhir karya Dewi Lestari yang memikat", "id",
     "Penulis Dewi Lestari menulis dengan tenang. Perahu Terakhir pendek.", ("Perahu Terakhir", "Dewi Lestari")),
])
def test_the_name_in_a_writers_place_is_the_author(title, language, text, expected):
    assert _book(title, language, text) == expected


@pytest.mark.parametrize("title, language, text", [
    # a hero: the prose sets the name after the title's words in lower case, the name writes no book
    ("Reseña: Los viajes de Pedro Alcázar en edición de bolsillo", "es",
     "Quería releer los viajes de Pedro Alcázar. Pedro Alcázar sigue siendo el niño que recordaba."),
    ("Recensione: Le lettere di Marta Conti a fumetti", "it",
     "Ho riletto le lettere di Marta Conti in questa versione. Marta Conti scrive al fratello ogni sera."),
    ("Uhakiki: Safari ya Hamisi Bakari bado inanigusa", "sw",
     "Nimesoma kuhusu safari ya Hamisi Bakari. Hamisi Bakari anasimulia hadithi yake."),
    # the name in no writer's place at all
    ("Review: The Return of Tom Fell reimagined", "en", "Tom Fell comes home after the war. His dog knows him."),
])
def test_a_character_is_no_author(title, language, text):
    found = _book(title, language, text)
    assert not (found and found[1]), found


def test_writers_place():
    assert writers_place("Oskar Lind", "a novel by Oskar Lind, set on a lake")
    assert writers_place("Oskar Lind", "die Autorin? Nein: der Schriftsteller Oskar Lind")
    assert writers_place("Oskar Lind", "Oskar Lind, the author of three novels, lives in Umeå.")
    assert writers_place("Oskar Lind", "Lind writes plainly.")  # (the surname before a writing verb)
    assert not writers_place("Oskar Lind", "Lind writes plainly.", verbs=False)
    assert not writers_place("Tom Fell", "the adventures of Tom Fell, and Tom Fell runs away.")
