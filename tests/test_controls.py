"""scraper.extract.controls: a short box in the post that holds a button is interface, not the review.

Every page here is invented, in several languages and engines' markups. The cleaning runs as the
orchestrator runs it: the controls marked, the dead tags dropped, then clean_body; and the whole page
through extract_page. Each interface box has a near miss that must stay: a spoiler toggle with its hidden
text, an inline "read more", the reviewer's rating line beside a star widget, a heading with a link button,
a footnote marker, a short paragraph of prose with a button in it.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.boilerplate import DEAD_TAGS, INTERFACE, CleanReport, clean_body
from scraper.extract.controls import mark_controls

HOST = "shelfnotes.example"

REVIEW = [
    "Oda Lindqvist's second novel follows a night-train conductor across one long winter, and it never hurries.",
    "The passengers come and go in short chapters, each one a small portrait drawn with an eye for the telling detail.",
    "Lindqvist is very good on the work itself: the tickets, the cold platforms, the regulars who never give their names.",
    "A subplot about a missing suitcase drags in the middle, but the last journey pays back every slow page before it.",
]
RESENA = [
    "La novela de Marta Ibarra sigue a una cartógrafa que vuelve a su pueblo después de veinte años fuera.",
    "Los capítulos alternan el presente con los mapas que dibujó de niña, y esa estructura funciona muy bien.",
    "El final es abierto, quizá demasiado, pero la prosa es precisa y a menudo sorprendentemente bella.",
]
KRITIK = [
    "Jonas Reiters Roman erzählt von einer Fährfrau, die im letzten Winter vor dem Brückenbau noch einmal übersetzt.",
    "Die Sprache ist knapp und genau, und die kurzen Kapitel tragen mehr Gefühl als manch dicker Wälzer.",
    "Im Mittelteil verliert sich die Handlung etwas, doch das Ende entschädigt für jede langsame Seite.",
]


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def cleaned(inner: str, wrapper: str = "<div class='entry-content'>{}</div>", selector: str = ".entry-content") -> tuple[str, list]:
    """The body's text after cleaning as the orchestrator cleans it, and the removals."""
    root = lxml.html.fromstring("<html><body>" + wrapper.format(inner) + "</body></html>")
    mark_controls(root)
    for element in list(root.iter(*DEAD_TAGS)):
        element.drop_tree()
    body = root.cssselect(selector)[0]
    report = CleanReport()
    clean_body(body, HOST, report)
    return re.sub(r"\s+", " ", body.text_content()).strip(), report.removed


def interface(removed) -> list[str]:
    return [r.text for r in removed if r.rule == INTERFACE]


SUBSTACK = "<div class='available-content'><div class='body markup'>{}</div></div>"
GHOST = "<main><article class='gh-article'><section class='gh-content'>{}</section></article></main>"
WP_BLOCKS = "<article><div class='entry-content wp-block-post-content'>{}</div></article>"
MIRROR = "<div class='_2bX9c post-body'>{}</div>"


# -- interface boxes go, with their labels --------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "box", "gone", "wrapper", "selector"),
    [
        # a Mirror-like post: a "collect this post" box with its collector count
        (REVIEW, "<div class='x9f'><div><h4>The Night Conductor, reviewed</h4><span>41 collectors</span></div><button>Collect</button></div>",
         ["41 collectors", "The Night Conductor, reviewed"], MIRROR, ".post-body"),
        # a library catalogue's review: place a hold, and was this helpful (Spanish)
        (RESENA, "<div class='c1'><p>Disponible en 3 bibliotecas</p><button>Reservar</button></div>"
                 "<div class='c2'><span>¿Le resultó útil esta reseña?</span><button>Sí</button><button>No</button></div>",
         ["Disponible en 3 bibliotecas", "¿Le resultó útil esta reseña?"], "<div class='entry-content'>{}</div>", ".entry-content"),
        # a library catalogue: a branch to pick from and a hold to place
        (REVIEW, "<div class='h'><label>Pick-up branch</label><select><option>Main</option><option>Riverside</option></select><button>Place a hold</button></div>",
         ["Pick-up branch", "Riverside"], "<div class='entry-content'>{}</div>", ".entry-content"),
        # a Substack-like post: a like widget with its count (German)
        (KRITIK, "<div class='w7'><span>24 Leser gefällt das</span><button>Gefällt mir</button></div>",
         ["24 Leser gefällt das"], SUBSTACK, ".body.markup"),
        # a Ghost post: a follow box under the review (French)
        (REVIEW, "<div class='t3'><p>Claire Dumas · 1 240 abonnés</p><button type='button'>Suivre</button></div>",
         ["Claire Dumas"], GHOST, ".gh-content"),
        # WordPress blocks: a reaction bar drawn with role=button
        (REVIEW, "<div class='wp-block-group'><p>Réagir à cet article</p><span role='button' class='r1'>👍 12</span><span role='button' class='r2'>😮 3</span></div>",
         ["Réagir à cet article", "👍 12"], WP_BLOCKS, ".entry-content"),
        # a Patreon-like post: an unlock box with a submit input (Japanese)
        (REVIEW, "<div class='lock'><p>残り3件の投稿</p><input type='submit' value='解除する'></div>",
         ["残り3件の投稿"], "<div class='entry-content'>{}</div>", ".entry-content"),
    ],
)
def test_a_short_box_holding_a_button_goes(texts, box, gone, wrapper, selector):
    # the box in the middle of the review, so that no rule about the tail takes it
    inner = paras(texts[:2]) + box + paras(texts[2:])
    text, removed = cleaned(inner, wrapper, selector)
    for words in gone:
        assert words not in text
    for sentence in texts:
        assert sentence in text
    assert interface(removed), removed


