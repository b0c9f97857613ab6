"""A shop's buy box over the review (spliced.price_line): a line that is only a price, and the short lines after it in
its box (shipping, "ask the seller", stock) go. Near misses: a price named in a line of words, short
lines over the review with no price, a short line after the price outside its box."""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

HOST = "papershop.example"
REVIEW = [
    "I read it in one sitting on a rainy Sunday and have been thinking about the lighthouse keeper ever since, honestly.",
    "The middle sags a little, but the ending earns every page before it and I will read it again in the winter.",
]


@pytest.mark.parametrize("title, price, lines", [
    ("The Keeper", "$14.99", ["Free delivery · Arrives tomorrow", "Ask the seller"]),
    ("Der Wärter", "12,90 €*", ["Versandkostenfrei · Morgen bei dir", "Frag den Händler"]),
    ("Bekçi", "142,50 TL", ["Ücretsiz kargo · Yarın kapında", "Satıcıya soru sor"]),
])
def test_the_buy_box_over_the_review_goes(title, price, lines):
    box = f"<div><h2>{title}</h2><div>{price}</div>" + "".join(f"<div>{line}</div>" for line in lines) + "</div>"
    text, rules = cleaned(box + paras(*REVIEW), HOST)
    assert "buy box" in rules and all(s in text for s in REVIEW)
    assert price not in text and not any(line in text for line in lines)


def test_short_lines_without_a_price_stay():
    box = "<div><h2>The Keeper</h2><div>Hardback edition</div><div>Read in March</div></div>"
    text, rules = cleaned(box + paras(*REVIEW), HOST)
    assert "buy box" not in rules and "Read in March" in text


def test_a_price_in_words_and_lines_outside_the_box_stay():
    html = "<div><h2>The Keeper</h2><p>I paid $14.99 for the hardback.</p></div><div>Read in March</div>"
    text, rules = cleaned(html + paras(*REVIEW), HOST)
    assert "buy box" not in rules and "Read in March" in text and "$14.99" in text
