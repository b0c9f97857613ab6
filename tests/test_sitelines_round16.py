"""A forum's greeting row over the post (sitelines: the sign-in row, now at the top as at the bottom): a short line
among the first blocks holding a link to the sign-in page ("Welcome, Guest: Join / Log in"); not a long paragraph
with such a link, not a short line in the middle of the review."""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

HOST = "lagoonforum.example"
REVIEW = [
    "I finished the novel on the bus home and had to sit at the terminus for ten minutes before I could get off, honestly.",
    "The two brothers at its centre are drawn with such care that every quarrel between them felt like one from my own family.",
    "It drags a little in the middle, when the river chapters repeat themselves, but the last fifty pages are extraordinary work.",
    "Give it to anyone who grew up with siblings and never quite forgave them for it, and then ask them how it made them feel.",
]


@pytest.mark.parametrize("row", [
    "<h2>Welcome, <b>Guest</b>: <a href='/join'>Join us</a> / <a href='/login'>Log in</a>! / <a href='/recent'>Recent</a></h2>",
    "<p>Bienvenido, invitado — <a href='/user/login?destination=/t/55'>Inicia sesión</a> o <a href='/registro'>regístrate</a></p>",
])
def test_a_greeting_row_with_a_sign_in_link_over_the_post_goes(row):
    text, rules = cleaned(row + paras(*REVIEW), HOST)
    assert "sign-in row" in rules
    assert all(sentence in text for sentence in REVIEW) and "Guest" not in text and "invitado" not in text


def test_near_misses_stay():
    # a long opening paragraph that links to the sign-in page in passing
    long_ = ("<p>Before the review, a note for new members of the club: you can <a href='/login'>log in</a> to add your own "
             "rating, and the reading list for next month is pinned at the top of the board as usual.</p>")
    text, rules = cleaned(long_ + paras(*REVIEW), HOST)
    assert "sign-in row" not in rules
    # a short line with such a link in the middle of the review
    mid = "<p>Members can <a href='/login'>log in</a> to vote.</p>"
    text, rules = cleaned(paras(*REVIEW) + mid + paras(*REVIEW), HOST)
    assert "sign-in row" not in rules
