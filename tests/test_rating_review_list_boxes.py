"""A shop's list of readers' reviews: each list item is one review's box (a widget's review is its item's longest run
of text, not the first paragraph of the list above it, another reader's name line); of the reviews the cleaning kept,
the one whose box holds three times the others' text is the page's, even beside a product average the cleaning dropped;
a score in a span of its own in a review's head, outside any paragraph ("<header><span class='review-score'>…</span>"),
is read with the review. Markup of our own in de/pl/et; near misses: the short reviews' scores, a span inside a
paragraph (read once, with it), a span classed "score" holding no score."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.rating import find_rating, rating_blocks

LONG_DE = ("Ich habe den Roman in einem Zug gelesen. Die Figuren sind lebendig, die Sprache ist genau und "
           "unaufgeregt, und das Ende hat mich noch Tage beschäftigt. Nur der Mittelteil zieht sich etwas.")
SHORT_DE = "Schnell geliefert, gut verpackt."


def _rating(markup: str, lines: list[str]):
    body = lxml_html.fromstring(f"<div class='page'>{markup}</div>")
    return find_rating(lines, None, rating_blocks(body))


def _item(score: int, name: str, text: str) -> str:
    return (f"<li class='item review-item'><div class='review-title'>Titel</div><div class='review-ratings'>"
            f"<div class='rating-result' title='{score * 20}%'><span style='width:{score * 20}%'><span class='sr-only'>{score} von 5</span>"
            f"</span></div></div><div class='review-content'>{text}</div><div class='details'><p class='author'>{name}</p></div></li>")


def test_the_long_kept_review_in_a_list_is_the_pages():
    average = "<div class='product'><h1>Ein Roman</h1><div class='rating-result' title='92%'></div></div>"
    page = average + "<ol class='items'>" + _item(5, "Verfasst von Gudrun K.", LONG_DE) + _item(3, "Jan", SHORT_DE) + "</ol>"
    assert _rating(page, [LONG_DE, SHORT_DE]).value == 1.0
    # the short one alone kept: its own stars
    assert _rating(page, [SHORT_DE]).value == 0.6


def test_near_miss_two_reviews_of_a_size_rate_nothing():
    other = LONG_DE.replace("Roman", "Buch").replace("Ende", "Finale")
    page = "<ol class='items'>" + _item(5, "Verfasst von Gudrun K.", LONG_DE) + _item(2, "Verfasst von Jan P.", other) + "</ol>"
    assert _rating(page, [LONG_DE, other]) is None


PL = "Czytałam tę powieść powoli, rozdział po rozdziale, i zakończenie długo nie dawało mi spokoju."
ET = "Lugesin romaani kahe õhtuga läbi ja lõpp jäi mind veel mitmeks päevaks kummitama."


def test_a_score_in_a_span_of_a_review_head_outside_any_paragraph():
    pl = f"<article class='review'><header><b>Ola</b> <time>2026-11-02</time> <span class='review-score'>Moja ocena: 8/10</span></header><p>{PL}</p></article>"
    assert _rating(pl, [PL]).value == 0.8
    et = f"<article class='review'><header><b>Mari</b> <span class='user-rating'>Minu hinne — 4 viiest</span></header><p>{ET}</p></article>"
    assert _rating(et, [ET]).value == 0.8


def test_near_misses_for_the_head_span():
    inside = f"<article><p>{PL} <span class='score'>Moja ocena: 8/10</span></p></article>"
    assert _rating(inside, [PL + " Moja ocena: 8/10"]).value == 0.8  # read once, in its paragraph
    assert _rating(f"<article><header><span class='score'>Top 10</span></header><p>{PL}</p></article>", [PL]) is None
