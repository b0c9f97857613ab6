"""A shop's discount offer closing a review (scraper.extract.couponline, applied by spliced.mark), round 29, on posts
of our own invention: a short line with a discount code and a percentage or a price, after the review's last paragraph,
in German, Polish, Turkish, Greek and English. Near misses stay: a percentage in the review's prose without a code, a
code-like token without a discount, an offer the review goes on after, a line with a score.
"""

from __future__ import annotations

import pytest

from scraper.extract.couponline import coupon_line
from tests.cleaning import cleaned, paras

import lxml.html

HOST = "corner-books.example"
RULE = "discount offer"

REVIEW = [
    "This slim novel follows a lighthouse keeper's daughter through the winter after the light is automated and the boats stop coming.",
    "The writing is plain and exact, and the small chores of the island carry more feeling than the one storm scene near the end.",
    "A subplot about a salvage claim drags in the middle, but the last chapters gather everything up with real tenderness.",
]


def line(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(html)


@pytest.mark.parametrize("offer", [
    "Im Laden kostet es 18 Euro, online mit dem Code WINTER15 gibt es 15 % Rabatt bis Sonntag.",  # de
    "W księgarni za 39 zł, a w sklepie internetowym z kodem ZIMA20 taniej o 20% do końca tygodnia.",  # pl
    "Kitabı mağazamızda bulabilirsiniz; internetten KITAP10 koduyla %10 indirimli sipariş verebilirsiniz.",  # tr
    "Θα το βρείτε στο βιβλιοπωλείο μας, και online με τον κωδικό BIBLIO12 έχετε έκπτωση 12%.",  # el
    "Pick it up in the shop for £9.99, or order online with SHELF25 at checkout.",  # en: a price, no percentage
])
def test_a_discount_offer_closing_the_review_goes(offer):
    assert coupon_line(line(f"<p>{offer}</p>"))
    text, rules = cleaned(paras(*REVIEW) + f"<p style='background:#eee'>{offer}</p>", HOST)
    assert RULE in rules
    assert all(sentence in text for sentence in REVIEW)
    assert offer[:12] not in text


@pytest.mark.parametrize("text_", [
    "Only about 10% of the novel is set on the mainland, and those chapters are the weakest.",  # no code
    "Her radio call sign was KX42B, and she repeats it every night to nobody at all.",  # no discount
    "Die Heldin zählt 12 % ihrer Vorräte jeden Abend; Zeichen wie WINTER15 kommen im Buch nicht vor. Note: 4/5",  # a score
])
def test_near_misses_of_a_coupon_line(text_):
    assert not coupon_line(line(f"<p>{text_}</p>"))


def test_an_offer_the_review_goes_on_after_stays():
    offer = "<p>The shop has it for £9.99 with SHELF25 at checkout this week.</p>"
    text, rules = cleaned(paras(*REVIEW[:2]) + offer + paras(REVIEW[2]), HOST)
    assert RULE not in rules
    assert "SHELF25" in text
