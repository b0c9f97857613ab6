"""cardslot: the engine's slot line opening a review card kept alone, the same slot as its sibling cards' (da, en), in
our own words and markup. Near misses: a card with no siblings, a first line in a class the siblings do not open with,
a first line that is a sentence, a heading."""

from __future__ import annotations

import lxml.html

from scraper.extract.cardslot import slot_line

TEXT = ("<div class='card__text'><p>Romanen følger en færgemand på Storebælt gennem en lang vinter, og den gør det med "
        "en tør humor og en sans for de små ting, som man sjældent ser.</p></div>")


def _cards(first: str, others: str = "<p class='card__from'>Dagbladet · 2026</p>", count: int = 2) -> lxml.html.HtmlElement:
    cards = "".join(f"<article class='card'>{others}<div class='card__text'><p>Kort og godt.</p></div></article>" for _ in range(count))
    page = lxml.html.fromstring(f"<section><article class='card' id='kept'>{first}{TEXT}</article>{cards}</section>")
    return page.get_element_by_id("kept")


def test_the_slot_line_of_a_card_among_cards_goes():
    assert slot_line(_cards("<p class='card__from'>Lektørens note · Bibliotekets vurdering</p>")) is not None


def test_an_english_slot_line_goes():
    body = _cards("<p class='card__from'>Staff pick · Our booksellers</p>", "<p class='card__from'>The Daily Ledger · 3 May 2026</p>")
    assert slot_line(body) is not None


def test_a_card_with_one_sibling_keeps_its_line():
    assert slot_line(_cards("<p class='card__from'>Lektørens note · Bibliotekets vurdering</p>", count=1)) is None


def test_a_line_the_siblings_do_not_open_with_stays():
    assert slot_line(_cards("<p class='card__intro'>Lektørens note · Bibliotekets vurdering</p>")) is None


def test_a_sentence_stays():
    assert slot_line(_cards("<p class='card__from'>Jeg læste den på en weekend.</p>")) is None


def test_a_heading_stays():
    assert slot_line(_cards("<h3 class='card__from'>En stille vinter</h3>", "<h3 class='card__from'>Godt</h3>")) is None
