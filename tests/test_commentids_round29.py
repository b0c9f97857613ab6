"""The readers' comments box named by its id in the site's language (scraper.extract.commentids), round 29, on pages
of our own words and markup: Spanish, German, Italian and Polish ids ("comentarios", "kommentare", "blocco-commenti",
"komentarze") over a comment form's labels and readers' comments. Near misses stay: an id that only holds the word
inside another ("comentariosdelautor" is not split), a wrapper with the page's title heading named for its comments,
a box that holds most of the page's text, a link whose id names comments.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.boilerplate import CleanReport
from scraper.extract.commentids import remove_comment_boxes

REVIEW = ("<p>La novela sigue a una farera jubilada que vuelve a la isla donde creció para vaciar la casa de su madre, "
          "y en cada cajón encuentra una carta que nunca fue enviada, escrita a alguien que ella no llegó a conocer.</p>"
          "<p>La autora escribe el viento y la sal con una precisión que da frío, y el final compensa la espera.</p>")


def _page(box: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body><article><h1>Mareas</h1><div class='text'>{REVIEW}</div>{box}</article>"
                                "<footer>Revista Ola</footer></body></html>")


@pytest.mark.parametrize("box", [
    "<div id='comentarios'><p>Normas de participación</p><p>Escribe tu nombre para comentar</p></div>",
    "<section id='kommentare'><h3>Leserstimmen</h3><p>Melden Sie sich an, um zu kommentieren.</p></section>",
    "<div id='blocco-commenti'><p>Accedi per lasciare un commento</p><p>Marta: bellissimo libro, lo rileggerò.</p></div>",
    "<div id='sekcja_komentarze'><p>Zaloguj się, aby dodać komentarz.</p></div>",
])
def test_a_box_whose_id_names_the_comments_goes(box):
    root = _page(box)
    report = CleanReport()
    remove_comment_boxes(root, report)
    text = root.text_content()
    assert [r.rule for r in report.removed] == ["comments"]
    assert "Mareas" in text and "farera" in text and "comentar" not in text.replace("comentarios", "")
    assert not root.xpath("//*[@id][contains(@id, 'oment') or contains(@id, 'ommenti') or contains(@id, 'ommentare')]")


@pytest.mark.parametrize("page", [
    # the word inside another id, not split off
    "<html><body><article><h1>Mareas</h1>" + REVIEW + "<div id='comentariosdelautor'><p>Nota del autor</p></div></article></body></html>",
    # a wrapper around the post, its title heading in it
    "<html><body><div id='comentarios'><article><h1>Mareas</h1>" + REVIEW + "</article></div></body></html>",
    # a box holding most of the page's text
    "<html><body><h2>Revista</h2><div id='kommentare'>" + REVIEW + "</div></body></html>",
    # a link, not a box
    "<html><body><article><h1>Mareas</h1>" + REVIEW + "<a id='comentarios' href='#c'>Ver comentarios</a></article></body></html>",
])
def test_near_misses_stay(page):
    root = lxml.html.fromstring(page)
    report = CleanReport()
    remove_comment_boxes(root, report)
    assert report.removed == []
