"""The bid to subscribe at a price, narrowed (rev34a; ``memberask.SUBSCRIBE_SENTENCE``, ``_priced_bid``). Own words.

A sentence opening on the bid to subscribe is the site's only with its price in that same sentence ("Subscribe from
$1 a week", "Abonnez-vous dès 1 €", "Prenumerera från 19 kr"); a price elsewhere in the line is the book's ("The
hardback is $28. Subscribe to the library's holds list"). fi "tilaa" alone is also "room": only "Tilaa nyt …" bids.
"""

import pytest

from scraper.extract import extract_page
from scraper.extract.memberask import member_plea

_PARAS = [
    "<p>The novel opens on a glacier research station the week its funding is cut, and follows the four scientists "
    "left behind as they decide whether to keep measuring the ice for nobody.</p>",
    "<p>It is a patient book, full of weather and instruments, and the small quarrels of people who have shared a "
    "kitchen for too long; the station cook's diary entries are the best thing in it.</p>",
    "<p>I did not expect to be moved by a chapter about recalibrating a thermometer, but I was, and I have been "
    "recommending it to everyone who will listen since I finished it last week.</p>",
]


@pytest.mark.parametrize("line", [
    "Good reviews take time. Prenumerera från 19 kr i månaden och läs alla våra recensioner.",
    "Hyvä kritiikki vie aikaa. Tilaa nyt alkaen 2 € kuukaudessa.",
    "La crítica necesita tiempo. Suscríbete desde 1 € a la semana.",
])
def test_priced_bid_is_a_plea(line):
    assert member_plea(line)


@pytest.mark.parametrize("line", [
    "The hardback is $28 and worth it. Subscribe to the library's holds list early: the queue is long.",
    "Kirja maksaa noin 30 €. Tilaa olisi ollut vielä parille luvulle lisää.",
    "The paperback costs £9. Subscribe if you like; the author's newsletter is worth reading.",
    "O livro custa 18 euros. Assine a petição da autora pelas escolas rurais.",
])
def test_price_outside_the_bid_is_no_plea(line):
    assert not member_plea(line)


def _text(box: str, lang: str = "en") -> str:
    html = (f"<html lang='{lang}'><head><title>Ice station | Northern Shelf</title></head><body><article><h1>Ice</h1>"
            f"<div class='entry-content'>{_PARAS[0]}{_PARAS[1]}{box}{_PARAS[2]}</div></article></body></html>")
    return extract_page(html, "https://northernshelf.example.org/ice-station/").body_text


@pytest.mark.parametrize("box, gone", [
    ("<aside class='inline-offer'><p><strong>Criticism costs money.</strong> Subscribe from $1 a week for all our "
     "reviews.</p></aside>", "Subscribe from"),
    ("<aside class='inline-offer'><p><strong>La critique coûte cher.</strong> Abonnez-vous dès 1 € par semaine.</p>"
     "</aside>", "Abonnez-vous"),
    ("<aside class='inline-offer'><p><strong>Kritik kostet Geld.</strong> Jetzt abonnieren ab 1 € pro Woche.</p>"
     "</aside>", "abonnieren"),
])
def test_boxed_priced_bid_goes(box, gone):
    text = _text(box)
    assert "glacier research station" in text and gone not in text


def test_closing_line_with_the_books_price_stays():
    line = "The hardback is $28 and worth it. Subscribe to the library's holds list early: the queue is already long."
    html = ("<html><head><title>Ice station | Northern Shelf</title></head><body><article><h1>Ice</h1>"
            f"<div class='entry-content'>{''.join(_PARAS)}<p>{line}</p></div></article></body></html>")
    assert "holds list" in extract_page(html, "https://northernshelf.example.org/ice-station/").body_text
