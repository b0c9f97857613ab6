"""A link drawn as a button standing bare between the blocks of a box is the page's interface (holdout25 round 27).

"<div class=pane><a class='btn' href='#'>Write a review</a><div class=card>…</div></div>": the button's words are
no part of the review. What stays: a button-classed link inside a paragraph or a list item, or beside words of
its box, and a score drawn as a button. Our own words and markup, English and German.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.controls import bare_buttons
import lxml.html

EN = ("Picked this up on a rainy Saturday and finished it by Sunday night: a lighthouse keeper's daughter, a missing "
      "brother, letters hidden in a tin. The middle sags a little, but the ending is earned and quietly devastating.")
DE = ("An einem verregneten Wochenende gelesen: die Tochter eines Leuchtturmwärters, ein verschwundener Bruder, Briefe "
      "in einer Blechdose. Die Mitte hängt etwas durch, aber das Ende ist verdient und leise erschütternd.")


def _page(button: str, review: str) -> str:
    return ("<html><head><title>The Tin of Letters – Reviews</title></head><body><main><h1>The Tin of Letters</h1>"
            f"<div class='tab-pane'>{button}<div class='card review'><div class='card-body'><p>{review}</p><p>{review}</p>"
            "</div></div></div></main></body></html>")


def test_a_bare_button_link_over_the_reviews_goes():
    for button, words, review in (("<a class='btn btn-sm btn-outline-primary' href='#'>Write a review</a>", "Write a review", EN),
                                  ("<a class='button-cta' href='/rezension/neu'>Rezension schreiben</a>", "Rezension schreiben", DE)):
        record = extract_page(_page(button, review), "https://shop.example/buch/123")
        assert words not in record.body_text and review in record.body_text


def test_button_links_among_words_stay():
    for html in ("<div><p>Read the <a class='btn' href='/x'>whole interview</a> with the author.</p></div>",
                 "<div><ul><li><a class='btn' href='/x'>Chapter one</a></li></ul></div>",
                 "<div>More in <a class='btn' href='/x'>the archive</a></div>",
                 "<div><a class='btn' href='#'>Rated 4/5</a></div>",
                 "<div><a href='/x'>A plain link</a><p>Text.</p></div>",
                 "<div><div class='float-end'><a class='btn' href='#'>Reply</a></div><p>Text.</p></div>",  # alone in its box
                 "<div><dl><dt>Pages</dt><dd>320</dd></dl><a class='btn-shelf' href='/shelve'>Add to shelf</a></div>"):  # closing its box
        assert bare_buttons(lxml.html.fromstring(html)) == [], html


def test_a_bare_button_link_is_found():
    root = lxml.html.fromstring("<div><div class='pane'><a class='btn' href='#'>Mehr laden</a><div><p>Text.</p></div></div></div>")
    assert [a.text for a in bare_buttons(root)] == ["Mehr laden"]
