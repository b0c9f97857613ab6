"""Misfires of the s31 bpworld4 rules on pages nobody wrote them for (review helper rev-bpworld4; own words and markup).

- ``adnotice.ad_label`` read letters running on from a label word as a compound ("Advert|ência: contém spoilers", pt
  "warning"): a compound's second word opens on a consonant ("Annons|länk").
- ``deskbio.header_bylines`` read the book's facts card in the header (its author a field of a list or of a box of
  labelled fields) as the writer's byline, and the book's author's bio at the end went."""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.adnotice import ad_label

_PARAS = [
    "O romance acompanha uma faroleira que encontra um estranho nas rochas durante a pior tempestade da década, e os "
    "dois precisam atravessar o inverno juntos naquela ilha sem barco.",
    "A prosa é simples e cuidadosa, os capítulos são curtos, e os silêncios entre os dois dizem tanto quanto as "
    "conversas; os capítulos do inverno são os melhores do livro.",
    "O final chega um pouco depressa, mas a última cena junto à lanterna ficou comigo por dias, então recomendo.",
]


def _pt(first: str = "", last: str = "") -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = ("<html><head><title>A faroleira</title></head><body><article><h1>A faroleira</h1>"
            f"<div class='entry-content'>{first}{ps}{last}</div></article></body></html>")
    return extract_page(html, "https://estante.example.com.br/2026/12/a-faroleira/").body_text


@pytest.mark.parametrize("line", ["Advertência: contém spoilers do primeiro livro", "Advertências: morte de um animal"])
def test_a_word_that_runs_on_from_a_label_is_no_compound(line):
    assert not ad_label(lhtml.fromstring(f"<p>{line}</p>"))
    assert line in _pt(first=f"<p>{line}</p>")
    assert line in _pt(last=f"<p>{line}</p>")


@pytest.mark.parametrize("line", ["Annonslänk: boken finns hos bokhandlaren", "Anzeigenlink: zum Verlag"])
def test_a_compound_label_still_goes(line):
    assert ad_label(lhtml.fromstring(f"<p>{line}</p>"))


_ES = [
    "La novela sigue a una farera que encuentra a un desconocido entre las rocas durante la peor tormenta de la "
    "década, y los dos tienen que pasar el invierno juntos en la isla.",
    "La prosa es sencilla y cuidada, los capítulos son cortos, y los silencios entre los dos dicen tanto como sus "
    "conversaciones; los capítulos del invierno son los mejores.",
    "El final llega un poco rápido, pero la última escena junto a la linterna me acompañó varios días; la recomiendo.",
]
_BIO = ("Ana Lee creció en la costa de Galicia y trabajó como piloto de ferry antes de escribir su primera novela.")


def _es(card: str) -> str:
    ps = "".join(f"<p>{p}</p>" for p in _ES)
    html = ("<html><head><title>La farera</title></head><body><div class='wrap'><header class='entry-header'>"
            f"<h1>Reseña: La farera</h1>{card}<p class='byline'>por Sam Vale</p></header><div class='entry-content'>"
            f"{ps}<h4>Sobre la autora</h4><p>{_BIO}</p></div></div></body></html>")
    return extract_page(html, "https://libros.example.es/2026/12/la-farera/").body_text


@pytest.mark.parametrize("card", [
    "<ul class='book-details'><li class='author'>Ana Lee</li><li>320 páginas</li><li>Editorial Faro</li></ul>",
    "<div class='ficha'><p>Título: La farera</p><p>Autora: <span class='autor'>Ana Lee</span></p>"
    "<p>Editorial: Faro</p></div>",
])
def test_book_facts_card_in_the_header_is_no_byline(card):
    text = _es(card)
    assert _BIO in text and "linterna" in text


# - ``linkblocks._button_row`` read a labelled line with one link to a page on a network (a thread, a group) as a share
#   row of one button: a share button has no address of its own ("#", "javascript:").
@pytest.mark.parametrize("row, label", [
    ("<p>Clube de leitura: <a href='https://www.reddit.com/r/clubefaroleira'>Reddit</a></p>", "Clube de leitura"),
    ("<p>Publicado antes em folhetim em: <a href='https://www.tumblr.com/faroleira'>Tumblr</a></p>", "folhetim"),
])
def test_a_labelled_link_to_a_page_on_a_network_stays(row, label):
    assert label in _pt(last=row)


def test_a_labelled_share_button_still_goes():
    assert "Partilhar" not in _pt(last="<p>Partilhar: <a href='javascript:void(0)'>WhatsApp</a></p>")



def test_header_byline_in_the_column_of_a_body_with_labelled_lines_still_reads():
    """The box read for labelled fields stays outside the post body: a byline whose column holds the body (its own
    labelled lines) is still the writer's, and the writer's bio at the end goes."""
    from tests.test_headerbio_s31 import _BIO as bio, _BOX, _page, _text
    header = ("<div class='info-author-block'><h4>By <a href='#'>डॉ. मीरा जोशी</a></h4>"
              "<span class='date'>5 दिसम्बर 2026</span></div>")
    fields = "<p>शृंखला : पहाड़ की कहानियाँ</p><p>प्रकाशक : हिमाल</p><p>पृष्ठ : 240</p>"
    text = _text(_page(header, fields + _BOX))
    assert bio not in text and "डाकघर" in text