def test_the_report_names_the_dropped_buttons_label():
    _, removed = cleaned(paras(REVIEW[:2]) + "<div class='k'><span>41 collectors</span><button>Collect</button></div>" + paras(REVIEW[2:]))
    assert interface(removed) == ["41 collectors Collect"]


def test_without_the_button_the_same_box_stays():
    # the button is what makes it interface: the same words alone are left to the other rules
    text, removed = cleaned(paras(REVIEW[:2]) + "<div class='k'><span>41 collectors</span></div>" + paras(REVIEW[2:]))
    assert "41 collectors" in text and not interface(removed)


# -- near misses: what must stay ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("near_miss", "kept"),
    [
        # a spoiler toggle with the text it reveals (ARIA), short as it is
        ("<div class='sp'><button aria-expanded='false' aria-controls='s1'>Show spoiler</button><div id='s1' hidden><p>The conductor was the thief.</p></div></div>",
         "The conductor was the thief."),
        # a spoiler toggle named only by its label, hidden text in a span (French)
        ("<p><button>Spoiler</button> <span class='cache'>Le pilote meurt.</span></p>", "Le pilote meurt."),
        # a spoiler toggle with no label but a hidden box beside it (German)
        ("<div><button class='b'></button><div style='display: none'>Die Fährfrau bleibt.</div></div>", "Die Fährfrau bleibt."),
        # an inline "read more" around the review's own text
        ("<p>The prologue is slow, <button class='x'>read more</button><span>then it finds its pace.</span></p>", "then it finds its pace."),
        # the reviewer's rating line beside a star widget
        ("<div class='stars'><span>My rating: 4/5</span><button>★</button><button>★</button></div>", "My rating: 4/5"),
        # a heading with a copy-link button (Spanish)
        ("<h2>Veredicto <button aria-label='copiar enlace'>#</button></h2>", "Veredicto"),
        # a footnote marker in a short paragraph of prose
        ("<p>Lindqvist wrote it in a year.<sup><button>1</button></sup></p>", "Lindqvist wrote it in a year."),
        # a paragraph of prose with a button in it
        ("<p>I read it on a night train myself, which may be why the cold platforms felt so real to me <button>Like</button> all the way through.</p>",
         "which may be why the cold platforms felt so real"),
    ],
)
def test_near_misses_stay(near_miss, kept):
    text, removed = cleaned(paras(REVIEW[:2]) + near_miss + paras(REVIEW[2:]))
    assert kept in text
    assert not interface(removed), removed


def test_a_heading_right_before_an_interface_box_stays():
    text, removed = cleaned(paras(REVIEW[:2]) + "<h3>The last journey</h3><div class='k'><span>12 likes</span><button>Like</button></div>" + paras(REVIEW[2:]))
    assert "The last journey" in text and "12 likes" not in text


def test_a_post_that_is_only_a_short_box_is_not_emptied():
    text, removed = cleaned("<div><p>Loved it.</p><button>Like</button></div>")
    assert text == "Loved it." and not removed


# -- through the orchestrator --------------------------------------------------------------------------


def page(inner: str) -> str:
    return (
        "<html><head><title>The Night Conductor by Oda Lindqvist</title></head><body>"
        "<article><h1>The Night Conductor by Oda Lindqvist</h1><div class='entry-content'>" + inner + "</div></article></body></html>"
    )


def test_extract_page_drops_a_collect_box_and_keeps_a_spoiler():
    record = extract_page(page(
        paras(REVIEW[:2])
        + "<div class='x1'><h4>Collect this post</h4><span>41 collectors</span><button>Collect</button></div>"
        + "<div class='sp'><button aria-expanded='false'>Show spoiler</button><div hidden><p>The conductor was the thief.</p></div></div>"
        + paras(REVIEW[2:])
    ), f"https://{HOST}/2026/night-conductor/")
    assert "41 collectors" not in record.body_text and "Collect this post" not in record.body_text
    assert "The conductor was the thief." in record.body_text
    assert all(sentence in record.body_text for sentence in REVIEW)
    assert any(r["rule"] == INTERFACE for r in record.removed)
    # the buttons themselves are gone as before
    assert "Show spoiler" not in record.body_text


def test_a_page_cannot_write_the_marks_itself():
    forged = "<p data-shelfmark-control='control' data-shelfmark-label='x'>Short and true.</p>"
    text, removed = cleaned(paras(REVIEW[:2]) + forged + paras(REVIEW[2:]))
    assert "Short and true." in text and not interface(removed)
