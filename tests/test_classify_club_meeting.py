"""scraper.extract.classify: a reading club's post (its title names the club) that gives a meeting's day and hour is
the club's report or notice, even when its title names the book it read (announce.club, announce.appointment, the
whole hour with its word for o'clock: "19 Uhr", "20 uur"); near misses stay reviews."""

from __future__ import annotations

import pytest

from scraper.extract import announce
from tests.test_classify import evidence, kind


@pytest.mark.parametrize("text", [
    "**Nächstes Treffen:** Donnerstag, 8. Januar, 19 Uhr, im Laden.",
    "Volgende keer: dinsdag 14 april om 20 uur in de bibliotheek.",
    "Next meeting: Thursday 11 December at 18:30, same room.",
])
def test_a_meetings_day_and_hour(text):
    assert announce.appointment(text)


@pytest.mark.parametrize("text", [
    "Ich habe das Buch um 23 Uhr zugeklappt und konnte nicht schlafen.",  # an hour, no day of a month
    "Erschienen 2019, 19 Uhr-Lektüre für lange Abende.",
    "Ik las het in drie avonden, telkens tot 22 uur.",
])
def test_an_hour_alone_is_no_appointment(text):
    assert not announce.appointment(text)


@pytest.mark.parametrize("title", ["Lesekreis Nord: Rückblick auf „Die Salzkammer“", "Leesclub Oost: terugblik op 'De zoutkamer'",
                                   "Book club recap: The Salt Ledger"])
def test_a_clubs_post_with_its_meeting_is_an_event_even_with_the_book_in_its_title(title):
    assert kind(title=title, book_source="title", book_has_author=True, rating=True, appointment=True) == "event"


def test_near_misses_stay_reviews():
    # a club's post without a meeting's day and hour, its book in the title and rated: left as before
    assert kind(title="Lesekreis-Tipp: „Die Salzkammer“ von Jana Berger", book_source="title", book_has_author=True,
                rating=True) == "review"
    # a review that gives a reading's day and hour, but no club in its title
    assert kind(title="Die Salzkammer by Jana Berger", book_source="title", book_has_author=True, rating=True,
                appointment=True) == "review"
    # a shop's book record under a club's name: the record's reader review
    assert kind(title="Buchclub Shop: Die Salzkammer", book_source="record", book_has_author=True, rating=True,
                appointment=True) != "event"


# -- a club's post that gives its meetings' days, with no hour (announce.meeting_days) ----------------------------------

@pytest.mark.parametrize("text", [
    "Donderdagavond 12 maart kwamen we met negen leden samen. Op donderdag 9 april lezen we het volgende boek.",
    "We met on Tuesday 3 March in the back room; next time is April 14th.",
    "Am 5. Februar trafen wir uns im Café, am 12. März geht es weiter.",
    "La séance du 27 janvier a été animée ; prochaine rencontre le 3 février.",
])
def test_two_meeting_days_without_a_year(text):
    assert announce.meeting_days(text) >= 2


@pytest.mark.parametrize("text", [
    "Posted 25 November 2026. We meet again on 3 March.",  # a dateline with its year, one day without
    "Chapter 12 and 3 chapters later the island floods.",  # no month
    "Published 12 March 2019, reissued 4 April 2024.",  # years: a book's dates
])
def test_fewer_than_two_meeting_days(text):
    assert announce.meeting_days(text) < 2


_RECAP = ("Donderdagavond 12 maart kwamen we met negen leden samen in de bibliotheek. De meningen liepen ver uiteen.\n\n"
          "### Volgende keer\n\nOp donderdag 9 april bespreken we een nieuwe roman.")


def test_a_clubs_recap_with_its_meetings_days_is_an_event_even_with_the_book_in_its_title():
    assert kind(title="Terugblik leesclub maart: De zoutkamer van Jana Berger", book_source="title", book_has_author=True,
                body=((), _RECAP)) == "event"
    assert kind(title="Book club recap: The Salt Ledger", book_source="title", book_has_author=True,
                body=((), "We met on Tuesday 3 March in the back room. Next time is April 14th, same place.")) == "event"


def test_near_misses_of_the_meeting_days():
    # rated by the writer: a review of the club's pick
    assert kind(title="Book club pick: The Glass Road by Ines Marlow", book_source="title", book_has_author=True, rating=True,
                body=((), "We met on Tuesday 3 March. Next time is April 14th.")) == "review"
    # no club in the title: a reader's diary of two days
    assert kind(title="The Glass Road by Ines Marlow", book_source="title", book_has_author=True,
                body=((), "I read it on 12 March and again on 4 April.")) == "review"
    # a club's post with one day only
    assert kind(title="Book club pick: The Glass Road by Ines Marlow", book_source="title", book_has_author=True,
                body=((), "We picked it on 3 March and loved it.")) == "review"
