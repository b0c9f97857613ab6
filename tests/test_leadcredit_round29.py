"""The article's lead picture captioned by its credit alone (scraper/extract/leadpicture.py), round 29, on pages of our
own words and markup: "Illustration by <name> for <the supplement>", "Zeichnung von <name>", "Фото <name in the
genitive>", between the article's header (whose standfirst, however long, is not the text) and the box of its text.

Near misses stay: a caption that describes the picture ("Illustration of a harbour in winter": no name after the
word), a long caption, the same credit on a picture inside the text's box, a credit naming someone the page names
elsewhere (the blogger crediting their own photo).
"""

from __future__ import annotations

import pytest

from scraper.extract.leadpicture import _credit, lead_pictures

import lxml.html

DE = ["Der Roman folgt einer pensionierten Leuchtturmwärterin, die auf die Insel ihrer Kindheit zurückkehrt, um das Haus ihrer Mutter zu räumen, und in jeder Schublade einen Brief findet.",
      "Die Autorin schreibt Wind und Salz mit einer Genauigkeit, die frösteln lässt, und die kurzen Kapitel lesen sich wie Gezeiten, die ohne Eile kommen und gehen.",
      "Der Mittelteil wiederholt sich etwas, doch das nüchterne Ende entschädigt reichlich für die Geduld, die das Buch verlangt.",
      "Ein Buch zum langsamen Lesen, bei offenem Fenster, und zum Wiederlesen in ein paar Jahren."]
STANDFIRST = ("Die Neuausgabe eines fast vergessenen Inselromans zeigt, wie genau eine Autorin über Wind, Briefe und das "
              "Schweigen zwischen Müttern und Töchtern schreiben konnte, lange bevor man sie dafür las")


def _article(caption: str, *, inside: bool = False, byline: str = "Lena Brandt") -> str:
    picture = f"<figure class='lead'><img src='/img/insel.jpg' alt=''><figcaption><span>{caption}</span></figcaption></figure>"
    body = "".join(f"<p>{t}</p>" for t in DE)
    text = f"<div class='article-text'>{picture if inside else ''}{body}</div>"
    return ("<html lang='de'><head><title>Gezeiten | Wochenblatt</title></head><body><main><article>"
            f"<header><h1>Gezeiten</h1><h2>{STANDFIRST}</h2><div class='by'>{byline}</div></header>"
            f"{'' if inside else picture}{text}</article></main><footer><p>Wochenblatt 2026</p></footer></body></html>")


def _found(page: str) -> list:
    article = lxml.html.fromstring(page).find(".//article")
    return lead_pictures(article)


@pytest.mark.parametrize("caption", [
    "Zeichnung von Mira Falk für das Literaturmagazin",  # de
    "Illustration by Tomas Reed for the weekend supplement",  # en
    "Фото Ивана Серова",  # ru: the name in the genitive, no preposition
    "Εικονογράφηση Νίκος Ράλλης",  # el
    "Ilustración de Clara Vidal",  # es
])
def test_a_lead_caption_that_is_a_credit_alone_marks_the_lead_picture(caption):
    found = _found(_article(caption))
    assert len(found) == 1 and found[0].tag == "figure"


@pytest.mark.parametrize("caption", [
    "Illustration of a harbour in winter",  # describes the picture: no name after the word
    "Zeichnung einer Insel im Nebel, wie sie die Heldin als Kind aus dem Fenster ihres Zimmers sah, in Tusche auf Papier",  # long
    "Die Insel im Nebel",  # no credit at all
])
def test_a_describing_caption_is_no_credit(caption):
    picture = lxml.html.fragment_fromstring(f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>")
    assert _credit(picture) == ""
    assert _found(_article(caption)) == []


def test_the_credit_on_a_picture_inside_the_text_box_stays():
    assert _found(_article("Zeichnung von Mira Falk für das Literaturmagazin", inside=True)) == []


def test_a_credit_to_the_writer_named_in_the_byline_stays():
    assert _found(_article("Foto von Lena Brandt")) == []


def test_a_long_block_before_the_picture_outside_the_header_means_the_text_has_begun():
    page = _article("Zeichnung von Mira Falk für das Literaturmagazin").replace("</header>", f"</header><p>{STANDFIRST}</p>")
    assert _found(page) == []
