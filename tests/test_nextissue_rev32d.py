"""The next issue's teaser (``nextissue``) narrowed after review rev32d: a spaced dash ends the label only after an
issue's noun (issue, Ausgabe, numéro, número …), "next time" is no label, and the next week's or month's label takes
a colon with no first person after it (the reviewer's own plan is the review's last sentence). The teaser itself still
goes, in other languages and layouts than the failing page's.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.nextissue import next_issue


def _p(line: str):
    return fragment_fromstring(f"<p>{line}</p>")


def test_the_teaser_still_goes():
    for line in ("Next issue — a winter of Scandinavian crime, and your letters.",
                 "Nächste Ausgabe – Gedichte aus Flandern und ein Interview.",
                 "Dans le prochain numéro : trois premiers romans.", "Volgende week: de zomerthrillers op een rij.",
                 "Następny numer: reportaże z Bałkanów.", "La prossima settimana: i gialli dell'estate.",
                 "Nästa vecka: noveller från Finland.", "来週：夏の文庫特集"):
        assert next_issue(_p(line)), line


def test_the_reviewers_own_last_sentence_stays():
    for line in ("Next time — and I hope there is one — I will start with the stories.",
                 "Next time: I would read the first book before this one.",
                 "Next month: the paperback is out, and I am giving one to my sister.",
                 "La semaine prochaine — juré — je lis enfin le tome deux.",
                 "La prossima settimana – parola mia – comincio il seguito.",
                 "Nächste Woche – dann kommt der dritte Band – lese ich weiter.",
                 "Próxima semana: yo empiezo la segunda parte, si me deja el trabajo.",
                 "Volgende week: ik lees het vervolg in de trein."):
        assert not next_issue(_p(line)), line


_PROSE = ("<p>A quiet novel about a lock-keeper on a canal who keeps a ledger of every boat that passes, and slowly "
          "fills its margins with the lives he imagines for their crews. Each chapter is one page of the ledger.</p>"
          "<p>Some margins are thin, but the winter chapters, when the canal freezes and nothing passes, are very "
          "fine. A book for a slow weekend.</p>")


def _page(tail: str) -> str:
    return ("<html><head><title>The Ledger</title></head><body><article><h1>The Ledger</h1>"
            f"<div class='entry-content'>{_PROSE}{tail}</div></article></body></html>")


def test_extract_page_keeps_the_reviewers_plan_and_drops_the_teaser():
    url = "https://canalside.example.org/2026/the-ledger"
    kept = extract_page(_page("<p>Next time — and there will be a next time — I will read it in winter.</p>"), url)
    assert "there will be a next time" in kept.body_text
    gone = extract_page(_page("<p>Next issue: two memoirs of river life.</p>"), url)
    assert "two memoirs" not in gone.body_text and "winter chapters" in gone.body_text
