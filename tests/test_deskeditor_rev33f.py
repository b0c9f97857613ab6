"""An anthology's editor named by the page is no desk credit (review rev33f), in our own words and markup.

deskcredits.lone_desk_line, asked by sitelines.mark of "Editor: <name>" closing the body under a follow line: a name
the page's title or first heading gives ("<Title>, edited by <name>") is the book's editor and stays, whatever line
stands over it; a desk editor the page's head does not name still goes.
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = ["Twelve stories about harbour towns, each by a different writer, gathered around the idea of leaving home.",
         "The strongest pieces are the quiet ones; two of the longer stories feel padded and could lose half their "
         "pages without harm.",
         "As a whole it is an uneven but generous collection that I was glad to have read over a rainy week."]


def _page(title: str, tail: str, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + tail
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Tidy Stacks</title></head><body><main>"
            f"<article><h1>{title}</h1><div class='entry-content'>{body}</div></article></main></body></html>")


def test_the_anthologys_editor_named_in_the_title_stays():
    for title, tail, credit, lang in (
        ("Harbour Towns, edited by Rosa Imre", "<p>Follow me on Instagram for more anthology reviews.</p>"
         "<p>Editor: Rosa Imre</p>", "Editor: Rosa Imre", "en"),
        ("Pueblos de puerto, edición de Rosa Imre", "<p>Sígueme en Instagram para más reseñas.</p>"
         "<p>Editora: Rosa Imre</p>", "Editora: Rosa Imre", "es"),
        ("Kota Pelabuhan (Rosa Imre, ed.)", "<p>Ikuti kami di Instagram untuk ulasan buku terbaru.</p>"
         "<p>Editor: Rosa Imre</p>", "Editor: Rosa Imre", "id"),
        ("Harbour Towns, edited by Rosa Imre", "<p>Subscribe to the publisher's newsletter for news of the sequel.</p>"
         "<p>Editor: Rosa Imre</p>", "Editor: Rosa Imre", "en"),
    ):
        record = extract_page(_page(title, tail, lang), "https://tidystacks.example.net/2026/12/harbour-towns")
        assert credit in record.body_text, (title, credit)


def test_a_desk_editor_the_head_does_not_name_still_goes():
    record = extract_page(_page("Harbour Towns", "<p>Follow Tidy Stacks on Instagram for more reviews.</p>"
                                "<p>Editor: Jan Ruhle</p>"), "https://tidystacks.example.net/2026/12/harbour-towns")
    assert "Editor: Jan Ruhle" not in record.body_text
