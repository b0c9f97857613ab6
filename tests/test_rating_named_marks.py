"""School marks named with their digit, as report cards write them: bg "Отличен 6" (2 to 6), pl "bardzo dobry (5)"
(1 to 6), sr/hr "odličan (5)", ru "отлично (5)", hu "jeles (5)", cs/sk "výborná (1)" and de "gut (2)" (one the best); and bg number words and "I give"
("давам ѝ", "бих ѝ дала четири от пет звезди"). Near misses: a name whose digit is not its own, a digit counting a noun,
the adjective with no digit."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating
from scraper.extract.ratingglyphs import named_marks

OPENING = "Прочетох я за два дни."


@pytest.mark.parametrize(
    "line, raw, value",
    [
        ("Оценка: Много добър 5. Следващата е по-добра.", "Много добър 5", 0.833),
        ("Моята оценка: отличен (6)", "отличен (6)", 1.0),
        ("Давам на романа Среден 3.", "Среден 3", 0.5),
        ("Ocena: celujący (6)", "celujący (6)", 1.0),
        ("Ocjena: vrlo dobar (4)", "vrlo dobar (4)", 0.8),
        ("Оценка: хорошо (4)", "хорошо (4)", 0.8),
        ("Hodnocení: chvalitebná (2)", "chvalitebná (2)", 0.8),
        ("Meine Note: gut (2)", "gut (2)", 0.833),
        ("Osztályzatom: jeles (5)", "jeles (5)", 1.0),
        ("Osztályzat: közepes 3, ennél többet nem ér.", "közepes 3", 0.6),
        # bg number words, "from me", "I'd give it"
        ("За мен е седем от десет.", "седем от десет", 0.7),
        ("Бих ѝ дала четири от пет звезди, не повече.", "четири от пет звезди", 0.8),
    ],
)
def test_the_named_mark_is_read(line, raw, value):
    found = find_rating([OPENING, line])
    assert found is not None and found.raw == raw and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "Оценка: Отличен 3",  # the name's digit is 6
        "Беше добър 4 часа филм, а книгата е по-добра.",  # the digit counts hours
        "Оценка: отличен роман, препоръчвам.",  # no digit: an adjective
        "Autorka je výborná (1990 vydala první román).",  # a year, no mark
        "Прочетох пет от десет разказа в сборника.",  # five of ten stories read
        "Das Buch ist gut 2 Zentimeter dicker als der erste Band.",  # a measure, not a mark
        "Note: gut (5)",  # a Swiss 5 is no German "gut"
    ],
)
def test_near_misses_give_no_score(line):
    assert find_rating([OPENING, line]) is None


def test_a_decimal_mark_keeps_its_decimals():
    assert named_marks("Отличен 5,75") == [(0, 12, "Отличен 5,75", 0.958)]
    assert named_marks("Отличен 5,25") == []  # rounds to 5: Много добър's
