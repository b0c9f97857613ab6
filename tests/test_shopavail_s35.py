"""The shop's availability line (shopavail, the s35 round; own words and markup): a bookshop's closing line naming
the shop, the book's availability (or a bid to buy) and a price, at the tail after the score, goes.

Near misses: the book's record with a price and no shop; a shop and a price with no availability (the review's
scene); the reviewer's own buying at a shop, in the first person."""

from tests.test_commissionline_s35 import _EN, _page, _text

_CLOSE = "<p>Thanks for reading, and see you next Sunday with another small novel from the river towns.</p>"


def test_de_in_stock_at_the_shop_with_price_goes():
    line = "Bei uns im Laden vorrätig für 18,00 € — <a href='/kategorie/romane/'>mehr Romane</a>"
    text = _text(_page(_EN, lang="de", after=f"<p>{line}</p>{_CLOSE}"))
    assert "vorrätig" not in text and "bakery" in text


def test_en_available_in_the_shop_with_price_goes():
    line = "Available in the shop for £12.99, gift-wrapped on request."
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "gift-wrapped" not in text and "bakery" in text


def test_near_miss_record_with_price_stays():
    line = "Harbour Press, 312 pages, £12.99"
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "312 pages" in text


def test_near_miss_shop_and_price_in_the_story_stay():
    line = "The shop where the boy spends his last £5 is the novel's best scene."
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "last £5" in text


def test_near_miss_reviewers_own_buying_stays():
    line = "I paid £3 for it at a charity shop; it is still available there, probably."
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "charity shop" in text
