"""The book's bracketed record (book40b): a closing record "A, T (House, Year; a note on the reissue)." keeps its
note inside the bracket after the year; "A, T (Year). Edition of House, 2021." reads a one-word title beside the first
edition's year where the note after it names the edition read, its house and its own year (a place or a painting's
credit has no later edition); a line's record label ("Ficha:", "The book:") before the name is read past. Near misses: a
painting's or a place's credit beside a year alone, a sentence that names a price and a year, a reviewer recommending
another book by the same author in prose."""

import pytest

from scraper.extract.book import Context
from scraper.extract.bookbracketrecord import bracket_record

_PROSE = ["I came to this one late, and Tamsin Oakhurst kept me reading well past midnight.",
          "Oakhurst writes plainly; the middle chapters are the best thing in it."]


def _read(last: str, prose=_PROSE):
    lines = [*prose, last]
    return bracket_record(lines, Context("\n".join(lines), ()))


@pytest.mark.parametrize("line", [
    "Tamsin Oakhurst, Saltmarsh (Greyling Press, 1981; reissued by Otter Books).",
    "Tamsin Oakhurst, Saltmarsh (Greyling Press, 1981; reprinted 2019)",
    "Tamsin Oakhurst, Saltmarsh (Greyling Press, 1981; nueva edición 2020).",
])
def test_a_note_after_the_year_inside_the_bracket(line):
    assert _read(line) == ("Saltmarsh", "Tamsin Oakhurst")


@pytest.mark.parametrize("line, prose", [
    ("The book: Tamsin Oakhurst, Saltmarsh (1981). Edition of Otter Books, 2019.", _PROSE),
    ("Tamsin Oakhurst, Saltmarsh (1981). Paperback edition, Otter Books, 2019.", _PROSE),
    # Italian, another language than the page this was written for
    ("Scheda: Marta Vellani, Nebbiolo (1962). Edizione Nuvola, 2018.",
     ["L'ho letto d'estate e Marta Vellani mi ha sorpreso a ogni pagina.", "Vellani scrive asciutto, senza fronzoli."]),
    # Portuguese
    ("Ficha: Tomás Arruda, Maré (1977). Edição da Casa Pedrinha, 2021.",
     ["Reli este livro no inverno e Tomás Arruda continua certeiro.", "Arruda escreve com raiva e ternura."]),
])
def test_a_one_word_title_beside_its_first_year_and_a_later_edition(line, prose):
    got = _read(line, prose)
    assert got is not None and got[0] in ("Saltmarsh", "Nebbiolo", "Maré")


@pytest.mark.parametrize("line", [
    "Tamsin Oakhurst, Paris (1925).",                          # a place beside a year alone
    "Tamsin Oakhurst, Harbour (1925), oil on canvas.",          # a painting's credit
    "Tamsin Oakhurst, Paris (1925). Then London, 1931.",        # a life's places, no edition
    "Tamsin Oakhurst, Saltmarsh (1981). I paid 12 euros in 2019 for it.",  # a sentence after it, no edition
])
def test_a_year_alone_beside_one_word_stays_unread(line):
    assert _read(line) is None


def test_another_book_recommended_in_prose_is_no_record():
    line = ("If you liked it, Tamsin Oakhurst, Saltmarsh (1981; reissued 2019) is the one I would give you next, "
            "and I said so at the library talk.")
    assert _read(line) is None
