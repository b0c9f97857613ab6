"""With no first-person sentence, no labelled or set-apart score: the one worded score that closes a sentence of the
review's last lines as a short clause of its own ("The middle drags, so four stars.", de "…, also nur drei Sterne.", hu
"…, ezért „csak” három és fél csillag."). Near misses: more after the score, more than two words before it, a
label's colon (it scores what the label names), two such clauses that disagree."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

OPENING = "I read it over a long weekend by the sea."


@pytest.mark.parametrize(
    "line, raw, value",
    [
        ("The middle section drags, so four stars. Read it anyway.", "four stars", 0.8),
        ("Der Mittelteil zieht sich, also nur drei Sterne. Lesen sollte man es trotzdem.", "drei Sterne", 0.6),
        ("Néhol túl lassú, ezért „csak” három és fél csillag. Azért ajánlom.", "három és fél csillag", 0.7),
        ("Le final déçoit un peu — trois étoiles sur cinq.", "trois étoiles sur cinq", 0.6),
    ],
)
def test_the_closing_clause_is_the_rating(line, raw, value):
    found = find_rating([OPENING, line])
    assert found is not None and found.raw == raw and found.value == value


@pytest.mark.parametrize(
    "lines",
    [
        ["The hotel in the novel is old, with five stars over its door."],  # more after the score
        ["Her first novel, which the critics loved, was given three stars by the Times."],  # more than two words before
        ["Filme: três estrelas em cinco. O livro fica por dizer."],  # a label's colon: the film's score
        ["The first part drags, so three stars.", "The second part flies, so five stars."],  # two that disagree
        ["It reads quickly, in four hours."],  # no score
    ],
)
def test_near_misses_give_no_score(lines):
    assert find_rating([OPENING, *lines]) is None


def test_a_first_person_sentence_wins_over_a_closing_clause():
    lines = [OPENING, "The middle drags, so four stars.", "Still, I'd give it five out of five for the ending."]
    assert find_rating(lines).value == 1.0
