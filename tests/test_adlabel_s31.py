"""The advertising label a blog sets at the top or the bottom of a post (the s31 round; own words and markup):
``adnotice.ad_label``, the label word first (adslots' table of the words printed over a paid slot, its compound too),
closed by a colon, a bar, a bracket, the line's end, or a comma on a fragment with no sentence closed in it.

Near misses: a review sentence opening on the same word, a compound that is a word of the review's, a free copy's note
under the label, the label in the middle of the text, a short word that only begins like a label ("Adam:")."""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.adnotice import ad_label

_PARAS = [
    "Der Roman erzählt von einer Fährfrau, die dreißig Jahre lang dieselbe Strecke fährt und dabei jeden Passagier "
    "kennt, bis eines Morgens ein Fremder an Bord kommt und nicht mehr aussteigt.",
    "Die Sprache ist knapp und genau, die Kapitel sind kurz, und zwischen den Zeilen liegt mehr Meer, als man zuerst "
    "denkt; besonders die Nachtfahrten haben mich lange begleitet.",
    "Im letzten Drittel wird es etwas zu symbolisch, aber das Ende auf dem Anleger ist so still und so richtig, dass "
    "ich es gleich zweimal gelesen habe.",
]


def _page(first: str = "", last: str = "", middle: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ("<html><head><title>Die Fährfrau</title></head><body><article><h1>Die Fährfrau</h1><div class='entry-content'>"
            f"{first}{ps[0]}{ps[1]}{ps[0]}{middle}{ps[1]}{ps[2]}<p>Meine Bewertung: 4 von 5</p>{last}</div></article></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://faehrblog.example.net/2026/12/die-faehrfrau/").body_text


@pytest.mark.parametrize("line", [
    "Werbung, weil Markennennung und Link zum Verlag",
    "Anzeige | enthält Links zu Buchhandlungen",
    "[Reklame]",
])
def test_ad_label_at_the_top_goes(line):
    text = _text(_page(first=f"<p>{line}</p>"))
    assert line.strip("[]") not in text and "Fährfrau, die dreißig" in text


@pytest.mark.parametrize("line", [
    "Annonslänk: boken finns hos din bokhandlare och på nätet.",
    "Annonse: boka finst hjå bokhandelen i byen.",
    "Publicidade: compre o livro na livraria do bairro",
])
def test_ad_label_at_the_bottom_goes(line):
    text = _text(_page(last=f"<p>{line}</p>"))
    assert line not in text and "Anleger" in text


@pytest.mark.parametrize("line", [
    "Werbung, Geld und Lügen bestimmen das Leben der Fährfrau. Das zeigt der Roman ohne jede Predigt.",
    "Annonsen i tidningen blev början på allt: hon svarade och flyttade norrut.",
    "Adam: so heißt der Fremde, und er sagt bis zum Schluss kein Wort über sich.",
])
def test_review_sentences_that_open_like_a_label_stay(line):
    assert not ad_label(lhtml.fromstring(f"<p>{line}</p>"))
    assert line in _text(_page(first=f"<p>{line}</p>"))


def test_free_copy_note_under_the_label_stays():
    line = "Werbung: Ich habe das Buch als Rezensionsexemplar vom Verlag bekommen."
    assert not ad_label(lhtml.fromstring(f"<p>{line}</p>"))


def test_label_in_the_middle_of_the_text_stays():
    line = "Anzeige: ein Satz, den die Fährfrau in der Zeitung liest und nie vergisst"
    assert line in _text(_page(middle=f"<p>{line}</p>"))
