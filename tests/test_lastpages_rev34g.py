"""rev34g: the book's last pages read in the first person (readvoice._READ) is a reading finished only as a past
statement ("I read", "I just/finally read", "j'ai lu", "ho letto", "leí") of the book's pages: not a plan, a habit or a
modal ("I will read the last chapters this weekend", "I always read the last pages first", "I cannot read the last
pages"), nor a paper's pages ("le ultime pagine del giornale"). Sentences of our own."""

from __future__ import annotations

import pytest

from scraper.extract.readvoice import reads


@pytest.mark.parametrize("text", [
    "I read the last fifty pages on the night bus, and missed my stop.",
    "I finally read the final chapters over a cold breakfast.",
    "J'ai lu les dernières pages dans la salle d'attente du dentiste.",
    "Ho letto le ultime pagine sotto la pioggia, alla fermata.",
    "Leí las últimas páginas de pie en la cocina.",
    "I just read the last chapters on the beach, sunburnt and happy.",
])
def test_last_pages_read(text):
    assert reads(text)


@pytest.mark.parametrize("text", [
    "I will read the last chapters tomorrow and post my thoughts on Friday.",  # a plan
    "I always read the last pages first, which drives my partner mad.",  # a habit
    "I cannot read the last pages of a mystery without peeking.",  # a modal
    "I read the last pages first, as I do with every mystery.",  # a habit, "first"
    "Ho letto le ultime pagine del giornale sul treno.",  # the paper's pages
    "J'ai lu les dernières pages du journal ce matin.",
    "I read the last pages of the newspaper while the kettle boiled.",
])
def test_no_last_pages_read(text):
    assert not reads(text)
