"""Helper fields70 of the holdout70 round: hardships a content warning names (notehardship, read by notewords.HARD).

Found on a review whose warning said the novel describes the physical punishment of children and hunger: neither was a
hard thing notewords knew, so a note whose label needs one ("warning", "Uwaga", a note mark) warned of nothing. Corporal
punishment, beatings, hunger and famine are now hard things in en, es, gl, pt, ca, fr, it, de, nl, pl, cs/sk, ru/uk, ro,
hu, fi.

Near misses: "hungry" and "fame" (celebrity) in English, "Los juegos del hambre" (a title), and the same words in a
review's prose with no label, mark or set-apart note.
"""

from __future__ import annotations

from scraper.extract.notes import read_notes
from scraper.extract.notewords import names_hard_thing

_BODY = "\n\n".join(["Ein ruhiger Roman über drei Generationen einer Familie, in einer trockenen, genauen Sprache."] * 3)


def _warning(first: str) -> str | None:
    return read_notes(first + "\n\n" + _BODY).content_warnings


def test_hardships_are_hard_things():
    for text in ("corporal punishment at school", "physical punishment of children", "the famine of 1932", "starvation",
                 "castigos físicos", "palizas", "a fame da posguerra", "la fame", "a fome", "châtiments corporels",
                 "punizioni corporali", "Hungersnot", "Prügelstrafe", "hongersnood", "głód", "kary cielesne",
                 "tělesné tresty", "голод", "телесные наказания", "foamete", "éhínség", "nälänhätä"):
        assert names_hard_thing(text), text


def test_warnings_naming_hardships():
    assert _warning("Warning: the novel describes corporal punishment at a boarding school.")
    assert _warning("Warnung: Der Roman schildert eine Hungersnot und die Prügelstrafe.")
    assert _warning("Uwaga: powieść opisuje głód i kary cielesne.")
    assert _warning("※ Le roman décrit des châtiments corporels.")
    assert _warning("*Um aviso: o livro descreve a fome e as surras que as crianças levam.*")


def test_words_that_name_no_hardship():
    for text in ("hungry for more", "her rise to fame", "Los juegos del hambre", "a famous family"):
        assert not names_hard_thing(text), text
    assert _warning("Warning: this book will make you hungry for more.") is None
    assert _warning("*Note: the book describes her rise to fame in the sixties.*") is None
    assert _warning("*Nota: la reseña describe escenas de Los juegos del hambre.*") is None


def test_hardships_in_a_reviews_prose_warn_of_nothing():
    assert _warning("Il romanzo descrive la fame del dopoguerra e le punizioni corporali a scuola, con una lingua asciutta.") is None
    assert _warning("A novela describe a fame e as malleiras que sofre o neno, pero sen cargar as tintas.") is None
