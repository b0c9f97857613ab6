"""A record line whose author carries a second name in brackets after the real one (book40b): "A (Pen Name), T,
House, Year" — a pen name, a name in the author's own language — is read with the name kept, the bracket dropped and
never swapped with the title. Near misses: a bracket after a title (a series), a bracket with a year, a bracket
holding a lower-case remark, a prose sentence naming two people."""

import pytest

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookpenbracket import without_pen_bracket


def _read(line, prose):
    lines = [*prose, line]
    return from_bibliography(lines, Context("\n".join(lines), ()))


_EN = ["I heard Talltree read these poems twice before I ever held the book.",
       "Talltree writes in two languages at once, and the second is never decoration."]
_ES = ["Escuché a Quispe leer estos cantos en la radio comunitaria.", "Quispe escribe en dos lenguas a la vez."]


@pytest.mark.parametrize("line, prose, book", [
    ("Wren Emily Talltree (Morning Hawk), Cedar Song, revised edition, Birchbark Books, 2001.", _EN,
     ("Cedar Song", "Wren Emily Talltree")),
    ("Mireille Lacasse (Nipi Aueshish), Le chant du lac, Éditions Boréales, 2012.",
     ["J'ai entendu Lacasse lire ces poèmes à la radio.", "Lacasse écrit dans deux langues à la fois."],
     ("Le chant du lac", "Mireille Lacasse")),
    ("Ana Quispe Mamani (Wayra Sisa), Cantos del páramo, Editorial Lluvia, 2015.", _ES,
     ("Cantos del páramo", "Ana Quispe Mamani")),
])
def test_a_pen_name_bracket_after_the_author(line, prose, book):
    assert _read(line, prose) == book


@pytest.mark.parametrize("line", [
    "Cedar Song (Birchbark Classics), Wren Talltree, 2001.",    # a bracket after the title: not a person's
    "Wren Talltree (1950), Cedar Song, Birchbark Books, 2001.",  # a year: other rules'
    "Wren Talltree (translated), Cedar Song, 2001.",             # a lower-case remark
    "Wren Talltree (who read at the library talk), and her sister, 2001.",
])
def test_no_pen_bracket(line):
    context = Context("\n".join([*_EN, line]), ())
    assert without_pen_bracket(line, context) == line


def test_the_bracket_is_dropped_only_where_the_text_names_the_person():
    line = "Wren Emily Talltree (Morning Hawk), Cedar Song, Birchbark Books, 2001."
    unrelated = Context("A book about the sea.\n" + line, ())
    assert without_pen_bracket(line, unrelated) == line
    assert without_pen_bracket(line, Context("\n".join([*_EN, line]), ())) == \
        "Wren Emily Talltree, Cedar Song, Birchbark Books, 2001."
