"""The shop's own short lines under a product card that closes the post (round s28), in our own words and markup.

shopcard._shop_tail: a bookseller's card (price, button) after the review's last paragraph is followed, on a shop's
blog, by the shop's own lines in boxes of their own: its pledge ("We give 5% of each order to our literacy fund"),
its terms ("Versandkostenfrei ab 30 €", "Retrait gratuit en magasin"). When every block after the card to the
body's end is such a short line (a div, aside or section, 25 words at most, no score, no free-copy note), they go
with the card.

Near misses: the review's prose going on after the card keeps what follows; a closing line of the review's own, a
paragraph, stays; a score line in a box after the card stays.
"""

from __future__ import annotations

from tests.cleaning import paras
from tests.test_shop_events_h45 import _REVIEW, _extract

CARD = ("<div class='product'><img src='/c.jpg' alt=''><span>The Salt Road · Paperback · £9.99</span>"
        "<button>Add to bag</button></div>")


def test_the_shops_lines_under_a_closing_card_go():
    for tail in (
        "<div class='pledge'>We give 5% of each order to the Lamplight Literacy Fund.</div>",
        "<div class='terms'>Versandkostenfrei ab 30 € · Lieferung in zwei Werktagen</div>"
        "<aside class='pledge'>Ein Teil jedes Kaufs geht an unsere Leseförderung.</aside>",
        "<section class='retrait'>Retrait gratuit dans nos librairies sous deux heures.</section>",
    ):
        text = _extract(paras(*_REVIEW) + CARD + tail)
        assert "each order" not in text and "Versand" not in text and "Leseförderung" not in text \
            and "Retrait" not in text, (tail, text)
        assert all(p[:40] in text for p in _REVIEW), text


def test_the_reviews_own_lines_after_the_card_stay():
    pledge = "<div class='pledge'>We give 5% of each order to the Lamplight Literacy Fund.</div>"
    text = _extract(paras(*_REVIEW[:2]) + CARD + pledge + paras(_REVIEW[2]))  # (the review goes on after the card)
    assert _REVIEW[2][:40] in text, text
    text = _extract(paras(*_REVIEW) + CARD + paras("Read it slowly, on a winter evening."))
    assert "winter evening" in text, text
    text = _extract(paras(*_REVIEW) + CARD + "<div class='score'>My rating: 4/5</div>")
    assert "4/5" in text, text
