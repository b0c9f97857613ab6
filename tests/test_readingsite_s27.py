"""The writer's pointer to their shelf on a reading site closing a post ("I'm also on Goodreads → ana_reads",
"読書メーターもやってます → 読書記録"): ``moreonsite.own_site_pointer`` reads a reading site where readers log their books (Goodreads,
StoryGraph, Bookmeter, Booklog, Babelio, LovelyBooks, Skoob, LiveLib …, platform knowledge) as a place of the writer's
own, like a blog or a channel, when the words end on its name and point to a handle or a link. Near misses: a review's
line quoting the site's average, the site named with no pointer to a name, a pointer to a sentence.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.moreonsite import own_site_pointer


def test_pointers_to_the_writers_shelf():
    for line in ("I'm also on StoryGraph → paperlantern",
                 "Ihr findet mich auch auf LovelyBooks: Leselampe",
                 "Je suis aussi sur Babelio → Marguerite_lit",
                 "Também estou no Skoob: estante_da_lia",
                 "ブクログもやってます → @hondana_note",
                 "Мой профиль на LiveLib: knizhnaya_polka"):
        assert own_site_pointer(line), line


def test_near_misses():
    assert not own_site_pointer("Goodreads gives it 3.9 → overrated, I think")  # (a score, no own word)
    assert not own_site_pointer("On Goodreads the average is lower")  # (no pointer)
    assert not own_site_pointer("I also checked Goodreads: the reviews there are split between love and boredom.")
    assert not own_site_pointer("My friend is on Babelio → she loved it.")  # (a sentence after the pointer)


def test_extract_page_drops_the_pointer():
    prose = ("<p>Ein schmaler Roman über einen Glockengießer, der nach dem Krieg in sein Dorf zurückkehrt und dort "
             "eine Glocke für eine Kirche gießen soll, die es nicht mehr gibt. Die Sätze sind kurz, fast karg.</p>"
             "<p>Besonders gelungen fand ich die Werkstattszenen, in denen man das Metall beinahe riechen kann. Das "
             "Ende ist offen, was mich zuerst geärgert und dann lange beschäftigt hat.</p><p>Bewertung: 4/5</p>")
    html = (f"<html lang='de'><head><title>Die Glocke</title></head><body><article><h1>Die Glocke</h1>"
            f"<div class='entry-content'>{prose}<p>Ihr findet mich auch auf LovelyBooks → <a href='#'>Meine "
            f"Leselampe</a></p></div></article></body></html>")
    record = extract_page(html, "https://leselampe.example.de/2026/glocke")
    assert "LovelyBooks" not in record.body_text
    assert "Das Ende ist offen" in record.body_text
