"""A notice label (es/pt "Aviso:", it "Avviso:", ca "Avís:") opening a free-copy note anywhere in the review labels a
disclosure, as "Hinweis:" does (copywords.DISCLOSURE_LABEL), and a note that is that disclosure and names no hard thing
is not a content warning too (notegift.warning_apart), though "aviso" also labels content warnings. holdout39 round
(helper detnotes39), in our own words, with near misses: a notice of a hard thing (a warning, no disclosure), a notice
of length, a notice naming the publisher with no copy received, a notice that both warns and discloses (the warning
kept)."""

from __future__ import annotations

import pytest

from scraper.extract.notegift import warning_apart
from scraper.extract.notes import read_notes

FILLER = [
    "El primer párrafo cuenta cómo empieza la historia en un pueblo de costa, con un faro apagado y una pensión vacía.",
    "El segundo párrafo habla del centro del libro, que se alarga mientras los dos hermanos discuten por la herencia.",
    "Il terzo paragrafo loda il finale, sobrio e meritato, e la traduzione che conserva tutta la sua ironia asciutta.",
    "El cuarto párrafo lo compara con la primera novela de la autora y dice a quién puede gustarle más.",
    "The fifth paragraph sums up, with a line on the cover and the price of the hardback in most shops this winter.",
    "O sexto parágrafo fala da edição, do papel e das notas finais que explicam os nomes das aldeias do interior.",
]
CLOSING = ["Un abrazo y hasta la próxima semana, amigos del club de lectura del barrio.",
           "Si te gustó esta carta, reenvíala a quien pueda interesarle, que siempre ayuda mucho.",
           "Próxima cita: tertulia del viernes en la biblioteca municipal, a las siete y media.",
           "Otra cita: presentación de revistas pequeñas, el sábado por la tarde en el centro cívico."]


def _notes(note: str):
    # the note sits before four closing blocks: too far from the end for an unlabelled note
    return read_notes("\n\n".join([*FILLER, f"*{note}*", *CLOSING]))


DISCLOSED = [
    "Aviso: la editorial me mandó un ejemplar de la reedición en tapa blanda, sin pedirme ninguna reseña a cambio.",  # es
    "Aviso: a editora enviou-me um exemplar da nova tradução; a opinião é só minha.",  # pt
    "Avviso: ho ricevuto una copia omaggio dall'editore, ma nessuno mi ha chiesto di parlarne bene.",  # it
    "Avís: l'editorial em va enviar un exemplar de la nova edició; l'opinió és meva.",  # ca
]


@pytest.mark.parametrize("note", DISCLOSED)
def test_notice_labelled_disclosure_is_no_warning(note):
    found = _notes(note)
    assert found.disclosure and found.disclosure.startswith(note.split(":")[0])
    assert found.content_warnings is None


@pytest.mark.parametrize("note", [
    "Aviso: hay escenas de violencia sexual y un suicidio narrados con detalle.",  # es
    "Aviso: o livro tem cenas de violência doméstica e de suicídio descritas com detalhe.",  # pt
])
def test_notice_of_hard_things_stays_a_warning(note):
    found = _notes(note)
    assert found.content_warnings
    assert found.disclosure is None


@pytest.mark.parametrize("note", [
    "Aviso: es un libro largo, de más de setecientas páginas, y conviene leerlo sin prisa.",
    "Aviso: la editorial también publica la primera novela de la autora, que reseñé el año pasado.",
    "Avviso: l'editore ha annunciato il seguito per la prossima primavera.",
])
def test_notice_without_a_copy_received_is_no_disclosure(note):
    assert _notes(note).disclosure is None


def test_note_that_warns_and_discloses_keeps_its_warning():
    note = "Aviso: contiene escenas de violencia sexual y de suicidio. La editorial me envió un ejemplar gratuito."
    assert warning_apart(note, note.removeprefix("Aviso: ")) == note.removeprefix("Aviso: ")


def test_warning_apart_only_drops_the_disclosure_itself():
    assert warning_apart(None, "violencia, suicidio") == "violencia, suicidio"
    assert warning_apart("Aviso: la editorial me envió un ejemplar.", "violencia doméstica y abuso") == "violencia doméstica y abuso"
    assert warning_apart("Aviso: la editorial me envió un ejemplar.", "la editorial me envió un ejemplar.") is None
    assert warning_apart("Disclosure: the publisher sent me a copy.", None) is None
