"""A product card with no picture closes on its button (controls._closes_card, the s35 round; own words and markup):
the card's title heading and its facts box before a button-classed link, nothing else in the card; the button goes,
the card's title and facts stay.

Near misses: a button-classed link inside a paragraph; a button beside words in its box; a card whose heading is
followed by a paragraph of prose outside any box (the link after it is read with the prose)."""

from tests.test_commissionline_s35 import _EN, _page, _text


def _card(inner):
    return f"<div class='product-card'><div class='product-card-inner'>{inner}</div></div>"


def test_button_closing_a_card_with_a_title_heading_goes():
    card = _card("<h4 class='card-title'>Ada Lind: The Salt Road</h4><div class='card-desc'><p>Novel, Harbour Press, "
                 "312 pages</p></div><a class='card-button' href='https://shop.example.com/salt'>Order from the "
                 "corner shop</a>")
    text = _text(_page(_EN, middle=card))
    assert "corner shop" not in text and "Harbour Press" in text and "bakery" in text


def test_near_miss_button_inside_a_paragraph_stays():
    card = ("<p>If you are near the harbour, <a class='card-button' href='https://shop.example.com/salt'>the corner "
            "shop</a> keeps a shelf of her novels.</p>")
    text = _text(_page(_EN, middle=card))
    assert "corner shop" in text


def test_near_miss_button_beside_words_in_its_box_stays():
    card = _card("<h4 class='card-title'>Ada Lind: The Salt Road</h4><div class='card-desc'><p>Novel, Harbour Press"
                 "</p></div>My copy came from <a class='card-button' href='https://shop.example.com/salt'>the corner "
                 "shop</a> by the ferry.")
    text = _text(_page(_EN, middle=card))
    assert "corner shop" in text
