"""A newspaper's press-standards line after a review (scraper.extract.pressline, applied by spliced.mark), round 29,
on posts of our own invention: a short line naming a trust programme, a press council or a press code, after the
review's last paragraph, in Spanish, German, Norwegian, English and Finnish. Near misses stay: the same body named in a
paragraph of the review with prose after it, a long paragraph about a press council, a line with a score, a shouted
word that only looks like an acronym in lower case.
"""

from __future__ import annotations

import pytest

from scraper.extract.pressline import press_standards_line
from tests.cleaning import cleaned, paras

HOST = "dailyharbour.example"
RULE = "press standards line"

REVIEW = [
    "The novel follows a harbour pilot's widow who takes over the night crossings for one hard winter and learns the channel by heart.",
    "The chapters alternate between the pilots' office and the open water, and the water chapters carry the book from start to finish.",
    "The ending hurries a reconciliation the book had not earned, but the fog chapter alone is worth the price of the paperback.",
]


@pytest.mark.parametrize("line_", [
    "<p>Cumple los criterios de <a href='/info/confianza/'>The Trust Project</a></p>",  # es
    "<p>Wir halten uns an den Pressekodex des Deutschen Presserats.</p>",  # de
    "<p>Avisen arbeider etter Vær Varsom-plakatens regler for god presseskikk.</p>",  # nb
    "<div><p>This newspaper is regulated by IPSO.</p></div>",  # en
    "<p>Lehti sitoutuu Julkisen sanan neuvoston ohjeisiin.</p>",  # fi
])
def test_a_press_standards_line_after_the_review_goes(line_):
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert RULE in rules
    assert all(sentence in text for sentence in REVIEW)
    assert not any(word in text for word in ("Trust Project", "Pressekodex", "Varsom", "IPSO", "neuvoston"))


def test_the_same_body_named_in_the_reviews_prose_stays():
    middle = "<p>The widow complains to the Press Council about a cruel obituary, and the hearing is the novel's funniest scene.</p>"
    text, rules = cleaned(paras(*REVIEW[:2]) + middle + paras(REVIEW[2]), HOST)
    assert RULE not in rules
    assert "Press Council" in text


@pytest.mark.parametrize("text_", [
    "Der Presserat spielt im Roman eine große Rolle: die Heldin verliert ihre Stelle, kämpft um ihren Ruf, schreibt "
    "Briefe an jede Redaktion der Stadt und findet am Ende doch noch einen Verleger, der ihr glaubt.",  # long
    "Trust Project? Not in this newsroom. My score: 4/5",  # a score
    "She tried to impress the pilots with her knots.",  # 'impress' in lower case is a verb
])
def test_near_misses_of_a_press_line(text_):
    assert not press_standards_line(text_)
