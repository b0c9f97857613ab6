"""A plea set between the review's paragraphs (followpleas.interjected_plea): join the writer's own account on a named
network (the network, "my" account word and a verb of joining, all three), or vote for the blog; anywhere in the body.
Near misses: a story's character joining a group on a network, voting in the plot, a long paragraph about the writer's
club, a line with a score."""

from __future__ import annotations

import pytest

from scraper.extract.followpleas import interjected_plea
from tests.cleaning import cleaned, paras

HOST = "riverreads.example"
REVIEW = [
    "I finished the novel on the bus home and had to sit at the terminus for ten minutes before I could get off, honestly.",
    "The two brothers at its centre are drawn with such care that every quarrel between them felt like one from my own family.",
    "It drags a little in the middle, when the river chapters repeat themselves, but the last fifty pages are extraordinary work.",
]


@pytest.mark.parametrize("plea", [
    "My little book club on Facebook is called Night Readers, come and join us!",
    "Наш читательский клуб в ВК — «Полка у окна», вступайте!",
    "Votez pour ce blog si la critique vous a plu, le bouton est en bas de la page !",
    "Гласувайте за моя блог в класацията, ако ви е харесало. Благодаря!",
])
def test_a_plea_between_the_paragraphs_goes(plea):
    assert interjected_plea(plea)
    text, rules = cleaned(paras(REVIEW[0], plea, *REVIEW[1:]), HOST)
    assert {"aside to the reader", "platform ask"} & set(rules)  # (an ask the platform rules know may go by theirs first)
    assert all(sentence in text for sentence in REVIEW) and plea not in text


@pytest.mark.parametrize("line", [
    "Halfway through, she joins a group on Facebook and finds the sister she never knew she had.",
    "Героиня вступает в клуб ВКонтакте и находит там сестру.",
    "В романе весь город голосует за нового мэра, и это страшно.",
    "My book club on Facebook picked it for May and I joined the talk late, rating it 4/5.",
])
def test_near_misses_are_no_plea(line):
    assert not interjected_plea(line)


def test_a_long_paragraph_about_my_club_stays():
    long_ = ("My book club on Facebook chose this novel in May, and when I joined the discussion I was the only one who had "
             "finished it, which says a lot about its middle part and about us.")
    text, rules = cleaned(paras(REVIEW[0], long_, *REVIEW[1:]), HOST)
    assert long_ in text
