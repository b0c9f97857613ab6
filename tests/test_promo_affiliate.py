"""scraper.extract.promo: an affiliate disclosure naming the bookseller and the programme, wherever it stands.

Invented lines in Japanese, Russian and English, each beside a near miss: the reviewer naming a bookseller, or
writing about a commission in the story.
"""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

REVIEW = [
    "Ada Kestrel's debut follows a cartographer who is hired to map a valley that the locals insist keeps moving at night.",
    "The maps are reproduced between chapters and they change, slyly, as the story goes; I kept flipping back to check.",
    "Kestrel is better at atmosphere than at plot, and the last act hurries, but the valley itself is unforgettable.",
    "It is the rare fantasy novel that trusts its reader, and I will be pressing it on everyone I know this winter.",
]




@pytest.mark.parametrize(
    "note",
    [
        "🛒 この記事は楽天のアフィリエイトを利用しています。購入されると紹介料が入ります。",
        "Ссылки на Ozon в этом посте — по партнёрской программе магазина, вам это ничего не стоит.",
        "Heads up: the Kobo links here are affiliate links; I get a few cents, you pay the same.",
    ],
)
def test_an_affiliate_disclosure_goes_from_the_middle_of_a_review(note):
    text, rules = cleaned(paras(*REVIEW[:2]) + f"<p>{note}</p>" + paras(*REVIEW[2:]), "valleymaps.example")
    assert rules == ["affiliate note"]
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize(
    "line",
    [
        "I bought my copy on Kobo after a friend lent me the first chapter, and finished it in a weekend.",  # a bookseller
        "The cartographer's commission is from a valley council that wants a boundary it cannot have.",  # a commission
    ],
)
def test_a_bookseller_or_a_commission_alone_stays(line):
    text, rules = cleaned(paras(*REVIEW[:2]) + f"<p>{line}</p>" + paras(*REVIEW[2:]), "valleymaps.example")
    assert line in text and rules == []
