"""The reviewer's rating widget kept in the body (holdout31 round, helper BODY4), in our own words and markup, with
near misses: a box classed as stars whose score is written for screen readers (a class trafilatura drops, "…-message")
beside its star row (aria-hidden) is shown to trafilatura (hiddentext.show_score_widgets)."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.hiddentext import show_score_widgets

_FR = ("<p>Une gardienne de phare tient le journal de chaque navire qui passe au large de son île. L'autrice écrit "
       "lentement, avec peu de mots, et le livre gagne notre confiance page après page sans jamais forcer.</p>"
       "<p>La deuxième partie est plus faible, les souvenirs d'enfance n'apportent pas grand-chose. Mais je l'ai lu en "
       "deux soirs et je pense encore à la tempête de la fin, que je conseille à tous les amateurs de romans calmes.</p>")
_EN = ("<p>The novel follows a clock-mender in a seaside town who sets every clock in the harbour each morning. The "
       "prose is quiet and exact, and although little happens I could not put it down in the last chapters.</p>"
       "<p>The middle drags a little, with memories that tell us what we already guessed. Still, it is the calmest and "
       "most moving book I read this year, and I would hand it to anyone who likes slow stories.</p>")


def _page(widget: str, article: str, lang: str) -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Phare</title></head><body><main><article>'
            f'<h1>Phare</h1><div class="entry-content">{widget}{article}</div></article></main></body></html>').encode()


def test_screen_reader_score_beside_stars_stays_fr():
    widget = ('<div class="user-stars"><span class="sr-message">Note : 4 sur 5</span> '
              '<span aria-hidden="true">★★★★☆</span></div>')
    body = extract_page(_page(widget, _FR, "fr"), "https://phare.example.fr/critique/gardienne/").body_text
    assert "4 sur 5" in body and "★★★★☆" in body and "romans calmes" in body


def test_screen_reader_score_beside_stars_stays_en():
    widget = ('<div class="review-rating"><span class="a11y-message">Rated 3.5 out of 5</span>'
              '<span aria-hidden="true">★★★½☆</span></div>')
    body = extract_page(_page(widget, _EN, "en"), "https://slowshelf.example.com/clock/").body_text
    assert "3.5 out of 5" in body and "likes slow stories" in body


def test_readers_average_stays_hidden():
    # near miss: the readers' average (a count of votes beside it) is no reviewer's score
    box = fragment_fromstring('<div><div class="rating-average"><span class="sr-message">Average 4.1 of 5</span>'
                              '<span aria-hidden="true">★★★★☆</span></div><span class="rating-count">(52)</span></div>')
    assert show_score_widgets(box) == 0


def test_hidden_parts_without_a_score_stay_hidden():
    # near miss: a box classed as a rating with no score in it (a prompt to rate), and a hidden part outside any widget
    box = fragment_fromstring('<div><div class="rating-form"><span class="hint-message">Rate this book</span>'
                              '<span aria-hidden="true">☆☆☆☆☆</span></div>'
                              '<div class="note"><span aria-hidden="true">4 of 5</span></div></div>')
    assert show_score_widgets(box) == 0
    assert box.xpath('.//span[@aria-hidden="true"]')
