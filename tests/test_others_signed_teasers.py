"""Other readers' entries listed after the review as signed teasers (scraper.extract.others._signed_entry): under a
short heading, two boxes or more each holding a short text signed after a dash by its writer's linked name. Near
misses: a section of the review quoting the book, its quotations signed by the author without a link; one signed box.

Every page here is invented for these tests (invented sites, books and people, in our own words and markup).
"""

from __future__ import annotations

from tests.cleaning import cleaned

PARAS_EN = [
    "The Salt Orchard follows two sisters through one hard year on a windy headland, deciding whether to sell the "
    "family orchard to the developer next door. It is a quiet book, and a patient one.",
    "The frost, the trees and the accounts book matter as much as the people do. The middle repeats itself a little, "
    "but the ending earns every page. Eight out of ten from me.",
]
PARAS_TR = [
    "Tuzlu bahçe, rüzgârlı bir burunda aile bahçesini satıp satmamaya karar vermeye çalışan iki kız kardeşin zor bir "
    "yılını anlatıyor. Sessiz ve sabırlı bir kitap, acele eden okura göre değil.",
    "Ayaz, ağaçlar ve hesap defteri insanlar kadar önemli. Ortası biraz kendini tekrar ediyor ama sonu her sayfaya "
    "değiyor. Puanım 10 üzerinden 8.",
]


def body_after(paras: list[str], after: str) -> tuple[str, list[str]]:
    return cleaned("".join(f"<p>{p}</p>" for p in paras) + after, "talkbooks.example")


def test_english_signed_teasers_of_other_entries_go():
    after = ('<div class="more"><h3>More entries on this topic</h3>'
             '<div class="teaser">"Best book I read this winter, full stop." — <a href="/u/fen_reader">fen_reader</a></div>'
             '<div class="teaser">"Too slow for me, gave up at page 90." – <a href="/u/marlow">marlow</a></div></div>')
    text, _ = body_after(PARAS_EN, after)
    assert "Eight out of ten" in text
    for gone in ("More entries on this topic", "Best book I read this winter", "gave up at page 90"):
        assert gone not in text, gone


def test_turkish_signed_teasers_of_other_entries_go():
    after = ('<div class="digerleri"><h3>bu başlıktaki öteki yazılar</h3>'
             '<div class="ozet">"kışın okunacak tek kitap bu." — <a href="/yazar/ayaz">ayaz</a></div>'
             '<div class="ozet">"çok yavaş, yarıda bıraktım." — <a href="/yazar/kirpi">kirpi</a></div></div>')
    text, _ = body_after(PARAS_TR, after)
    assert "Puanım 10 üzerinden 8" in text
    for gone in ("öteki yazılar", "kışın okunacak tek kitap", "yarıda bıraktım"):
        assert gone not in text, gone


def test_near_misses_the_books_quotations_signed_without_a_link_and_a_single_signed_box_stay():
    quotes = ('<div class="q"><h3>Lines I underlined</h3>'
              '<div class="quote">"The frost keeps its own accounts." — Mara Quill</div>'
              '<div class="quote">"Nobody sells a tree, only the years in it." — Mara Quill</div></div>')
    text, _ = body_after(PARAS_EN, quotes)
    assert "The frost keeps its own accounts" in text and "only the years in it" in text
    one = ('<div class="more"><h3>What a friend said</h3>'
           '<div class="teaser">"Best book I read this winter, full stop." — <a href="/u/fen_reader">fen_reader</a></div></div>')
    text, _ = body_after(PARAS_EN, one)
    assert "Best book I read this winter" in text
