"""cardtitle: a shop's review card keeps its headline over the reviewer's badge row (the row goes, the title is the
review's), where the cleaning takes a short heading over a removed block as its label.

Invented shop pages in English and German, with near misses: a reviews section's heading over untitled cards in a row
(the rows share a class: the heading is the section's label), and a card whose heading is not right over its row.
"""

from __future__ import annotations

from tests.cleaning import clean_in, rules, text_of

EN = [
    "I picked this up for a long train journey and finished it before the coast. The narrator's voice is dry and sad at once.",
    "The second half loses a little pace, but the last chapter put everything before it in a different light.",
]
DE = [
    "Ich habe das Buch an zwei Abenden gelesen. Die Erzählerin ist spröde und witzig zugleich, und das trägt die ganze Geschichte.",
    "Die zweite Hälfte ist etwas langsamer, aber das letzte Kapitel stellt alles davor in ein anderes Licht.",
]


def _card(title: str, row: str, text: list[str], tag: str = "h3") -> str:
    head = f"<{tag} class='rv-title'>{title}</{tag}>" if title else ""
    return (f"<article class='rv-card'><div class='rv-stars'>★★★★☆</div>{head}<p class='rv-meta'>{row}</p>"
            + "".join(f"<p>{t}</p>" for t in text) + "</article>")


def _clean(inner: str):
    page = f"<html><body><section class='reviews'>{inner}</section></body></html>"
    return clean_in(page, ".reviews", "shop.example")


def test_card_title_over_badge_row_stays_en():
    body, report = _clean(_card("Dry, sad and worth the trip", "Posted by Jo on 3 May 2026 · Verified purchase", EN))
    text = text_of(body)
    assert "Dry, sad and worth the trip" in text
    assert "Verified purchase" not in text
    assert "review badge row" in rules(report)


def test_card_title_over_badge_row_stays_de():
    body, report = _clean(_card("Spröde, witzig, lesenswert", "Von Mara am 3. Mai 2026 · Verifizierter Kauf", DE, "h4"))
    text = text_of(body)
    assert "Spröde, witzig, lesenswert" in text and "Verifizierter Kauf" not in text


def test_section_heading_over_untitled_rows_goes():
    # near miss: the section's heading over a run of untitled reviews whose badge rows share one class
    inner = ("<h2>Customer reviews</h2><p class='rv-meta'>Posted by Jo · Verified purchase</p>" + f"<p>{EN[0]}</p>"
             + "<p class='rv-meta'>Posted by Sam · Verified purchase</p>" + f"<p>{EN[1]}</p>")
    body, report = _clean(inner)
    assert "Customer reviews" not in text_of(body)


def test_heading_not_right_over_the_row_is_no_card_title():
    from lxml.html import fragment_fromstring

    from scraper.extract.cardtitle import card_title
    card = fragment_fromstring("<article><h3>Kundenrezensionen</h3><p>Ein Absatz dazwischen.</p>"
                               "<p class='rv-meta'>Von Mara · Verifizierter Kauf</p></article>")
    heading, _, row = card
    assert not card_title(heading, row)
    card = fragment_fromstring("<article><h3>Zwei Rezensionen</h3><p class='m'>Von Mara · Verifizierter Kauf</p>"
                               "<h3>Zweite</h3><p class='m'>Von Ole · Verifizierter Kauf</p></article>")
    assert not card_title(card[0], card[1])


def test_card_that_boxes_its_text_apart_drops_its_headline_es():
    # near miss: the engine boxes the review's text apart from the headline, the stars and the badge row
    ES = ["Lo leí en dos tardes, en el autobús y en un banco del parque. La narradora es seca y tierna a la vez, y eso "
          "sostiene toda la historia hasta la última página."]
    inner = ("<div class='rv-card'><div class='rv-stars'>★★★★☆</div><h5>Breve pero se queda contigo</h5>"
             "<ul class='rv-user'><li>Enviado por Lupe</li><li>Compra verificada</li></ul>"
             f"<div class='rv-text'><p>{ES[0]}</p></div></div>")
    body, report = _clean(inner)
    assert "Breve pero se queda contigo" not in text_of(body)
    assert ES[0] in text_of(body)
