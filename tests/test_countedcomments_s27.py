"""Readers' comments under a heading with their count, one comment and the list's "add yours" link after it
("<h3>Comments (1)</h3><div><b>1. A title</b> <span>Name, City</span><p>…</p></div><a>Add a comment</a>"):
``others.readers_lists`` takes the "add yours" link with the section after a single entry when the heading counts
them (it took it only after two entries or more). Near misses: a review's own section headed with a count whose
paragraph is the review's, a heading with no count over one entry and a link.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE_PL = ("<p>Powieść o latarniku z Helu, który po śmierci żony zaczyna pisać listy do statków przepływających obok "
             "półwyspu. Każdy rozdział to jeden list, a między nimi krótkie zapiski z dziennika latarni.</p>"
             "<p>Najmocniejsze są fragmenty o morzu zimą, kiedy nikt nie przypływa, a on i tak pisze. Środek książki "
             "trochę się dłuży, ale zakończenie wynagradza wszystko i zostaje w głowie na długo.</p><p>Ocena: 5/6</p>")


def _page(section: str, lang: str = "pl") -> str:
    return (f"<html lang='{lang}'><head><title>Listy do statków</title></head><body><article class='art'>"
            f"<h1>Listy do statków</h1><div class='art-body'>{_PROSE_PL}</div>{section}</article></body></html>")


def test_one_counted_comment_and_the_add_link():
    for heading, entry, link in (
            ("Komentarze (1)",
             "<div class='c'><b>1. Piękne</b> <span>Ola, Gdańsk</span><p>Czytałam na wakacjach.</p></div>",
             "<a href='#add'>Dodaj komentarz</a>"),
            ("Kommentare (1)",
             "<div class='k'><strong>Anna</strong> <span>3. Dezember 2026</span><p>Klingt schön.</p></div>",
             "<a href='#neu'>Kommentar schreiben</a>"),
            ("Comentarios (1)", "<div class='co'><b>Luis</b><p>Lo apunto para el verano.</p></div>",
             "<a href='#nuevo'>Deja tu comentario</a>")):
        section = f"<section class='talk'><h3>{heading}</h3>{entry}{link}</section>"
        record = extract_page(_page(section), "https://latarnia.example.pl/recenzje/listy")
        assert heading not in record.body_text, heading
        assert "zakończenie wynagradza wszystko" in record.body_text


def test_near_misses():
    # a review's own section with a count: a paragraph of the review's, then a link of its own
    section = ("<section><h3>Bohaterowie (1)</h3><p>Latarnik Jan to jedna z najciekawszych postaci, jakie spotkałam w "
               "tym roku: milczący, uparty i czuły wobec morza, które zabrało mu żonę. Jego listy są coraz krótsze, "
               "aż w końcu zostaje w nich tylko pogoda.</p><a href='/tag/latarnie'>Więcej o latarniach</a></section>")
    record = extract_page(_page(section), "https://latarnia.example.pl/recenzje/listy-2")
    assert "najciekawszych postaci" in record.body_text
    # a heading with no count over one entry and a link: not enough to call it the readers'
    section = ("<section><h3>Z notatnika</h3><div class='n'><b>Hel, luty</b> <span>wieczór</span><p>Przeczytałam "
               "ostatni list dwa razy, zanim zgasiłam lampę.</p></div><a href='/notatnik'>Cały notatnik</a></section>")
    record = extract_page(_page(section), "https://latarnia.example.pl/recenzje/listy-3")
    assert "Przeczytałam ostatni list" in record.body_text
