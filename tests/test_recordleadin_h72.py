"""leadin.never_lead_in: the last line of a small box of labelled fields (the book's record box: "Title: …",
"Author: …", "Pages: 320") is never the lead-in of an ask set after the box; it went with the ask, and the rest of the
box with it as the label of a removed block. Invented pages in our own words (English, German, Spanish, Urdu fields).

Near miss: a short line set apart before the ask that is no field ("Enjoyed this review?") is still its lead-in.
"""

from __future__ import annotations

from scraper.extract import extract_page

P = ("<p>The novel follows a lighthouse keeper who lives alone on a northern island and one winter begins to receive "
     "letters from a stranger. Each chapter opens with a letter, and slowly the whole island enters the story.</p>"
     "<p>The prose is sober and exact, and the ending stayed with me for days. It is not a quick book, but it rewards "
     "a patient reader who lets its slow rhythm carry them.</p>")
BOXES = (("Title: The Keeper", "Author: Ann Vale", "Pages: 320", "Follow us on Instagram for more reviews!"),
         ("Titel: Der Wärter", "Autorin: Ann Vale", "Seiten: 320", "Folgt uns auf Instagram für mehr Rezensionen!"),
         ("Título: El farero", "Autora: Ann Vale", "Páginas: 320", "¡Síguenos en Instagram para más reseñas!"),
         ("کتاب: محافظ", "مصنفہ: این ویل", "صفحات: 320", "Follow us on Instagram for more reviews!"))


def _page(box: str, ask: str) -> str:
    return (f"<html><head><title>Review</title></head><body><article><h1>Review</h1><div class='entry-content'>{P}"
            f"{box}<p class='cta'>{ask}</p></div></article></body></html>")


def test_record_box_before_an_ask_stays():
    for title, author, pages, ask in BOXES:
        box = f"<div class='book-card'><p>{title}</p><p>{author}</p><p>{pages}</p></div>"
        record = extract_page(_page(box, ask), "https://books.example.com/2026/11/review/")
        for field in (title, author, pages):
            assert field in record.body_text, field
        assert ask not in record.body_text


def test_a_lead_in_still_goes():
    box = "<div class='book-card'><p>Enjoyed this review?</p></div>"
    record = extract_page(_page(box, "Follow us on Instagram for more reviews!"), "https://books.example.com/2026/11/r/")
    assert "Enjoyed this review?" not in record.body_text
    assert "slow rhythm" in record.body_text
