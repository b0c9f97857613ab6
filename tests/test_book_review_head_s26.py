"""bookpagetitles.review_head: a headline that names the book and then calls itself a review with no mark between ("T
review", "T spoiler-free review (video)", "T Rezension", "T recensione"): its head is a title for bookbody to pair with
the author the text gives ("T by A", "T von A", "T di A"), only where the text names that head. Pages invented for these
tests, in our own words."""

from __future__ import annotations

from scraper.extract import extract_page
import re

from scraper.extract.book import Context
from scraper.extract.bookpagetitles import review_head

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{h1} | Quiet Shelf</title></head><body>
<header><a href="/">Quiet Shelf</a><nav><a href="/about">About</a></nav></header><main><article>
<h1 class="entry-title">{h1}</h1><div class="entry-content">{paras}</div></article></main>
<footer>© 2026 Quiet Shelf</footer></body></html>"""

EN = ("<p>Okay, so this week we are talking about Saltmarsh by Mara Holt, which three of you sent me messages "
      "about. It "
      "follows a lighthouse keeper's daughter who inherits the light and a ledger full of names.</p>"
      "<p>What I loved: the ledger chapters, the weather, the way Holt writes the sea as a neighbour. What "
      "dragged: the "
      "middle third, where the village council argues for far too long.</p><p>My rating: 4/5 stars.</p>")
DE = ("<p>Heute geht es um Nebelhafen von Jana Keller, das mir eine Freundin aus dem Lesekreis in die Hand "
      "gedrückt hat. "
      "Eine Hafenstadt, ein verschwundener Fährmann und eine Tochter, die nicht aufhört zu fragen.</p>"
      "<p>Keller schreibt knapp und genau, die Dialoge sitzen. Nur das Ende kam mir zu schnell. Trotzdem habe "
      "ich das Buch "
      "an einem einzigen verregneten Sonntag gelesen und danach noch lange an den Fährmann gedacht, an seine "
      "Briefe und an "
      "die Frage, warum niemand im Ort über ihn reden wollte.</p><p>Wer ruhige Romane über kleine Orte mag, wird hier "
      "glücklich. Die Übersetzung soll im Frühjahr erscheinen.</p><p>Bewertung: 4/5 Sterne</p>")
IT = ("<p>Oggi parliamo de Il faro spento di Lucia Ferri, un romanzo breve che ho letto in due sere. Una "
      "guardiana del faro, "
      "un'isola quasi vuota e una lettera che arriva con vent'anni di ritardo.</p><p>Ferri ha una scrittura asciutta e "
      "precisa. Il finale mi ha lasciata senza fiato. Ho amato soprattutto le pagine sul mare d'inverno, le "
      "barche tirate a "
      "secco e le conversazioni con il postino, l'unico che arriva sull'isola ogni settimana.</p><p>Non tutto "
      "funziona: "
      "alcuni personaggi secondari restano abbozzati e la parte centrale rallenta parecchio.</p><p>Voto: 4/5</p>")


def _book(lang: str, h1: str, paras: str) -> tuple:
    record = extract_page(PAGE.format(lang=lang, h1=h1, paras=paras).encode(),
                          "https://quietshelf.example/2026/11/post")
    assert record.is_review, record.reason
    return record.book_title, record.book_author


def test_headline_head_before_its_review_word_in_three_languages():
    assert _book("en", "Saltmarsh spoiler-free review (video)", EN) == ("Saltmarsh", "Mara Holt")
    assert _book("en", "Saltmarsh review", EN) == ("Saltmarsh", "Mara Holt")
    assert _book("de", "Nebelhafen Rezension", DE) == ("Nebelhafen", "Jana Keller")
    assert _book("it", "Il faro spento recensione", IT) == ("Il faro spento", "Lucia Ferri")


def _text(paras: str) -> Context:
    return Context(re.sub(r"<[^>]+>", "\n", paras), (), None)


def test_the_head_alone():
    assert review_head("Saltmarsh spoiler-free review (video)", _text(EN)) == "Saltmarsh"
    assert review_head("Nebelhafen Rezension", _text(DE)) == "Nebelhafen"
    for label in ("Mini review", "Book review", "Year in review", "my mid-year review", "A quick review"):
        assert review_head(label, _text(EN)) is None, label


def test_near_misses_a_headline_head_the_text_never_names():
    # a round-up's headline: its head is no title, though the text names another book by its author
    title, _ = _book("en", "Midsummer review", EN)
    assert title != "Midsummer"
    # the reviewer's own sentence with the same words: no review word closing the headline, no head read
    assert review_head("Why I review Saltmarsh twice", _text(EN)) is None
