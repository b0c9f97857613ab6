"""A newsletter's closing lines: the teaser for its next issue ("Next issue: …", de "Nächste Ausgabe: …", fr "Dans le
prochain numéro : …", es, it, nl, sv, pl, ja, zh: ``nextissue``), and the forward ask in its bare and its "got this
forwarded? sign up" forms (``forwardask``). Near misses: a book's record line "Next in the series: …", a review's
sentence "Next week I start the sequel", a teaser with the review's prose after it, a letter forwarded in the story.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.forwardask import forward_ask
from scraper.extract.nextissue import next_issue


def _p(line: str):
    return fragment_fromstring(f"<p>{line}</p>")


def test_the_teaser():
    for line in ("Next week: three short novels for a long weekend.", "Nächste Ausgabe: Krimis aus dem Norden.",
                 "Dans le prochain numéro : la rentrée littéraire, en bref.", "Próxima semana: poesía chilena.",
                 "Nel prossimo numero: i vostri consigli per l'estate.", "Volgende editie: graphic novels.",
                 "I nästa nummer: deckare från Island.", "W następnym numerze: reportaże.", "次号：夏の文庫特集",
                 "下期预告：科幻小说"):
        assert next_issue(_p(line)), line


def test_teaser_near_misses():
    for line in ("Next in the series: The Salt Crown", "Next week I start the sequel, and I cannot wait.",
                 "Next: 4/5", "The next issue of the magazine in the novel never comes out: the press burns."):
        assert not next_issue(_p(line)), line


def test_the_forward_ask():
    for line in ("Forward this to a friend who likes birds.", "Got this forwarded? Sign up at the link above.",
                 "¿Te reenviaron este correo? Suscríbete aquí.", "Wurde dir das weitergeleitet? Hier anmelden."):
        assert forward_ask(_p(line)), line
    for line in ("The letter was forwarded to her mother? No: to the lawyer.",
                 "She has her mail forwarded to the island. Who would subscribe to such a life?",
                 "Forward this to the moment the twins meet, and the book takes off."):
        assert not forward_ask(_p(line)), line


_PROSE = ("<p>Hello, readers. This week's book is a quiet novel about a ferry that crosses a lake twice a day, told "
          "by the ten passengers of one crossing. Each chapter is one passenger, and the lake is in all of them.</p>"
          "<p>Some chapters are thin, but the one told by the ferry's cook is perfect. A book for a slow "
          "Sunday.</p><p><strong>Grade: A-</strong></p>")


def _page(tail: str) -> str:
    return ("<html><head><title>Issue 9: The Crossing — Lakeside Letter</title></head><body><article><h1>Issue 9: The Crossing</h1><div class='email-body'>"
            f"{_PROSE}<hr>{tail}</div></article></body></html>")


def test_extract_page_drops_the_closing_run():
    record = extract_page(_page("<p>Forward this to a friend who likes lakes. Got it forwarded? Sign up above.</p>"
                                "<p><em>Next issue: two memoirs of island life.</em></p>"),
                          "https://letters.example.com/lakeside/issue-9")
    assert "Forward this" not in record.body_text and "Next issue" not in record.body_text
    assert "ferry's cook" in record.body_text
    kept = extract_page(_page("<p>Next week I start the sequel, which follows the cook to the city, and I will "
                              "tell you how it goes.</p>"), "https://letters.example.com/lakeside/issue-9")
    assert "Next week I start the sequel" in kept.body_text
