"""Notes read in the holdout23 round (det13), each on our own sentences with near misses that must stay unchanged.

A free copy got free, said by a verb whose ending is the person (es/pt/it/ca/pl drop the pronoun: "Recibí el libro
gratis …"); a character's or an author's free thing is none."""

from __future__ import annotations

import pytest

from scraper.extract.notes import find_disclosure, read_notes

BODY = [
    "The two brothers at its centre are drawn with such care that every quarrel between them felt like one from my own family.",
    "It drags a little in the middle, when the river chapters repeat themselves, but the last fifty pages are extraordinary.",
]


def blocks(first: str) -> list[tuple[str, str]]:
    return [("paragraph", first), *(("paragraph", text) for text in BODY)]


@pytest.mark.parametrize("line", [
    "Recibí esta novela gratis a través del club de lectura de mi biblioteca; la opinión es solo mía.",
    "Recebi o livro gratuitamente pelo clube de leitores da livraria, e isso não muda a minha opinião.",
    "Ho ricevuto gratis il romanzo con il gruppo di lettura del quartiere.",
    "Dostałam tę powieść za darmo w ramach klubu czytelniczego mojej księgarni.",
])
def test_a_copy_got_free_said_by_the_verb_ending(line):
    assert find_disclosure(blocks(line))


@pytest.mark.parametrize("line", [
    "La protagonista recibió gratis una casa en el pueblo y se muda allí con su hija.",
    "O protagonista recebeu gratuitamente uma casa na aldeia e muda-se com a filha.",
    "Il protagonista ha ricevuto gratis una casa in paese e ci si trasferisce con la figlia.",
    "Bohater dostał za darmo dom na wsi i przeprowadza się tam z córką.",
])
def test_someone_elses_free_thing_is_no_disclosure(line):
    assert find_disclosure(blocks(line)) is None


def test_italic_opening_note_in_markdown():
    md = ("## Dos casas\n\n*Recibí el libro gratis dentro del programa de lectores de una librería; eso no cambia lo que pienso.*\n\n"
          "Llevaba años esquivándolo y al final lo leí en una semana.")
    assert read_notes(md).disclosure
