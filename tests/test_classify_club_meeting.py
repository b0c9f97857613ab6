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
