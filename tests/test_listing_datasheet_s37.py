"""A shop's book page whose description tab and "additional information" tab are both classed as the entry's content
(WooCommerce and themes like it) is one post, not a listing of two (s37, bodyfind._DATA_SHEET): the second box holds
its text only in a table or a definition list, the item's data sheet. Two boxes that both hold prose stay a listing.
Texts of our own."""

from __future__ import annotations

from scraper.extract import extract_page

_REVIEW = [
    "Two cousins inherit a failing orchard in the Welsh Marches and a ledger of debts their grandmother never "
    "mentioned. Over one wet autumn they learn what the trees, the bank and the village each expect of them.",
    "Harriet Penrose writes weather better than almost anyone working now: the fog in the lower field, the frost "
    "that takes the late pears, the kitchen that never warms. It is a quiet book about money that never preaches.",
    "The final chapters turn into something close to a heist, and I finished them standing up behind the counter. "
    "I have been pressing it on anyone who asks for a slow novel with a sting.",
    "Our rating: 4/5",
]


def _shop(second: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _REVIEW)
    return ('<html lang="en"><head><meta charset="utf-8"><title>The Orchard Ledger by Harriet Penrose – Bramble Books</title>'
            '</head><body class="product-template-default single single-product woocommerce">'
            '<main id="main"><div class="product type-product">'
            '<div class="summary entry-summary"><h1 class="product_title entry-title">The Orchard Ledger by Harriet Penrose</h1>'
            '<p class="price">£11.50</p></div>'
            '<div class="woocommerce-tabs wc-tabs-wrapper">'
            f'<div class="woocommerce-Tabs-panel panel entry-content wc-tab" id="tab-description"><h2>Staff pick</h2>{body}</div>'
            f'<div class="woocommerce-Tabs-panel panel entry-content wc-tab" id="tab-additional_information">{second}</div>'
            '</div></div></main></body></html>')


_TABLE = '<table class="shop_attributes"><tr><th>Format</th><td>Hardback</td></tr><tr><th>Pages</th><td>288</td></tr></table>'


def test_a_data_sheet_tab_beside_the_description_is_no_second_post():
    record = extract_page(_shop(_TABLE), "https://bramblebooks.example/product/the-orchard-ledger/")
    assert record.kind == "review", (record.kind, record.reason)
    assert record.book_title == "The Orchard Ledger" and record.book_author == "Harriet Penrose"


def test_a_definition_list_sheet_is_no_second_post_either():
    sheet = "<dl><dt>Format</dt><dd>Hardback</dd><dt>Publisher</dt><dd>Lantern Press</dd></dl>"
    record = extract_page(_shop(sheet), "https://bramblebooks.example/product/the-orchard-ledger/")
    assert "posts" not in record.reason, (record.kind, record.reason)


def test_a_second_box_with_prose_beside_its_table_is_still_a_second_post():
    second = ("<p>Another staff pick this week: a brisk thriller set on a ferry, which Tom read in a night and "
              "keeps recommending to customers.</p>" + _TABLE)
    record = extract_page(_shop(second), "https://bramblebooks.example/product/the-orchard-ledger/")
    assert record.kind == "listing", (record.kind, record.reason)


def test_two_prose_boxes_are_still_a_listing():
    second = "".join(f"<p>{p}</p>" for p in _REVIEW[:2])
    record = extract_page(_shop(second), "https://bramblebooks.example/product/the-orchard-ledger/")
    assert record.kind == "listing", (record.kind, record.reason)
