"""Round 35, in our own words and markup.

creditlines.picked_by: a shop's or a library's staff pick signs off with "Recommended by" and the bookseller's or
librarian's name (and store) closing its box: the line goes (sitelines, in the body's second half, closing its box).
Near misses: a sentence opening with the participle ("Recommended by most critics, …"), a line with a score, a long
line, the same signature in the first half of the body or followed by more review in its box.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page, sitelines
from scraper.extract.creditlines import picked_by


@pytest.mark.parametrize("line", [
    "Recommended by Dana K., Elm Street store",
    "Picked by Tom, children's department",
    "Anbefalt av Ingrid, Sentrum bibliotek",
    "Rekommenderad av Olle på Stadsbiblioteket",
    "Empfohlen von Jana aus der Filiale Nord",
    "Conseillé par Hélène, librairie du Port",
    "Consigliato da Marta, libreria di via Roma",
    "Aanbevolen door Bram, bibliotheek Oost",
    "Рекомендует Ольга, библиотека на Садовой",
])
def test_a_staff_pick_signature(line):
    assert picked_by(line)


@pytest.mark.parametrize("line", [
    "Recommended by most critics, the novel left me cold.",  # a sentence, no name
    "recommended by a friend who never reads thrillers",
    "Recommended by Dana K.: 4/5",  # a score
    "Recommended by Dana K., who pressed it into my hands one rainy afternoon and would not take no for an answer",
    "Anbefalt av 3 av 4 bibliotekarer",
])
def test_near_misses(line):
    assert not picked_by(line)


PARAS = ["Every winter someone asks at the desk for a book that feels like a blanket, and every winter I hand them this "
         "slim novel about a retired ferryman who starts writing letters to the passengers he remembers best.",
         "The letters are funny and sad at once, and the replies that slowly start to arrive build a whole town of "
         "voices, each one sharper than the last, until the ferryman's own story comes into view.",
         "It runs a little long in the middle, but the last twenty pages are as good as anything I read this year, "
         "and I have watched more than one customer come back to buy a second copy for a friend."]


def _page(signature: str, *, first: bool = False) -> str:
    paras = "".join(f"<p>{t}</p>" for t in PARAS)
    inner = f"<p class='sig'>{signature}</p>{paras}" if first else f"{paras}<p class='sig'>{signature}</p>"
    return ("<html><head><title>The Ferryman's Letters – staff pick</title></head><body><main>"
            "<h1>The Ferryman's Letters</h1><p class='by'>by Ruth Calloway</p>"
            f"<section class='pick'><h2>Our pick</h2><div class='pick-body'>{inner}</div></section>"
            "</main></body></html>")


def test_the_signature_closing_the_pick_goes():
    record = extract_page(_page("Recommended by Dana K., Elm Street store"), "https://books.example.com/p/ferryman")
    assert "Elm Street store" not in record.body_text and "second copy for a friend" in record.body_text


def _marked(inner: str) -> dict:
    body = lxml.html.fromstring(f"<div class='pick-body'>{inner}</div>")
    items = list(body.iter("p"))
    drop, boxes = {}, {}
    sitelines.mark(items, body, drop, boxes)
    return {sitelines.text_of(items[i]): reason for i, reason in drop.items()}


def test_sitelines_marks_the_closing_signature():
    paras = "".join(f"<p>{t}</p>" for t in PARAS)
    assert _marked(paras + "<p>Anbefalt av Ingrid, Sentrum bibliotek</p>") == {"Anbefalt av Ingrid, Sentrum bibliotek": "credit line"}


def test_near_miss_the_signature_followed_by_review_in_its_box_stays():
    paras = "".join(f"<p>{t}</p>" for t in PARAS)
    assert _marked(paras + "<p>Anbefalt av Ingrid, Sentrum bibliotek</p>" + f"<p>{PARAS[0]}</p>") == {}


def test_near_miss_the_signature_in_the_first_half_stays():
    paras = "".join(f"<p>{t}</p>" for t in PARAS)
    assert _marked("<div><p>Recommended by Dana K., Elm Street store</p></div>" + paras) == {}
