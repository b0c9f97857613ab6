"""A subscription's free first period offered on a review's last line (scraper.extract.sitelines, the membership upsell,
with couponline.FREE_TRIAL), round 29, on posts of our own invention: a short line closing the review's box that offers
a free first month or a free trial, in Persian, English, German, Japanese and Spanish. Near misses stay: the words
inside a paragraph with the review going on after it, a line with a score, 'free' about the story.
"""

from __future__ import annotations

import pytest

from scraper.extract.couponline import FREE_TRIAL
from tests.cleaning import cleaned, paras

HOST = "shelfapp.example"
RULE = "membership upsell"

REVIEW = [
    "The novel follows a baker's widow in a mountain village who keeps the oven lit through a winter of bad harvests and worse news.",
    "The prose is dense and physical, full of hands, flour and cold, and the village itself feels like a body that is slowly starving.",
    "The middle chapters repeat some scenes, but the last pages, when the tractor finally arrives, are quietly devastating to read.",
]


@pytest.mark.parametrize("offer", [
    "این رمان را با اشتراک کتابخوان خواندم؛ اگر دوست دارید، ماه اول رایگان است.",  # fa
    "I read it on the app's unlimited plan — your first month is free if you want to try it.",  # en
    "Gelesen mit dem Abo der App, der erste Monat gratis für alle Neuen.",  # de
    "読み放題プランで読みました。初月無料なのでぜひ。",  # ja
    "Lo leí con la suscripción de la app; el primer mes gratis para quien quiera probar.",  # es
])
def test_a_free_first_period_closing_the_review_goes(offer):
    text, rules = cleaned(f"<div class='review'>{paras(*REVIEW)}<p class='note'>{offer}</p></div><div class='bar'>👍 12</div>", HOST)
    assert RULE in rules
    assert offer[:10] not in text
    assert all(sentence in text for sentence in REVIEW)


def test_the_words_in_a_paragraph_the_review_goes_on_after_stay():
    middle = "<p>The widow's first month is free of debt, the only one, and she spends it baking for the whole valley.</p>"
    text, rules = cleaned(paras(*REVIEW[:2]) + middle + paras(REVIEW[2]), HOST)
    assert RULE not in rules and "first month" in text


@pytest.mark.parametrize("text_", [
    "The baker's oven is free for the first time in years, and the village gathers around it.",  # the story
    "A free copy from the publisher, in exchange for an honest review.",  # a disclosure
])
def test_near_misses_of_a_free_trial(text_):
    assert not FREE_TRIAL.search(text_)
