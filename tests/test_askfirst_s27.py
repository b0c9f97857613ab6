"""The post's conditional ask with the ask first and the condition closing it ("Support the author with a coffee if you
found this post useful", "Teilt den Beitrag, wenn er euch gefallen hat"): ``ifhelped.conditional_ask`` reads a line that
opens on one of the platform's acts in the imperative (``ifpost.ACT_OPENS``: support, follow, subscribe, share, a coffee
bought) and names the post as what helped or pleased after it. Near misses: a modal or a bare imperative opening the
reviewer's advice ("You can skip the prologue if this review helped"), the book as what pleased.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.ifhelped import conditional_ask


def _asks(line: str) -> bool:
    return conditional_ask(fragment_fromstring(f"<p>{line}</p>"))


def test_the_ask_first():
    for line in ("Support the blog with a coffee if you found this review useful ☕",
                 "Apóyame en Ko-fi si te ha gustado esta reseña.",
                 "Seguici su Instagram se ti è piaciuto questo articolo!",
                 "Подпишитесь на канал, если вам понравился этот обзор.",
                 "Dukung blog ini jika ulasan ini bermanfaat."):
        assert _asks(line), line


def test_near_misses():
    assert not _asks("You can skip the prologue if this review helped you decide.")  # (a modal, the reviewer's advice)
    assert not _asks("Read the sequel if you liked this book.")  # (the book as what pleased)
    assert not _asks("Support small presses, they publish books like this one.")  # (no condition)


def test_extract_page_drops_the_closing_ask():
    prose = ("<p>Una raccolta di racconti ambientati tutti nello stesso condominio di Torino, un piano per racconto. I "
             "personaggi si incrociano sulle scale e ognuno vede degli altri solo un frammento.</p>"
             "<p>Il racconto del terzo piano, quello della vedova che alleva canarini, è il più riuscito. Qualche "
             "storia è più debole, ma l'insieme ha un respiro da romanzo e la chiusa sul tetto è "
             "bellissima.</p><p>Voto: 8/10</p>")
    html = (f"<html lang='it'><head><title>Il condominio</title></head><body><article><h1>Il condominio</h1>"
            f"<div class='entry-content'>{prose}<p>Offrimi un caffè se ti è piaciuto questo articolo ☕</p></div>"
            f"</article></body></html>")
    record = extract_page(html, "https://scaffale.example.it/2026/condominio")
    assert "Offrimi un caffè" not in record.body_text
    assert "la chiusa sul tetto" in record.body_text
