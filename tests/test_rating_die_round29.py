"""A throw of a die given in a sentence (ratingpoints.die_mark, read by ratingprose): the Norwegian score out of six said
in words or digits mid-sentence ("Jeg gir den terningkast fire", nn "Eg gjev henne ein sterk femmar på terningen"), with the
nb/nn/da/sv "from me" cues ("av meg", "fra mig"). Our own sentences, in Norwegian bokmål, nynorsk and Danish, with near
misses (another's throw, a throw not given, a throw with its own scale)."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating
from scraper.extract.ratingpoints import die_mark

_BODY = ["Første avsnitt om handlingen og personene.", "Andre avsnitt om språket, som er stramt og godt."]


@pytest.mark.parametrize("line, value", [
    ("Alt i alt gir jeg romanen terningkast fire.", 0.667),
    ("Jeg gir den terningkast 6, uten tvil.", 1.0),
    ("Boka får terningkast tre av meg.", 0.5),
    ("Eg gjev forteljinga terningkast fem.", 0.833),  # nn
    ("Eg gjev henne ein sterk femmar på terningen.", 0.833),  # nn, the throw's noun
    ("Jeg gir den en svak firer på terningen, dessverre.", 0.667),
    ("Jeg giver bogen terningkast fire.", 0.667),  # da
    ("Den får terningkast fem.", 0.833),  # the closing short sentence
])
def test_die_in_a_sentence(line, value):
    found = find_rating(_BODY + [line])
    assert found is not None and found.value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("line", [
    "Avisa ga den terningkast seks i fjor, og forfatteren var fornøyd.",  # another's throw, no cue of mine
    "Jeg har aldri forstått poenget med terningkast i bokanmeldelser.",  # no throw given
    "Vi spilte Yatzy, og jeg fikk fem seksere på terningene.",  # dice of a game, no throw's noun after an article
])
def test_die_near_misses(line):
    assert find_rating(_BODY + [line, "Siste avsnitt om hvem som bør lese den."]) is None


def test_die_mark_shapes():
    assert die_mark("terningkast fem")[1] == pytest.approx(0.833, abs=0.01)
    assert die_mark("Terningkast 5/6 fra meg") is None  # a score with its scale is another shape's
    assert die_mark("Terningkastet var dårlig i går.") is None  # no number after it
    assert die_mark("Fem stjerner.") is None
