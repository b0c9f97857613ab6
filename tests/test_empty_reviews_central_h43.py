"""A shop's or a catalogue's empty reviews area in the languages of central and eastern Europe (reviewed._NO_REVIEWS):
pl "nie ma jeszcze recenzji/opinii", cs/sk "zatím žádné recenze", "zatiaľ nemá žiadne hodnotenie", uk/ru/bg "ще немає
відгуків", "отзывов пока нет", "все още няма отзиви", hr/bs/sr/sl "još nema recenzija", "še ni mnenj", hu "még nincs
értékelés", ro "încă nu există recenzii". holdout43 round (helper detfp43), in our own words, with near misses: a
review whose last line says nothing compares with the book, a reader's line that the big sites have none yet (long),
a newsletter's "be the first to know"."""

from __future__ import annotations

import pytest

from scraper.extract.reviewed import no_reviews_yet, zero_reviews_heading

RECORD = ["# Ogród z soli", "Rodzina rybaków traci łódź w sztormie i uczy się uprawiać wydmy.", "- Wydawca: Port", "- Stron: 240"]


@pytest.mark.parametrize("line", [
    "Ta książka nie ma jeszcze opinii. Dodaj swoją i zbierz punkty.",  # pl
    "Nie ma żadnych recenzji tego wydania.",  # pl
    "Bądź pierwszy, który zrecenzuje ten tytuł!",  # pl
    "Zatím žádné recenze – napište první.",  # cs
    "Titul zatím nemá žádné hodnocení.",  # cs
    "Zatiaľ tu nie sú žiadne recenzie.",  # sk
    "Ще немає відгуків про цей товар.",  # uk
    "Відгуків поки що немає.",  # uk
    "Отзывов пока нет. Оставьте первый!",  # ru
    "Все още няма отзиви за този продукт.",  # bg
    "Još nema recenzija za ovaj naslov.",  # hr
    "Še ni mnenj o tem izdelku.",  # sl
    "Még nincs vásárlói értékelés.",  # hu
    "Încă nu există recenzii pentru acest produs.",  # ro
])
def test_empty_reviews_area_lines(line):
    assert no_reviews_yet(["Do koszyka", line])


@pytest.mark.parametrize("heading, none_yet", [
    ("## Opinie klientów", "Nikt? Ten produkt nie ma jeszcze opinii."),
    ("## Hodnocení čtenářů", "Zatím žádné hodnocení."),
    ("## Відгуки", "Ще немає відгуків."),
])
def test_heading_over_none_yet(heading, none_yet):
    assert zero_reviews_heading([*RECORD, heading, none_yet])


@pytest.mark.parametrize("line", [
    "Nie ma nic lepszego na zimowy wieczór niż ta powieść.",  # pl: the reviewer's own closing
    "Bądź pierwszy, który dowie się o nowych wpisach – zapisz się do newslettera.",  # pl: a newsletter's bid
    "Zatím jsem nečetla nic lepšího.",  # cs
    "Ще немає слів, щоб описати цей фінал.",  # uk: no words (not reviews)
    "Još nema prijevoda na engleski, nažalost.",  # hr: no translation yet
    "Még nincs vége a sorozatnak, a harmadik kötet tavasszal jön.",  # hu
    "Nu există carte mai tristă anul acesta.",  # ro
])
def test_near_misses(line):
    assert not no_reviews_yet([line])


def test_long_line_that_says_the_big_sites_have_none_is_a_post():
    line = ("Nie ma jeszcze recenzji w dużych serwisach, więc piszę swoją: to powieść o morzu, o stracie i o tym, "
            "jak rodzina uczy się żyć na wydmach, i czytałam ją trzy wieczory z rzędu.")
    assert not no_reviews_yet([line])
