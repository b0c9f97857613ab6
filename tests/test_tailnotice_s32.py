"""A one-entry agenda boxed under the review: a box of its own after the review's last paragraph holding only a short
heading naming a programme ("Coming up", "Agenda", "Upcoming events") and one short line giving an occasion's date
and its place, hour or booking (eventagenda.headed_notice). Near misses: a review paragraph that mentions the festival
where the author spoke, a review's own "Coming up" box naming the sequel's publication with no place or booking, and
a headed box that stands in the middle of the review. Pages of our own invention."""

from __future__ import annotations

from scraper.extract import extract_page

REVIEW = [
    "Marguerite Solvay's third novel follows a ferryman's daughter across one long winter on the estuary, when the ice "
    "closes the crossing and the village has to decide whether to feed the stranded travellers or send them back.",
    "The prose is plain and cold and exact, and the chapters told by the ferryman's ledger are the best of it. The "
    "middle sags a little when a love story arrives that the book never quite believes in.",
    "Still, the last forty pages, the thaw and the reckoning that comes with it, are as good as anything I have read "
    "this year, and I finished them in one sitting by the stove.",
]
URL = "https://www.theharbourgazette.example.co.uk/arts/books/the-ferrymans-winter-40211"


def _page(after: str = "", middle: str = "", extra: str = "") -> str:
    body = f"<p>{REVIEW[0]}</p>{middle}<p>{REVIEW[1]}</p><p>{REVIEW[2]}{extra}</p>"
    return f"""<html lang="en"><head><title>The ferryman's winter | The Harbour Gazette</title></head><body>
<article class="node node--type-article"><h1>The ferryman's winter</h1><div class="field--name-body">{body}
<div class="book-box"><p><strong>The Ferryman's Winter</strong> by Marguerite Solvay is published by Ashgrove, £16.99</p></div>
{after}</div></article></body></html>"""


FAIR = "Estuary Literary Fair spring weekend, 14–15 March, the Corn Hall, Ipswich. Tickets from £6."


def test_one_entry_agenda_box_after_the_review_goes():
    page = extract_page(_page(f'<div class="listing"><h3>Coming up</h3><p>{FAIR}</p></div>'), URL)
    assert "Estuary Literary Fair" not in page.body_text and "Coming up" not in page.body_text
    assert "by the stove" in page.body_text


def test_agenda_heading_in_another_language_goes():
    line = "Salon du livre de l'estuaire, 14 et 15 mars, halle aux grains, Honfleur. Entrée libre, réservation conseillée."
    page = extract_page(_page(f'<div class="encadre"><h4>À venir</h4><p>{line}</p></div>'), URL)
    assert "Salon du livre" not in page.body_text
    assert "by the stove" in page.body_text


def test_review_paragraph_naming_the_festival_stays():
    said = (" Solvay read the thaw chapter at the Estuary Literary Fair on 14 March in the Corn Hall, Ipswich, and the "
            "room went quiet.")
    page = extract_page(_page(extra=said), URL)
    assert "Estuary Literary Fair" in page.body_text


def test_review_coming_up_box_without_occasion_stays():
    plan = "The sequel, The Ferryman's Spring, follows the daughter to the city; it is out on 14 March and I cannot wait."
    page = extract_page(_page(f'<div class="aside"><h3>Coming up</h3><p>{plan}</p></div>'), URL)
    assert "I cannot wait" in page.body_text


def test_agenda_box_in_the_middle_of_the_review_is_not_this_rule():
    # (the rule asks for the box under the review: long paragraphs after it keep it as it was)
    before = extract_page(_page(middle=f'<div class="x"><h3>Coming up</h3><p>{FAIR}</p></div>'), URL)
    assert "by the stove" in before.body_text and "Estuary Literary Fair" in before.body_text
