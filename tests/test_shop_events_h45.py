"""Helper body45a of the holdout45 round, in our own words and markup:

- an event notice set apart anywhere in the post, not only at its tail (eventbox): a callout, a card or a line wholly in
  italics that names a weekday and a clock time ("Next round: Tuesday 3 June, 7 pm", "la rencontre a lieu mardi à
  21 h"), with its box (heading, booking link);
- a bookseller's product card between the review's paragraphs (shopcard): a short box that held a button and gives a
  price, its terms line with it;
- a loyalty scheme's plea closing the post (memberask): "not a member yet?" as a question, and points or a saving on
  every purchase as its reason, in many languages;
- a link card (an embedded preview of the book's page elsewhere) right before a removed ask is no lead-in (leadin).

Near misses: a paragraph of the review naming a weekday and an hour, a boxed record with a date and no clock, a quote, a
boxed notice with a ticket price; a record card with a price and no button; a bid without a reason; a lead-in line.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.eventbox import event_notice
from scraper.extract.memberask import member_plea
from tests.cleaning import paras, text_of

_REVIEW = [
    "The novel follows a ferry mechanic who keeps a notebook of every engine he has ever repaired, and slowly the notebook "
    "becomes a diary of the island's quarrels, marriages and funerals over thirty winters.",
    "Its author writes machines with the same tenderness as people, and the long chapter about the storm is the best "
    "thing in it; the ending hurries, but I closed the book wanting to start it again the next morning.",
    "I would give it to anyone who liked quiet books about work and weather, and to anyone who grew up near a harbour.",
]


def _page(inner: str) -> str:
    return ("<html><head><title>The Salt Road by Mara Ellis | Lamplight Books</title></head><body>"
            "<article><h1>The Salt Road by Mara Ellis</h1>"
            f"<div class='entry-content'>{inner}</div></article></body></html>")


def _extract(inner: str) -> str:
    return extract_page(_page(inner), "https://lamplight.example/blog/the-salt-road-by-mara-ellis").body_text


def _clean(inner: str) -> tuple[str, list[str]]:
    root = lxml.html.fromstring(_page(inner))
    body = root.cssselect(".entry-content")[0]
    report = CleanReport()
    clean_body(body, "lamplight.example", report)
    return text_of(body), [r.rule for r in report.removed]


# -- event notices set apart mid-post ----------------------------------------------------------------------------------

def test_a_boxed_event_notice_between_paragraphs_goes():
    for box in (
        "<div class='callout'><p><strong>Nächste Runde:</strong> Dienstag, 3. Juni, 19 Uhr, oben in der Stadtbibliothek.</p></div>",
        "<div><em>📌 N'oubliez pas : la rencontre en ligne a lieu mardi à 21 h, le lien arrive par message.</em></div>",
        "<div class='notice'><p>Recordatorio: el club se reúne el miércoles a las 19:00 en la sala dos.</p></div>",
        "<aside class='box'><p>Spotkanie klubu: czwartek, godz. 18.30, czytelnia na piętrze.</p></aside>",
        "<div class='event-card'><h3>An evening with the translator</h3><p>At our Northgate shop, Wednesday 14 May, 7.15pm. "
        "Free, but please reserve a seat.</p><a href='/events/translator'>Reserve</a></div>",
    ):
        text = _extract(paras(*_REVIEW[:2]) + box + paras(_REVIEW[2]))
        assert "Northgate" not in text and "19 Uhr" not in text and "21 h" not in text and "19:00" not in text \
            and "18.30" not in text, (box, text)
        assert all(p[:40] in text for p in _REVIEW), text


def test_an_event_notice_reads_a_weekday_and_a_clock():
    assert event_notice("Reminder: the reading group meets on Thursday at 6 pm.")
    assert event_notice("Prossimo incontro: giovedì alle 18.30 in biblioteca.")
    assert not event_notice("Published on Thursday 3 March 2025 by Harbour Press.")  # (a date, no clock)
    assert not event_notice("Thursday, 7 pm, upstairs: tickets £8 at the door.")  # (a ticket's price: promo's)
    assert not event_notice("Rating: 4/5 — read it on a Sunday at 10 am.")  # (a score: the review's)


def test_the_review_naming_a_weekday_and_an_hour_stays():
    own = ("Every Thursday at 7 pm the mechanic locks the workshop and walks to the harbour, and the book lets that "
           "ritual carry more feeling than any of its speeches.")
    quote = "<blockquote class='callout'><p>On Friday at 6 pm the ferry did not come.</p></blockquote>"
    record = "<div class='callout'><p>Harbour Press, published Thursday 3 March 2025, 288 pages.</p></div>"
    text = _extract(paras(_REVIEW[0], own) + quote + paras(_REVIEW[1]) + record + paras(_REVIEW[2]))
    assert own[:40] in text and "did not come" in text and "288 pages" in text, text


# -- a shop's product card between paragraphs ------------------------------------------------------------------------

def test_a_product_card_with_a_button_and_a_price_goes():
    for card in (
        "<div class='product'><img src='/c.jpg' alt=''><p>The Salt Road · Paperback · £9.99</p>"
        "<p>Order before noon and pick it up from your local shop tomorrow.</p><button>Add to bag</button></div>",
        "<div class='produkt'><img src='/c.jpg' alt=''><p>Der Salzweg · Taschenbuch · 14,00 €</p>"
        "<p>Heute bestellt, morgen in Ihrer Filiale zur Abholung bereit.</p><button>In den Warenkorb</button></div>",
        "<div class='karta'><img src='/c.jpg' alt=''><p>Droga soli · oprawa miękka · 39,90 zł</p>"
        "<p>Zamów do południa, a odbierzesz jutro w naszej księgarni.</p><button>Do koszyka</button></div>",
    ):
        text = _extract(paras(*_REVIEW[:2]) + card + paras(_REVIEW[2]))
        assert "9.99" not in text and "14,00" not in text and "39,90" not in text, (card, text)
        assert "local shop" not in text and "Filiale" not in text and "księgarni" not in text, text
        assert all(p[:40] in text for p in _REVIEW), text


def test_a_record_card_without_a_button_stays():
    card = "<div class='book-card'><p>The Salt Road · Paperback · £9.99</p><p>Harbour Press, 2024, 288 pages.</p></div>"
    text = _extract(paras(*_REVIEW[:2]) + card + paras(_REVIEW[2]))
    assert "288 pages" in text, text


# -- a loyalty scheme's plea ------------------------------------------------------------------------------------------

def test_a_not_yet_a_member_plea_with_a_reward_is_a_member_plea():
    for line in (
        "Not a Lantern Club member yet? Collect points on every order and get early tickets.",
        "Noch kein Mitglied? Sammeln Sie bei jedem Einkauf Punkte.",
        "Pas encore membre ? Cumulez des points sur chaque achat.",
        "¿Aún no eres socio? Acumula puntos en cada compra.",
        "Non sei ancora socio? Accumula punti su ogni acquisto.",
        "Nog geen lid? Spaar punten bij elke aankoop.",
        "Inte medlem än? Samla poäng vid varje köp.",
        "Nie jesteś jeszcze członkiem? Zbieraj punkty przy każdym zakupie.",
    ):
        assert member_plea(line), line


def test_a_bid_without_a_reward_or_a_story_stays():
    assert not member_plea("Not a member yet? Join us.")
    assert not member_plea("Was he not a party member yet? The novel never says.")
    assert not member_plea("She earns points with nobody, and on every purchase she haggles.")


def test_a_loyalty_plea_closing_the_post_goes():
    plea = ("<div class='loyalty'><p>Not a Lantern Club member yet? Collect points on every order and get early "
            "tickets.</p><a href='/club'>Join free</a></div>")
    text = _extract(paras(*_REVIEW) + plea)
    assert "Lantern Club" not in text and _REVIEW[2][:40] in text, text


# -- a link card before an ask ------------------------------------------------------------------------------------------

def test_a_link_card_before_a_removed_plea_stays():
    card = "<div class='embed-card'><a href='https://harbourpress.example/books/salt-road'>The Salt Road – Mara Ellis | Harbour Press</a></div>"
    plea = "<div class='support-box'>💛 This blog runs on your help: if you can, chip in three euros a month.</div>"
    text, rules = _clean(paras(*_REVIEW) + card + plea)
    assert "chip in" not in text, rules
    assert "Harbour Press" in text, rules


def test_a_lead_in_line_before_a_removed_plea_still_goes():
    lead = "<p><em>Enjoyed this one?</em></p>"
    plea = "<div class='support-box'>💛 This blog runs on your help: if you can, chip in three euros a month.</div>"
    text, rules = _clean(paras(*_REVIEW) + lead + plea)
    assert "chip in" not in text and "Enjoyed this one" not in text, rules
