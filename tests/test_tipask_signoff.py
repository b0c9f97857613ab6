"""A coffee or tip ask that the tip rule takes is still the call to action of the post's tail when the tail rule
reads it as one: the short sign-off lines after it go with it (boilerplate.py's tail rule), as they did when the
tail rule took the ask itself (the demo blog's Piranesi post). In our own words; near misses: the review's own
paragraph after the ask stays, and so does its score line. (Known gap: a Czech ask that promo.call_kind does not read
as a call to action leaves its sign-off; treating every tip ask as one swept a disclosure after it on holdout43.)
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras
from tests.test_coffeeask_h43 import CS, EN

EN_ASK = ("Thanks for reading the Lamplight Shelf! If you liked this, pass it on to a friend. If you liked it a lot, "
          "you could choose something from my <a href='https://shop.example/wishlist/lamplight'>book wishlist</a> or buy "
          "me a coffee on <a href='https://ko-fi.com/lamplight'>ko-fi</a>.")
EN_AFTER = "There are no adverts here and there never will be, so every small gift keeps the lights on."
CS_ASK = "Díky, že čtete Lampu! Jestli se vám recenze líbila, pošlete mi na kafe přes QR platbu na stránce o mně."


def test_the_sign_off_after_a_coffee_ask_goes_with_it():
    text, rules = cleaned(paras(*EN, "–///–", EN_ASK, EN_AFTER), "lamplight.example")
    assert EN[-1] in text, rules
    assert "Thanks for reading" not in text and EN_AFTER not in text, (text[-300:], rules)


def test_the_czech_ask_goes_and_the_review_stays():
    text, rules = cleaned(paras(*CS, CS_ASK), "lampa.example.cz")
    assert CS[-1] in text and "na kafe" not in text, rules


def test_review_prose_after_the_ask_stays():
    text, rules = cleaned(paras(*EN[:2], EN_ASK, EN[2] + " " + EN[0]), "lamplight.example")
    assert EN[2] in text and EN[0] in text, rules


def test_a_score_after_the_ask_stays():
    text, rules = cleaned(paras(*EN, EN_ASK, "My rating: 4/5"), "lamplight.example")
    assert "4/5" in text and EN[-1] in text, rules
