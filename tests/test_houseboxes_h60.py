"""Helper body60b of the holdout60 round, in our own words and markup:

- a volunteer site's membership box set between the review's paragraphs as a paragraph of its own, with no wrapper:
  a whole bold sentence opening it, a line about membership or support, and a short link to the site's own join page
  closing it (fundbox.led_and_closed), in French, German, Spanish, Polish and Swedish;
- the engine's credit row under the headline: what was published when and in which section, closed by a by-word and
  the writer's name linked to the writer's page on the site (bylinelabels.credited, read by datelines.dateline), in
  French, English, Italian, Dutch and Polish.

Near misses: a review paragraph opening on a bold verdict and closed by a link to another review of the site (no word
of membership or support); a bold-led paragraph about a character who joins a club, closed by a link off the site; a
first line under the headline naming the book's translator with a link to a catalogue; a credit row with no date; a
line under the headline closed by a name in a sentence of the review.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.boilerplate import CleanReport, clean_body
from tests.cleaning import text_of

_REVIEW = [
    "The novel follows two sisters who run a ferry between islands that are slowly being abandoned, and each crossing "
    "is a chapter in which one more family leaves with its furniture stacked on deck.",
    "What stays with me is how the book lets the sea be boring most of the time, so that the one storm near the end "
    "feels like an event in the sisters' lives and not a set piece written for the film rights.",
    "I would give it to anyone who liked quiet books about work and weather, and I will read her earlier novel next.",
]


def _clean(inner: str, site: str = "lanterne") -> tuple[str, list[str]]:
    page = (f"<html><head><title>{site} - Critique : la dernière traversée</title></head><body>"
            f"<div class='texte'>{inner}</div></body></html>")
    root = lxml.html.fromstring(page)
    body = root.cssselect(".texte")[0]
    report = CleanReport()
    clean_body(body, "lanterne.example.org", report)
    return text_of(body), [r.rule for r in report.removed]


def _between(box: str) -> str:
    return f"<p>{_REVIEW[0]}</p><p>{_REVIEW[1]}</p>{box}<p>{_REVIEW[2]}</p>"


MEMBER_BOXES = [
    # fr: the site lives on its members
    "<p><b>lanterne ne vit que de ses membres.</b> Pas de publicité : une cotisation annuelle, même petite, garde ce site "
    "ouvert à tous. <a href='/cotiser'>Je cotise</a></p>",
    # de
    "<p><strong>Wir leben von unseren Mitgliedern.</strong> Ohne Werbung und ohne Förderung schreiben Ehrenamtliche diese "
    "Seite; eine Mitgliedschaft hält die Website offen. <a href='/mitglied-werden'>Mitglied werden</a></p>",
    # es
    "<p><b>Este sitio vive de sus socios.</b> Sin publicidad, una pequeña donación al año nos mantiene abiertos a todos. "
    "<a href='socios.html'>Hazte socio</a></p>",
    # pl
    "<p><b>Serwis utrzymują czytelnicy.</b> Bez reklam i dotacji: darowizna raz w roku wystarczy, by strona była otwarta. "
    "<a href='/wsparcie'>Wspieram</a></p>",
    # sv
    "<p><strong>Sajten drivs av medlemmar.</strong> Inga annonser, ingen bidragsgivare: bli medlem och stöd oss. "
    "<a href='/medlem'>Bli medlem</a></p>",
]


@pytest.mark.parametrize("box", MEMBER_BOXES)
def test_bold_led_member_paragraph_closed_by_own_link_goes(box):
    text, rules = _clean(_between(box))
    assert rules  # (the support box, or the closing plea when it stands among the last lines)
    for line in _REVIEW:
        assert line in text
    assert lxml.html.fromstring(box).text_content()[:20] not in text


KEPT_PARAGRAPHS = [
    # a bold verdict closed by a link to another review of the site: no membership, no support
    "<p><b>My verdict.</b> A patient book that trusts its reader, slow in the middle and generous at the end; "
    "read it beside her first novel. <a href='/reviews/first-novel'>Earlier review</a></p>",
    # a character who joins a club, the link off the site
    "<p><b>Le club.</b> Lisa devient membre du club de lecture et soutient sa sœur pendant tout l'hiver, "
    "jusqu'à la tempête. <a href='https://fr.wikipedia.org/wiki/Club'>Voir</a></p>",
]


@pytest.mark.parametrize("para", KEPT_PARAGRAPHS)
def test_review_paragraphs_stay(para):
    text, rules = _clean(_between(para))
    assert "support box" not in rules
    assert lxml.html.fromstring(para).text_content()[:25] in text


CREDIT_ROWS = [
    "<div>Critique parue le 03/11/2026 dans la rubrique « Lectures » · par <a href='/critiques/critique.asp?id=12'>Lise Marchand</a></div>",
    "<div>Review published 3 November 2026 in Backlist · by <a href='/critics/tom-vale'>Tom Vale</a></div>",
    "<div>Recensione pubblicata il 03/11/2026 nella sezione Classici — di <a href='/autori/anna-riva'>Anna Riva</a></div>",
    "<div>Recensie verschenen op 3 november 2026 in de rubriek Herlezen | door <a href='/recensenten/12'>Joost de Wit</a></div>",
    "<div>Recenzja opublikowana 03.11.2026 w dziale Powroty · przez <a href='/recenzenci/ewa-nowak'>Ewa Nowak</a></div>",
]


def _headed(row: str) -> str:
    return f"<h1>La dernière traversée</h1>{row}<p>{_REVIEW[0]}</p><p>{_REVIEW[1]}</p><p>{_REVIEW[2]}</p>"


@pytest.mark.parametrize("row", CREDIT_ROWS)
def test_credit_row_under_headline_goes(row):
    text, rules = _clean(_headed(row))
    name = lxml.html.fromstring(row).findall(".//a")[0].text_content()
    assert name not in text
    for line in _REVIEW:
        assert line in text


KEPT_ROWS = [
    # a reading note closed by a name linked off the site
    "<div>Lu le 3 novembre 2026 pour le club de lecture du quartier, sur le conseil de la libraire · par "
    "<a href='https://club.example.net/membres/ana'>Ana Lee</a></div>",
    # no date: a credit of the book, not the engine's row
    "<div>Nouvelle traduction revue · par <a href='/auteurs/lise-marchand'>Lise Marchand</a></div>",
    # a sentence of the review closed by a name
    "<div>I read it on 3 November 2026. It was recommended to me by <a href='/about'>Ana Lee</a></div>",
]


@pytest.mark.parametrize("row", KEPT_ROWS)
def test_near_miss_rows_stay(row):
    text, rules = _clean(_headed(row))
    name = lxml.html.fromstring(row).findall(".//a")[0].text_content()
    assert name in text
