"""A lone desk credit closing a news page's body under the site's own lines (round s29), in our own words and markup.

deskcredits.lone_desk_line, read by sitelines.mark: "Editor: <name>" (id "Editor : …", tr "Editör: …", es "Redacción:
…") as the body's last line, right under a follow line of the site's, is the desk's; the follow line over it then
closes the box and goes too. Near misses: "Editor: <name>" under the book's record rows or under the review's prose
(the anthology's editor) stays.
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = ["The novel follows a ferry pilot who keeps a logbook of every crossing for thirty years, and the logbook "
         "slowly turns into a portrait of the island and the people who leave it.",
         "The prose is plain and exact; the middle chapters drag, but the storm sequence near the end is as good as "
         "anything I have read this year, and the last page lands with real weight.",
         "It is a modest book that rewards patience, and I would give it to anyone who loves quiet fiction."]
URL = "https://news.harbourdaily.example/culture/books/2026/12/02/ferry-pilot-logbook"


def _page(tail: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + "<p><strong>Rating: 4/5</strong></p>" + tail
    return ("<html lang='en'><head><meta charset='utf-8'><title>The ferry pilot's logbook - Harbour Daily</title></head>"
            "<body><main><article><h1 class='headline'>The ferry pilot's logbook</h1>"
            f"<div class='article-body'>{body}</div></article></main></body></html>")


def test_the_desk_credit_under_a_follow_line_goes_with_it():
    for follow, credit in (
        ("Follow Harbour Daily on Instagram for more reviews.", "Editor: Jan Ruhle"),
        ("Ikuti kami di Instagram untuk ulasan buku terbaru.", "Editor : Sari Wulandari"),
        ("Síguenos en Instagram para más reseñas.", "Redacción: Marta Gil"),
        ("Bizi Instagram'da takip edin.", "Editör: Ayşe Kaya"),
    ):
        record = extract_page(_page(f"<p class='f'>{follow}</p><p class='c'>{credit}</p>"), URL)
        assert credit not in record.body_text and follow not in record.body_text, credit
        assert all(p in record.body_text for p in PARAS)


def test_an_editor_under_the_record_or_the_prose_stays():
    record = extract_page(_page("<p>Publisher: Tidewater Books, 2025</p><p>Editor: Ann Lee</p>"), URL)
    assert "Editor: Ann Lee" in record.body_text
    record = extract_page(_page("<p>Editor: Ann Lee</p>"), URL)
    assert "Editor: Ann Lee" in record.body_text
