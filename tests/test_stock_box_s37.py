"""The copy's own boxes inside a review's body (bpbox37, ``stockbox``), on pages of my own making.

- availability box: a box the theme names for the copy's availability, holdings, stock, loans, pick-up or shipping,
  holding short rows (counts, formats, places) and no prose: it goes whole;
- product price: a box the theme names "price" holding one price alone;
- info panels: two short collapsible panels or more after the review's last paragraph (a product page's tabs).
"""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A lighthouse keeper on a northern island loses his radio in a storm and spends a winter writing letters to a "
    "brother he has not spoken to in twenty years, letters he knows no boat will carry until spring.",
    "The author is patient with him: the chores, the lamp, the gulls, the tins counted every Sunday, and the slow way "
    "an old grudge turns into something closer to an apology as the pages pile up on the kitchen table.",
    "The ending is quieter than I expected and all the better for it, and our reading group argued about the last "
    "letter for a whole evening before anyone could agree what the keeper had finally decided to say.",
]
_URL = "https://harbourlibrary.example.org/en/book-tips/the-keepers-letters"
_TITLE = "Book tip: The Keeper's Letters by Aino Rask"


def _page(middle="", tail=""):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
            f"<header><a href='/'>Harbour Library</a></header><main><article class='node'><h1>{_TITLE}</h1>"
            f"<div class='field field--name-body'>{ps[0]}{ps[1]}{middle}{ps[2]}{tail}</div></article></main>"
            f"</body></html>")


def _text(middle="", tail=""):
    return extract_page(_page(middle=middle, tail=tail), _URL).body_text


def _kept(text):
    return "tins counted" in text and "finally decided" in text


# availability box


@pytest.mark.parametrize("box", [
    "<div class='holdings-box'><h3>On the shelf at Harbour Central</h3><ul><li>Hardback: 3 copies, 1 on loan</li>"
    "<li>Large print: at the branch library, ground floor</li></ul><a class='btn' href='/hold/77'>Reserve</a></div>",
    "<section class='paragraph--type-stock'><p>Paperback in stock: 5</p><p>E-book: 2 licences, waiting list 4</p>"
    "</section>",
    "<div class='store-pickup'>Pick up today at our Quay Street shop, ready within the hour</div>",
    "<div class='verfuegbarkeit'><ul><li>Taschenbuch: 2 Exemplare, 1 ausgeliehen</li><li>Hörbuch in der App</li></ul>"
    "</div>",
])
def test_an_availability_box_goes(box):
    text = _text(middle=box)
    assert "copies" not in text and "stock" not in text and "Pick up" not in text and "Exemplare" not in text
    assert _kept(text)


def test_a_reviewers_paragraph_in_a_box_named_for_loans_stays():
    # (a sentence of prose: the reviewer's own, whatever the theme calls its box)
    box = ("<div class='loan-note'><p>I waited nearly three months for the library's only copy of this and I would "
           "happily wait again, because the letters reward a slow reader who lets them pile up.</p></div>")
    text = _text(middle=box)
    assert "waited nearly three months" in text and _kept(text)


def test_the_same_rows_in_a_box_named_otherwise_stay():
    # (the rule reads the theme's name for the box: the same short rows in a plain box are not its business)
    box = "<div class='editions'><ul><li>Hardback: 3 copies, 1 on loan</li><li>Large print: ground floor</li></ul></div>"
    text = _text(middle=box)
    assert "Large print" in text and _kept(text)


def test_a_box_named_for_shipping_with_a_score_stays():
    box = "<div class='delivery'><p><strong>Rating:</strong> 4/5</p></div>"
    assert "4/5" in _text(middle=box)


# product price


def test_a_price_box_with_one_price_goes():
    text = _text(middle="<div class='price'><span class='price-item'>$24.00 NZD</span></div>")
    assert "24.00" not in text and _kept(text)


def test_a_price_box_with_words_of_its_own_stays():
    box = "<div class='price-note'><p>At $24 this is a bargain for a hardback this well made.</p></div>"
    assert "bargain" in _text(middle=box)


# info panels


_PANELS = ("<div class='product-accordion'><details><summary>Details</summary><p>Hardback, 212 pages. Tern Press.</p>"
           "</details><details><summary>Delivery &amp; returns</summary><p>Sent within two working days.</p></details>"
           "</div>")


def test_a_products_info_panels_after_the_review_go():
    text = _text(tail=_PANELS)
    assert "212 pages" not in text and "Delivery" not in text and "working days" not in text and _kept(text)


def test_a_spoiler_panel_alone_stays():
    tail = "<details><summary>Spoiler</summary><p>The brother was dead all along.</p></details>"
    assert "dead all along" in _text(tail=tail)


def test_panels_with_the_review_going_on_after_them_stay():
    middle = ("<details><summary>Spoiler one</summary><p>The radio works.</p></details>"
              "<details><summary>Spoiler two</summary><p>He never sends them.</p></details>")
    text = _text(middle=middle)
    assert "radio works" in text and "never sends" in text and _kept(text)


def test_panels_of_prose_stay():
    long = ("The keeper burns the letters in the lamp on the last night, one by one, and the author lets us read "
            "each one a final time before it goes.")
    tail = (f"<details><summary>Spoiler</summary><p>{long}</p></details>"
            f"<details><summary>More</summary><p>{long}</p></details>")
    assert "burns the letters" in _text(tail=tail)
