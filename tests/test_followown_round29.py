"""A follow plea closing a review's box that names no account word (scraper.extract.followpleas.follow_plea), round 29,
on lines of our own invention: a social network, a verb of following and the writer's own ("my", "our") whatever
they keep there (a reading circle, a book corner, a little library), in Norwegian, Swedish, Danish, Dutch and Czech.

Near misses stay: the same words without "my"/"our" (the author's account, the plot), without a verb of following,
without a network, or with a score; and the review's own sentence about the network in the middle of a post.
"""

from __future__ import annotations

import pytest

from scraper.extract.followpleas import follow_plea
from tests.cleaning import cleaned, paras

HOST = "fjordreads.example"

REVIEW = [
    "Kari Lunde's novel follows a family of lighthouse keepers on a skerry through three hard winters and one long spring.",
    "The prose is spare and weathered, and the island itself becomes a character the family argues with and depends on.",
    "The dialect dialogue slows the first chapters, but by the middle I heard it without effort and missed it afterwards.",
]


@pytest.mark.parametrize("line_", [
    "Følg leseringen vår på Instagram: Bøker ved fjorden",  # nb
    "Följ vår bokcirkel på Facebook – Läsarna i Vik",  # sv
    "Følg min lille bogklub på Instagram for flere anbefalinger",  # da
    "Volg onze leesclub op Facebook: Lezers aan de Dijk",  # nl
    "Sledujte náš čtenářský kroužek na Facebooku: Čteme u řeky",  # cs
    "Follow our little book circle on Instagram: Readers by the Shore",  # en
])
def test_a_follow_line_naming_the_writers_own_circle_on_a_network(line_):
    assert follow_plea(line_)


@pytest.mark.parametrize("line_", [
    "Forfatteren har mange følgere på Instagram: Kari Lunde skriver der hver dag",  # nb: no 'our', the author's
    "Jeg fant boka gjennom leseringen vår på Facebook, og angrer ikke.",  # nb: no verb of following
    "Følg leseringen vår på biblioteket hver tirsdag",  # nb: no network
    "Volg onze leesclub op Facebook: wij gaven dit boek 4/5",  # nl: a score
    "Ingrid follows her brother to the mainland, and our hearts go with her on every page of the ferry chapter.",  # en plot
])
def test_near_misses_stay(line_):
    assert not follow_plea(line_)


def test_the_line_closing_a_readers_review_box_goes_and_the_review_stays():
    plea = "<p class='sign'>Følg lesesirkelen min på Facebook: Bokprat ved sjøen</p>"
    body = f"<div class='review-text'>{paras(*REVIEW)}{plea}</div><div class='review-text'><p>Fin bok.</p></div>"
    text, rules = cleaned(body, HOST)
    assert "follow-me line" in rules
    assert "Bokprat" not in text
    assert all(sentence in text for sentence in REVIEW)


def test_the_same_words_between_paragraphs_stay():
    middle = "<p>Vi snakket om den i leseringen vår på Facebook, og alle fulgte Ingrid til siste side uten å gi opp.</p>"
    text, _ = cleaned(paras(*REVIEW[:2]) + middle + paras(REVIEW[2]), HOST)
    assert "leseringen vår" in text
