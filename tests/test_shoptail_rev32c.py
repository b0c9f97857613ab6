"""shopcard._shop_tail (rev32c): the short boxed lines after a product card that closes the post go with it only when
they name the sale (a price, delivery, an order, the shop) and the review writes its own paragraphs as <p>; a review
written in <div> lines (as Blogger's editor writes it) keeps its closing lines. Our own words and markup."""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "The Ferry Keeper follows a man who runs the last ferry across a northern lake in its final winter, and the "
    "passengers who cross with him while the town argues about the new bridge going up at the narrows.",
    "Oskar Lind keeps the sentences plain and the weather loud, and the chapter on the frozen harbour is the best "
    "thing I have read this season, even if the keeper's sister deserved more pages.",
]
CARD = ("<div class='product'><img src='/cover.jpg' alt=''><span>The Ferry Keeper · Hardback · €21,90</span>"
        "<button>In den Warenkorb</button></div>")


def _page(paras: str, tail: str) -> str:
    return ("<html lang='en'><head><meta charset='utf-8'><title>The Ferry Keeper by Oskar Lind</title></head><body>"
            "<article><h1>The Ferry Keeper by Oskar Lind</h1><div class='entry-content'>"
            f"{paras}{CARD}{tail}</div></article></body></html>")


def _text(paras: str, tail: str) -> str:
    return extract_page(_page(paras, tail), "https://shelfshop.example/blog/ferry-keeper/").body_text


P = "".join(f"<p>{p}</p>" for p in PARAS)


def test_the_shops_lines_go_in_many_languages():
    for tail, gone in (
        ("<div>Gratis verzending vanaf 20 euro, levering binnen twee dagen.</div>", "verzending"),
        ("<div>Envío gratuito en pedidos desde 30 €.</div>", "Envío"),
        ("<aside>Wysyłka w 24 godziny, odbiór osobisty w księgarni.</aside>", "Wysyłka"),
        ("<div>Free click and collect at any of our shops.</div>", "collect"),
        ("<div>A tenth of every sale goes to the Lakeside Reading Fund.</div>", "every sale"),
        ("<div>Ein Teil jedes Verkaufs geht an unsere Stiftung.</div>", "Verkaufs"),
    ):
        text = _text(P, tail)
        assert gone not in text, (tail, text)
        assert PARAS[1][:40] in text


def test_the_reviews_closing_lines_stay():
    closing = ("<div>The ending is a little rushed, but the last crossing is lovely.</div>"
               "<div>I will read whatever Lind writes next, and soon.</div>")
    text = _text(P, closing)
    assert "ending is a little rushed" in text and "whatever Lind writes next" in text, text
    divs = "".join(f"<div>{p}</div>" for p in PARAS)  # (the review in div lines: its closing lines are its own)
    text = _text(divs, "<div>Free delivery on orders over 30 euros.</div><div>A lovely, patient book.</div>")
    assert "patient book" in text, text
