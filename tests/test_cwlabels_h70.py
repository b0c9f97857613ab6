"""Helper fields70 of the holdout70 round: a content warning's label that says "of the content" (notewords.CW_WORDS).

Found on a Galician review whose opening note, in italics, was labelled "warning of content" in Galician: the label was
known in Spanish and Portuguese, not with the Galician noun, so it was read as a bare "warning" qualified by two words and
needed a hard thing the list did not hold. The label words now cover the "content warning" of es, pt, gl, ca, ast (the
noun after "of" or "about the"), it "avviso sui contenuti", af "inhoudwaarskuwing", and the languages that put "content"
first or say "about the content": lt, lv, et, hy, eu, eo, mt.

Near misses: a "content" label that names no hard thing ("sponsored content"), a review with no label at all.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.notes import read_notes

_BODY = "\n\n".join(["The novel follows three generations of a family after the war, in a dry and exact prose."] * 3)


def _warning(first: str) -> str | None:
    return read_notes(first + "\n\n" + _BODY).content_warnings


def test_romance_content_labels():
    assert _warning("*Avisu de conteníu: la novela cunta la muerte d'un neñu.*") == "la novela cunta la muerte d'un neñu."
    assert _warning("Alerta de contingut: suïcidi i maltractaments.") == "suïcidi i maltractaments."
    assert _warning("Avviso sui contenuti: violenza domestica.") == "violenza domestica."
    assert _warning("Aviso sobre o contido: morte dun fillo.") == "morte dun fillo."


def test_content_first_labels():
    assert _warning("Turinio įspėjimas: smurtas šeimoje, savižudybė.") == "smurtas šeimoje, savižudybė."
    assert _warning("Satura brīdinājums: vardarbība ģimenē.") == "vardarbība ģimenē."
    assert _warning("Sisuhoiatus: vägivald, enesetapp.") == "vägivald, enesetapp."
    assert _warning("Edukiari buruzko abisua: indarkeria eta heriotza.") == "indarkeria eta heriotza."
    assert _warning("Inhoudwaarskuwing: geweld en selfmoord.") == "geweld en selfmoord."
    assert _warning("Enhavaverto: perforto kaj morto.") == "perforto kaj morto."
    assert _warning("Բովանդակության զգուշացում՝ բռնություն և մահ։") == "բռնություն և մահ։"


def test_label_in_a_page():
    html = """<html lang="ca"><head><title>Les veus del port - ressenya</title></head><body><article>
    <h1>Les veus del port</h1><div class="entry-content">
    <p><em>Alerta de contingut: la novel·la parla d'un suïcidi i de maltractaments.</em></p>
    <p>Una novel·la coral sobre un barri de pescadors, escrita amb una prosa neta que no s'entreté en res superflu.</p>
    <p>Els personatges són vius i la trama avança sense pressa, però amb una tensió que no decau fins al final.</p>
    <p>Un llibre que recomanaria a qualsevol lector que estimi les històries de família i de mar.</p>
    </div></article></body></html>"""
    record = extract_page(html, url="https://ressenyes.example.cat/les-veus-del-port")
    assert record.content_warnings and "suïcidi" in record.content_warnings


def test_content_labels_that_warn_of_nothing():
    assert _warning("Aviso de contido patrocinado: esta entrada inclúe ligazóns a tendas.") is None
    assert _warning("Una novel·la sobre el contingut de les cartes d'un avi.") is None
