"""A link labelled as a tip jar makes its line the post's closing ask, whatever address it goes to (holdout31 round,
helper BODY4), in our own words and markup, with near misses (tiplinks, via boilerplate's tail rule)."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.tiplinks import tip_link

_EN = ("<p>The novel follows a clock-mender in a seaside town who sets every clock in the harbour each morning. The "
       "prose is quiet and exact, and although little happens I could not put it down in the last chapters.</p>"
       "<p>The middle drags a little, with memories that tell us what we already guessed. Still, it is the calmest and "
       "most moving book I read this year, and I would hand it to anyone who likes slow stories.</p>")
_DE = ("<p>Der Roman erzählt von einer Fährfrau am Fluss, die jeden Abend die Lichter der anderen Seite zählt. Die Autorin "
       "lässt sich Zeit, und gerade das trägt das Buch über seine dreihundert Seiten, ohne dass es je langweilig wird.</p>"
       "<p>Schwächer sind die Rückblenden in die Kindheit der Heldin, die wenig erzählen, was wir nicht schon ahnen. Trotzdem "
       "habe ich es in zwei Abenden gelesen und denke noch oft an die letzte Überfahrt im Nebel.</p>")


def _page(article: str, lang: str) -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Clock</title></head><body><main><article>'
            f'<h1>Clock</h1><div class="entry-content">{article}</div></article></main></body></html>').encode()


def test_tip_jar_link_to_a_payment_page_goes_en():
    line = '<p>Liked it? Pass it on, or drop a coin in the <a href="https://pay.example.net/c/8f2k">tip jar</a>.</p>'
    body = extract_page(_page(_EN + line, "en"), "https://slowshelf.example.com/clock/").body_text
    assert "tip jar" not in body and "likes slow stories" in body


def test_coffee_money_link_goes_de():
    line = '<p>Wenn dir das gefallen hat: <a href="https://zahlung.example.de/x/221">Kaffeekasse</a>. Danke!</p>'
    body = extract_page(_page(_DE + line, "de"), "https://flussleser.example.de/2026/12/faehrfrau/").body_text
    assert "Kaffeekasse" not in body and "letzte Überfahrt im Nebel" in body


def test_tip_words_without_such_a_link_stay():
    # near misses: the word in the review's sentence, and a long link label that only holds it
    assert not tip_link(fragment_fromstring("<p>The waiter leaves the tip jar on the counter every night.</p>"))
    assert not tip_link(fragment_fromstring(
        '<p>See <a href="/2025/tips">my long list of places that keep a tip jar by the till for charity</a>.</p>'))
    line = "<p>Der Kellner zählt am Ende das Trinkgeld, und darin liegt die schönste Szene des Buches.</p>"
    body = extract_page(_page(_DE + line, "de"), "https://flussleser.example.de/2026/12/faehrfrau/").body_text
    assert "schönste Szene" in body
