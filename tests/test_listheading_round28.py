"""The heading over a list of readers' review cards is the list's title, not the review's (the body helper, round
28, on the spent corpora's failures).

"<section class=reviews><h2>Reader reviews</h2><div class=card><div class=card-head>name · date · stars</div><p>…</p>
</div></section>": when the body found is the section, its heading goes with the cards' removed header rows. What
stays: a heading inside the card (the reader's own title), a blogger's title over a dated post whose dateline stands
beside it, a heading followed by prose, a long or scored note under a heading. Our own words and markup, Turkish,
Russian and English.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page, listheading

TR = ("Babaannemin kitaplığında bulduğum bu romanı iki akşamda bitirdim. Bir kasabada geçen üç kuşaklık bir aile hikâyesi; "
      "yazar kimseyi yargılamadan anlatıyor ve her bölüm bir öncekinden biraz daha hüzünlü. Sonunu çok sevdim, ortası biraz uzun.")
RU = ("Нашла этот роман на полке у бабушки и прочитала за два вечера. Это история трёх поколений одной семьи в маленьком "
      "городке; автор никого не судит, и каждая глава чуть печальнее предыдущей. Финал понравился, середина затянута.")
EN = ("I found this novel on my grandmother's shelf and finished it in two evenings. It follows three generations of one "
      "family in a small town; the writer judges nobody, and each chapter is a little sadder than the last.")


def _shop(heading: str, review: str, title: str = "") -> str:
    own_title = f"<h3 class='card-title'>{title}</h3>" if title else ""
    return ("<html><head><title>Üç Kuşak – kitap</title></head><body><main>"
            f"<section id='reviews' class='product-reviews'><h2>{heading}</h2>"
            "<div class='sort'><button>Newest</button><button>Most helpful</button></div>"
            "<div class='review-card'><div class='review-card__head'><span class='user'>okur_42</span> "
            "<span class='date'>12.11.2026</span></div>"
            f"{own_title}<div class='review-card__text'><p>{review}</p></div></div></section></main></body></html>")


def test_the_heading_over_the_cards_goes():
    for heading, review in (("Okur Yorumları", TR), ("Отзывы читателей", RU), ("Customer reviews", EN)):
        record = extract_page(_shop(heading, review), "https://shop.example/kitap/uc-kusak/yorumlar")
        assert review in record.body_text
        assert heading not in record.body_text, heading


def _marked(html: str, row_rule: str = "dateline") -> dict:
    """listheading.mark on a snippet: the blocks are its headings, its rows (class 'row') and paragraphs; the row is
    taken as removed by the cleaning under `row_rule`."""
    root = lxml.html.fromstring(html)
    items = [e for e in root.iter("h2", "h3", "span", "p")]
    drop, boxes = {}, {}
    for i, e in enumerate(items):
        if e.tag == "span" and "date" in (e.get("class") or ""):
            drop[i], boxes[i] = row_rule, e.getparent()
    listheading.mark(items, drop, boxes)
    return {items[i].text_content(): rule for i, rule in drop.items()}


def test_the_heading_rule_on_snippets():
    card = f"<div class='card'><div class='row'><span class='user'>ana</span> <span class='date'>3.11.2026</span></div><p>{EN}</p></div>"
    assert _marked(f"<section><h2>Reader reviews</h2>{card}</section>").get("Reader reviews") == listheading.RULE
    # a heading inside the card: the reader's own title
    inside = card.replace("<div class='row'>", "<h3>Sad and lovely</h3><div class='row'>")
    assert "Sad and lovely" not in _marked(f"<section>{inside}</section>")
    # a heading followed by prose, then the card
    assert "Reader reviews" not in _marked(f"<section><h2>Reader reviews</h2><p>{EN}</p>{card}</section>")
    # a long heading: a sentence, not a list's title
    long = "What I thought of this quiet family novel after two evenings"
    assert long not in _marked(f"<section><h2>{long}</h2>{card}</section>")
    # the card holds no review after its row
    bare = "<div class='card'><div class='row'><span class='user'>ana</span> <span class='date'>3.11.2026</span></div><p>Great!</p></div>"
    assert "Reader reviews" not in _marked(f"<section><h2>Reader reviews</h2>{bare}</section>")
    # the heading in a header box with a short note under it, the cards in a list box beside it: both lines go
    header = "<div class='head'><h2>Отзывы читателей</h2><p>Отзывы пишут покупатели магазина.</p></div>"
    marked = _marked(f"<section>{header}<div class='list'>{card}</div></section>")
    assert marked.get("Отзывы читателей") == marked.get("Отзывы пишут покупатели магазина.") == listheading.RULE
    # a header box whose note is long, or holds a score, is no list's header: the note stays
    note = "Этот роман я советую всем, кто любит длинные семейные саги о маленьких городах и тихих людях, живущих в них годами."
    assert note not in _marked(f"<section><div class='head'><h2>Отзывы</h2><p>{note}</p></div><div class='list'>{card}</div></section>")
    # a row removed for another reason (not a card's header) does not make a list
    assert "Reader reviews" not in _marked(f"<section><h2>Reader reviews</h2>{card}</section>", row_rule="link list")


def test_a_bloggers_title_beside_its_dateline_stays():
    page = ("<html><head><title>Three generations – my shelf</title></head><body><article><div class='post'>"
            "<h2>Three generations</h2><div class='meta'>12 November 2026</div>"
            f"<div class='entry'><p>{EN}</p><p>{EN.upper()}</p></div></div></article></body></html>")
    record = extract_page(page, "https://myshelf.example/2026/11/three-generations")
    assert EN in record.body_text
    assert not any(r["rule"] == listheading.RULE for r in record.to_dict()["removed"])
