"""Code review rev31e, in our own words: readvoice._logged took a log's label ("Finished reading:") only when the
headline's title came right after it, so "Finished reading: <author>, <title>." (the name first) was no reading and a
short review came out as other. Now the title may stand anywhere in the rest of the line.

Fires: es, de, pt short reviews through extract_page (the name first, then the title); en, it, fr lines. Near misses:
a speaker's words after the label, a label before another thing than the book (en, fr, it).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.readvoice import reads


def _page(lang: str, head: str, paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{head}</title></head><body><article>"
            f"<h1>{head}</h1>{body}</article></body></html>").encode()


SHORT = [
    ("es", "La amiga estupenda de Elena Ferrante", "La amiga estupenda", "Elena Ferrante", [
        "Lila y Elena crecen en un barrio pobre de Nápoles en los años cincuenta, y su amistad lo decide todo.",
        "Terminé de leer: Elena Ferrante, La amiga estupenda. Todavía pienso en la escena de los zapatos.",
        "Ferrante escribe sin adornos y la tensión entre las dos amigas no afloja nunca.",
        "El barrio, las familias y la escuela están dibujados con pocas líneas, y cada capítulo empuja al siguiente "
        "hasta el final abierto."]),
    ("de", "Die Wand von Marlen Haushofer", "Die Wand", "Marlen Haushofer", [
        "Eine Frau erwacht in einer Jagdhütte in den Bergen und findet sich hinter einer unsichtbaren Wand allein mit "
        "einem Hund.",
        "Ausgelesen: Marlen Haushofer, Die Wand. Seitdem denke ich an die Kuh Bella.",
        "Haushofer erzählt ruhig und genau, und die Einsamkeit wird fast greifbar.",
        "Die Arbeit auf der Alm, die Tiere und der lange Winter sind in wenigen Strichen gezeichnet, und die Angst "
        "wächst Seite um Seite."]),
    ("pt", "Ensaio sobre a cegueira de José Saramago", "Ensaio sobre a cegueira", "José Saramago", [
        "Uma epidemia de cegueira branca espalha-se por uma cidade sem nome e o governo fecha os doentes num "
        "manicómio.",
        "Terminei de ler: José Saramago, Ensaio sobre a cegueira. Ainda penso na mulher do médico.",
        "Saramago escreve frases longas que nos prendem, e o horror cresce devagar.",
        "A cidade, o manicómio e as ruas vazias são desenhados com poucos traços, e cada capítulo empurra o seguinte "
        "até ao fim."]),
]


@pytest.mark.parametrize("lang,head,title,author,paras", SHORT)
def test_a_log_naming_the_writer_first_is_a_review(lang, head, title, author, paras):
    record = extract_page(_page(lang, head, paras), "https://readingnook.example/2026/03/post/")
    assert record.kind == "review" and (record.book_title, record.book_author) == (title, author)


@pytest.mark.parametrize("line,title", [
    ("Finished reading: Mary Lawson, A Town Called Solace.", "A Town Called Solace"),
    ("Finito di leggere: Natalia Ginzburg, Lessico famigliare.", "Lessico famigliare"),
    ("Fini de lire : Annie Ernaux, Les Années.", "Les Années"),
])
def test_the_title_after_the_name(line, title):
    assert reads(line, title)


@pytest.mark.parametrize("line,title", [
    ("Lu : Je pense que ce livre est surestimé.", "Les Années"),
    ("Letto: l'articolo del Corriere sul premio di quest'anno.", "Lessico famigliare"),
    ("Finished reading: the council's report on the library closures.", "A Town Called Solace"),
])
def test_a_label_before_something_else(line, title):
    assert not reads(line, title)
