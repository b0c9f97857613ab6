"""sitelines.sign_off with teamsign (round 33): a newsletter's closing signed by a team, capitalised names joined by
commas and small words, the shop's name after them ("Happy reading,<br>Ana, Tom and Lea at <the shop>"), goes as a
letter closing. In our own words and markup (en, es). Near misses that stay: a closing's comma followed by a line of the
text in lower case, a long line of names, a signature with a sentence's end.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.sitelines import sign_off
from scraper.extract.teamsign import team_signature
from tests.cleaning import cleaned, paras

EN = [
    "This week's pick follows a ferry pilot on a northern lake who notices that a stranger crosses with her every "
    "morning and never comes back in the evening, and who starts to keep a notebook about him.",
    "What carries it is patience: the author lets a suspicion harden over two hundred pages without a single raised "
    "voice, and the lake weather does half of the storytelling, fog and sleet and one hard frost.",
]


def test_a_team_signed_closing_goes():
    closing = "<p>Happy reading,<br>Mara, Olu and Jess at Tidewater Books</p>"
    text, rules = cleaned(paras(*EN) + closing, "tidewater.example")
    assert "Tidewater Books" not in text and "letter closing" in rules and all(p in text for p in EN)


def test_team_signature_shapes_and_near_misses():
    assert sign_off(fragment_fromstring("<p>Hasta la próxima,<br>Ana y Luis, de Librería Marea</p>"))
    assert team_signature("Ana y Luis, de Librería Marea".split())
    assert team_signature("Mara, Olu and Jess at Tidewater Books".split())
    assert not team_signature("thanks for reading all the way down".split())
    assert not team_signature("Mara, Olu, Jess, Kit, Ren, Ida and Bo at Tidewater Books".split())
    assert not sign_off(fragment_fromstring("<p>Happy reading,<br>and see you at the shop on Saturday.</p>"))
