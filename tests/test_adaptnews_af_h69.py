"""Helper fields69 of the holdout69 round: news that a book becomes a film or a series, in Afrikaans (newslead.made_into).

Found when a news page's byline under its standfirst was at last removed (datelines): its body no longer hid that the
title names the book, and the title "X se 'T' word 'n televisiereeks" (becomes a TV series) was not read as adaptation
news. Afrikaans says it with "word 'n" (becomes a) and the screen's noun, or "word verfilm" (is filmed).

Near misses: "woord" (a word) before a series of books, "word 'n" before a noun that is no screen, a plain review title.
"""

from __future__ import annotations

from scraper.extract.newslead import made_into


def test_afrikaans_adaptation_titles():
    assert made_into("Die Kaapse roman van Marta Louw word 'n televisiereeks")
    assert made_into("Marta Louw se 'Seisoen' word 'n rolprent")
    assert made_into("Skrywer se debuut word 'n nuwe fliek")
    assert made_into("Seisoen word verfilm in die Karoo")


def test_afrikaans_titles_that_report_no_adaptation():
    assert not made_into("Die laaste woord oor 'n reeks boeke")
    assert not made_into("Marta Louw se 'Seisoen' word 'n gunsteling by lesers")
    assert not made_into("Seisoen deur Marta Louw")
    assert not made_into("A word on film adaptations of novels")
