"""holdout43 (det43b): a free-copy note at the review's edge that calls the writer's copy a sending of its giver,
"the copy I read was a sending of X" (notesent.sent_copy, through notegift.edge_gift). Tests pt, es, fr, it, de, en;
near misses: a giving denied, a giver in lower case (a relative), a sending of no copy, a copy bought."""

import lxml.html

from scraper.extract import notes
from scraper.extract.notesent import sent_copy

BODY = "Um parágrafo da resenha sobre o romance, com a opinião de quem escreve e alguns detalhes do enredo.\n\n"


def _disclosure(note: str):
    return notes.read_notes(BODY + BODY + note, lxml.html.fromstring("<div><p>x</p></div>")).disclosure


def test_a_copy_called_a_sending_of_a_giver():
    for note in ("O exemplar que li foi um envio da Livraria Farol Azul, sem contrapartida.",
                 "O exemplar foi um envio da editora.",
                 "El ejemplar que leí fue un envío de Ediciones Marea.",
                 "L'exemplaire que j'ai lu était un envoi des éditions du Phare.",
                 "La copia che ho letto è stata un invio di Lanterna Edizioni.",
                 "Das Exemplar war eine Zusendung von Leuchtturm Press.",
                 "The copy I read was kindly sent by Harbour Books."):
        assert sent_copy(note), note
    assert _disclosure("O exemplar que li foi um envio da Livraria Farol Azul, sem contrapartida.")
    assert _disclosure("The copy I read was sent by Harbour Books, no strings attached.")


def test_near_misses():
    for note in ("O exemplar que li não foi um envio da editora: comprei-o na feira.",
                 "The copy I read was not sent by Harbour Books; I bought it.",
                 "The copy I read was sent by my aunt from Lisbon.",
                 "A carta foi um envio da Maria, que mora no Porto.",
                 "El ejemplar lo compré en una librería de viejo, y el envío de Correos tardó un mes."):
        assert not sent_copy(note), note
    assert not _disclosure("The copy I read was sent by my aunt from Lisbon.")
