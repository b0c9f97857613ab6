"""linkblocks.headed_link_box narrowed (review rev32e), in our own words and markup.

A box of a short heading over one to four bare links to the site goes only when its heading is a related or
read-also label (many languages) or when it stands alone as the body's last block; never when boxes of the same
shape stand beside it (a list post's entries, each a numbered heading over the link to its review), nor when it sits
inside the review under a heading of its own.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

PARAS = [
    "Ines Marlowe's second novel is set in a lighthouse keeper's cottage during the long winter of one bad year, "
    "when the supply boat stops coming and the keeper's two children learn to ration everything but their stories.",
    "Marlowe is patient with her people: nobody is a villain, and even the keeper's sour brother gets a chapter of "
    "his own that turns the book's sympathy on its head in the best way.",
    "I wanted a little more of the mainland, which stays a rumour until the very end, but that is a small complaint.",
]
URL = "https://tidebooks.example/2026/03/the-keepers-winter/"


def _text(box: str, lang: str = "en", at: int = 1, url: str = URL, paras=PARAS) -> str:
    parts = [f"<p>{p}</p>" for p in paras]
    parts.insert(at, box)
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The keeper's winter</title></head><body>"
            f"<article><h1>The keeper's winter</h1><div class='entry-content'>{''.join(parts)}</div></article>"
            "</body></html>")
    return extract_page(html, url).body_text


@pytest.mark.parametrize("heading,link,lang", [
    ("Czytaj także", "Pięć powieści o latarniach morskich", "pl"),
    ("Relaterade artiklar", "Fem romaner om fyrvaktare och vinter", "sv"),
    ("Lesen Sie auch", "Fünf Romane über Leuchttürme im Winter", "de"),
    ("Související články", "Pět románů o majácích a zimě", "cs"),
    ("You may also like", "Five novels about lighthouses and winter", "en"),
])
def test_a_box_under_a_related_label_goes_mid_body(heading, link, lang):
    box = f"<section class='more'><h4>{heading}</h4><a href='/2025/11/lighthouse-novels/'>{link}</a></section>"
    text = _text(box, lang)
    assert link not in text and PARAS[1][:30] in text


@pytest.mark.parametrize("heading,link,lang", [
    ("Sigue leyendo", "Cinco novelas sobre faros y tormentas", "es"),
    ("Dalej", "Pięć powieści o latarniach morskich", "pl"),
    ("次はこちら", "灯台と冬をめぐる小説五冊の紹介", "ja"),
])
def test_a_headed_box_alone_at_the_bodys_end_goes(heading, link, lang):
    box = f"<div class='after'><h3>{heading}</h3><a href='/2025/11/lighthouse-novels/'>{link}</a></div>"
    text = _text(box, lang, at=len(PARAS))
    assert link not in text and PARAS[2][:30] in text


def test_a_list_posts_headed_entries_stay():
    picks = [("The Keeper's Winter", "keepers-winter"), ("Salt Roads", "salt-roads"),
             ("A House of Gulls", "house-of-gulls"), ("North Light", "north-light")]
    entries = "".join(f"<div class='entry'><h3>{n}. {t}</h3><a href='/2026/0{n}/{s}/'>My full review of {t}</a></div>"
                      for n, (t, s) in enumerate(picks, 1))
    paras = ["These were the four novels that carried me through a dark and busy winter, and I keep pressing them on "
             "friends.", "Which of them should I reread first? I have a long weekend coming and no plans at all."]
    text = _text(entries, at=1, url="https://tidebooks.example/2026/04/winter-favourites/", paras=paras)
    for t, _ in picks:
        assert f"My full review of {t}" in text
    # (the last entry closing the body: its siblings have its shape)
    text = _text(entries, at=2, url="https://tidebooks.example/2026/04/winter-favourites/", paras=paras)
    assert "My full review of North Light" in text


def test_a_headed_link_inside_the_review_stays():
    box = ("<section><h3>Where the idea came from</h3><a href='/2024/07/visiting-the-lighthouse/'>My own trip to "
           "the lighthouse on the north cape</a></section>")
    text = _text(box, at=2)
    assert "My own trip to the lighthouse" in text and "Where the idea came from" in text
