"""eventdays: a group's standing invitation closing a post ("the circle meets every other Tuesday — all welcome!"),
an event line whose day is a weekday's name ("Coming up: Thursday's …, 7pm", eventline), and a programme list whose
items name their weekday beside their day anywhere in them ("… del jueves 17, 19:00", datelines.event_list).

Invented posts (Ghost and Substack markup) in English, Finnish, German, Spanish and Chinese, with near misses: a
review's closing line that names its book club and a weekday but invites nobody, an invitation with no day, an
author's reading at a festival told in the review, a labelled verdict that names a weekday but no clock time, a
reading log of two weekday-dated items with no clock time.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import eventdays
from tests.cleaning import TIDAL_REVIEW as REVIEW
from tests.cleaning import clean_tidal as clean
from tests.cleaning import ghost, paras, rules, substack, text_of

FI_REVIEW = [
    "Romaani seuraa majakanvartijan tytärtä yhden pitkän talven ajan, eikä kirjailija kiirehdi mihinkään: myrskyt tulevat kun tulevat.",
    "Parasta ovat kirjeet mantereelta, jotka saapuvat viikkojen viiveellä ja kertovat enemmän kuin yksikään dialogi.",
    "Keskivaiheilla tarina junnaa, mutta loppu on niin hyvä, että annan sen anteeksi. Suosittelen lämpimästi.",
]
DE_REVIEW = [
    "Der Roman begleitet eine Fährkapitänin durch ihren letzten Winter, bevor die Brücke eröffnet wird, und er lässt sich dabei Zeit.",
    "Am stärksten sind die Logbucheinträge zwischen den Kapiteln, knapp und komisch, und sie tragen mehr Gefühl als jeder Dialog.",
    "Im Mittelteil verliert sich die Handlung etwas, doch die letzte Überfahrt entschädigt für alles.",
]


def _line(html: str):
    return lxml.html.fragment_fromstring(html)


# -- a standing invitation at the post's end --------------------------------------------------------------------------


def test_finnish_circle_invitation_is_removed():
    page = ghost(paras(*FI_REVIEW, "Lukupiirimme kokoontuu kaupunginkirjaston kerhohuoneessa joka torstai – tervetuloa kaikki!"))
    body, report = clean(page, ".gh-content")
    assert "kerhohuoneessa" not in text_of(body)
    assert "event notice" in rules(report)
    assert FI_REVIEW[-1] in text_of(body)


def test_german_club_invitation_is_removed():
    page = ghost(paras(*DE_REVIEW, "Unser Lesekreis trifft sich jeden zweiten Mittwoch im Café am Markt – kommt vorbei!"))
    body, report = clean(page, ".gh-content")
    assert "Café am Markt" not in text_of(body)
    assert DE_REVIEW[-1] in text_of(body)


def test_english_invitation_with_a_date_is_removed():
    page = substack(paras(*REVIEW, "The harbour book club meets again on 14 January in the back room of the bookshop. All welcome."))
    body, report = clean(page, ".body.markup")
    assert "back room" not in text_of(body)
    assert REVIEW[-1] in text_of(body)


def test_closing_line_naming_the_club_and_a_weekday_stays():
    # near miss: the review's own last line, about the writer's book club, invites nobody
    line = "Our book club argued about the ending all Tuesday evening, and I still think I was right."
    page = substack(paras(*REVIEW, line))
    body, report = clean(page, ".body.markup")
    assert line in text_of(body)
    fi = "Lukupiirimme väitteli lopusta koko tiistai-illan, ja olen yhä sitä mieltä, että olin oikeassa."
    body, report = clean(ghost(paras(*FI_REVIEW, fi)), ".gh-content")
    assert fi in text_of(body)


def test_invitation_without_a_day_stays():
    # near miss: a bid to comment, no day, no gathering
    assert not eventdays.standing_invite(_line("<p>Tervetuloa kommentoimaan, mitä te piditte kirjasta!</p>"))
    assert not eventdays.standing_invite(_line("<p>All welcome in the comments: tell me where you would start.</p>"))


def test_festival_reading_in_the_review_stays():
    # near miss: the author's reading, told in the review (past, no invitation), even as its last line
    line = "I heard Marlow read the storm chapter at the harbour festival on Saturday, and the room went completely quiet."
    page = substack(paras(*REVIEW, line))
    body, report = clean(page, ".body.markup")
    assert line in text_of(body)


def test_invitation_inside_the_review_stays():
    # near miss: a line that would be a notice at the end stays among the review's paragraphs
    line = "Unser Lesekreis trifft sich jeden Mittwoch – kommt vorbei!"
    page = ghost(paras(DE_REVIEW[0], line, *DE_REVIEW[1:], DE_REVIEW[0].replace("Roman", "Band")))
    body, report = clean(page, ".gh-content")
    assert line in text_of(body)


# -- a labelled event line whose day is a weekday's name ---------------------------------------------------------------


def test_labelled_weekday_and_clock_line_is_removed():
    page = substack(paras(*REVIEW, "Next up: Friday's poetry swap at the corner café, 6.30 pm, bring a poem you love."))
    body, report = clean(page, ".body.markup")
    assert "poetry swap" not in text_of(body)
    page = ghost(paras(*DE_REVIEW, "Nächster Termin: Lesung am Donnerstag in der Stadtbücherei, 19 Uhr."))
    body, report = clean(page, ".gh-content")
    assert "Stadtbücherei" not in text_of(body)


def test_labelled_weekday_without_a_clock_stays():
    # near miss: a verdict that names a weekday, no clock time
    line = "Verdict: the perfect book for a rainy Sunday, and the ending stays with you."
    page = substack(paras(*REVIEW, line))
    body, report = clean(page, ".body.markup")
    assert line in text_of(body)


# -- a programme list whose items name their weekday beside their day ------------------------------------------------


def test_spanish_programme_list_goes_with_its_heading():
    events = ("<div class='events'><h3>Agenda del mes</h3><ul><li>Tertulia poética del viernes 9, Biblioteca del Barrio, 18:30</li>"
              "<li>Firma de libros, domingo 11, Feria del Parque</li></ul></div>")
    page = substack(paras(*REVIEW) + events)
    body, report = clean(page, ".body.markup")
    assert "Tertulia" not in text_of(body) and "Agenda del mes" not in text_of(body)
    assert "event listing" in rules(report)


def test_chinese_programme_list_is_removed():
    events = "<ul><li>读书会 星期六 13日 19:00 城南图书馆</li><li>新书签售 星期日 14日 书店二楼</li></ul>"
    page = substack(paras(*REVIEW) + events)
    body, report = clean(page, ".body.markup")
    assert "城南图书馆" not in text_of(body)


def test_reading_log_of_two_days_stays():
    # near miss: two weekday-dated items with no clock time, the writer's reading log
    log = "<ul><li>Lunes 3: las primeras cien páginas</li><li>Martes 4: el final, de un tirón</li></ul>"
    page = substack(paras(*REVIEW[:3]) + log + paras(*REVIEW[3:]))
    body, report = clean(page, ".body.markup")
    assert "las primeras cien páginas" in text_of(body)


def test_weekday_names():
    for text in ("Thursday's reading hour", "joka toinen tiistai", "tiistaisin", "jueves 17", "czwartek", "в четверг",
                 "星期四", "木曜日", "목요일", "يوم الخميس", "יום חמישי", "quinta-feira"):
        assert eventdays.weekday(text), text
    # near misses: ordinals, words that hold no weekday
    for text in ("a quinta parte do livro", "השני והשלישי", "the second part", "η τρίτη ενότητα", "serendipity"):
        assert not eventdays.weekday(text), text
