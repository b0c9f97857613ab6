"""rev34g, whole pages: short notices that the s30 short-review rules took for reviews stay non-reviews (a
"Currently reading" update that opens on the last book finished and plans the rest of this one; a Tagalog launch
report). Pages of our own markup and words; a short review of the same shape stays a review."""

from __future__ import annotations

from scraper.extract import extract_page

_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} – Lamp and Ledger</title></head><body>
<header><a href="/">Lamp and Ledger</a> <nav><a href="/about/">About</a></nav></header>
<main><article><h1 class="entry-title">{title}</h1><div class="meta">June 2, 2025 · Mira</div>
<div class="entry-content">{body}</div></article></main>
<footer>© 2025 Lamp and Ledger</footer></body></html>"""


def _page(lang: str, title: str, *paragraphs: str) -> bytes:
    return _PAGE.format(lang=lang, title=title, body="".join(f"<p>{p}</p>" for p in paragraphs)).encode()


def test_currently_reading_update_is_no_review():
    html = _page(
        "en", "Currently reading: Orchard by Hana Lowe",
        "Finished <em>The Long Road Home</em> by Carl Moody on Saturday, so this week I wanted something lighter "
        "and stranger to follow it.",
        "I picked up Orchard on Monday and I am about a third of the way in. Lowe writes the orchard "
        "town so vividly that I keep stopping to look out of the window at our own sad apple tree.",
        "I will read the last chapters this weekend and post my full thoughts next week, with a rating. What "
        "are you all reading at the moment? Tell me below, and have a lovely week.")
    page = extract_page(html, "https://lampandledger.example/2025/06/currently-reading/")
    assert not page.is_review


def test_tagalog_launch_report_is_no_review():
    html = _page(
        "tl", "Ilog ng Bituin ni Rosa Diaz",
        "Masaya ang paglulunsad ng aklat na Ilog ng Bituin ni Rosa Diaz noong Linggo sa silid-aklatan ng "
        "aming lungsod, at maraming pamilya ang dumating mula sa kalapit na mga bayan.",
        "Bagama't mahina ang ulan, nakinig ang mga estudyante sa kuwento ng may-akda tungkol sa kanyang "
        "kabataan sa probinsya.",
        "Pumirma siya ng mga kopya hanggang gabi. Mabibili ang aklat sa tindahan ng libro sa unang palapag, "
        "bahagi ng pagdiriwang ng Buwan ng Aklat. Salamat sa lahat ng dumalo at sa mga guro na nagdala ng "
        "kanilang klase!")
    page = extract_page(html, "https://lampandledger.example/2025/06/paglulunsad/")
    assert not page.is_review


def test_short_review_finishing_its_book_stays_a_review():
    html = _page(
        "en", "Orchard by Hana Lowe",
        "Finished <em>Orchard</em> by Hana Lowe on the train home, then sat on the platform for ten minutes "
        "before I could face the walk.",
        "Three sisters, one failing orchard and a summer of bad weather: Lowe writes grief as weather, and the "
        "quiet scenes in the packing shed are the heart of it. Not every chapter lands, some of the middle ones "
        "felt like notes, but the whole is clear-eyed and tender at once.",
        "Going straight onto the shelf of books I lend out.")
    page = extract_page(html, "https://lampandledger.example/2025/06/orchard/")
    assert page.is_review and page.book_title == "Orchard"
