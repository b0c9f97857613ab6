"""A related post's link under a 'posts on the same subject' / 'related articles' label (``edges.READ_ALSO``): vi "Bài
viết cùng chủ đề:", "Tin liên quan:", fr "Sur le même sujet :", de "Zum selben Thema:", es "Artículos relacionados:", it
"Sullo stesso argomento:", nl "Over hetzelfde onderwerp:", pl "Na ten sam temat:", ru "На ту же тему:", tr "İlgili
yazılar:", id "Artikel terkait:", he "עוד בנושא:", ar "مقالات ذات صلة:". The label opens the line, only the link
after it.
Near misses: the same words opening the reviewer's sentence, the label with words of the review after it.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.edges import READ_ALSO


def test_the_labels():
    for label in ("Tin liên quan:", "Sur le même sujet :", "Zum selben Thema:", "Artículos relacionados:",
                  "Sullo stesso argomento:", "Over hetzelfde onderwerp:", "Na ten sam temat:", "На ту же тему:",
                  "İlgili yazılar:", "Artikel terkait:", "עוד בנושא:", "مقالات ذات صلة:"):
        assert READ_ALSO.match(f"{label} x"), label


def test_near_misses():
    assert not READ_ALSO.match("Sur le même ton, l'autrice écrit un second roman plus sombre.")
    assert not READ_ALSO.match("Zum Thema Schuld hat der Roman wenig Neues zu sagen.")


def _page(line: str) -> str:
    prose = ("<p>Un roman court sur une gardienne de musée qui, la nuit, parle aux tableaux de la salle fermée pour "
             "travaux. Le ton est drôle et mélancolique à la fois, et chaque chapitre s'ouvre sur une œuvre.</p>"
             "<p>J'ai aimé la manière dont l'autrice fait exister les visiteurs absents. La fin, un peu attendue, "
             "n'enlève rien au plaisir de la lecture, et certaines phrases m'ont accompagnée toute la semaine.</p>")
    return (f"<html lang='fr'><head><title>La gardienne</title></head><body><article><h1>La gardienne</h1>"
            f"<div class='entry-content'>{prose}{line}</div></article></body></html>")


def test_extract_page_drops_the_labelled_link():
    line = ("<div class='encart'><p>Sur le même sujet : <a href='/2026/10/musees-en-litterature'>Cinq romans qui se "
            "passent dans un musée</a></p></div>")
    record = extract_page(_page(line), "https://carnet.example.fr/2026/12/gardienne")
    assert "Sur le même sujet" not in record.body_text and "Cinq romans" not in record.body_text
    assert "La fin, un peu attendue" in record.body_text


def test_the_reviewers_sentence_stays():
    line = ("<p>Sur le même sujet, on pourra relire <a href='/2026/10/musee'>mon billet sur un autre musée</a>, "
            "plus grave.</p>")
    record = extract_page(_page(line), "https://carnet.example.fr/2026/12/gardienne-2")
    assert "on pourra relire" in record.body_text
