"""Two non-reviews that name a book and its author as a review does (round 34). An obituary: the first paragraph of
prose opens on the death of the person the page names as the book's author, and the post gives no verdict
(obituarylead). A list whose one score goes to one of its items: four or more items, each led by its own head (an
emphasised name, or a work and its maker before the item's dash), the score in an item that is not the last, the
headline naming none of them (scoreditem). Near misses: a review that mourns its late author but rates the book, a
review whose opening tells a character's death, a review with an aspect list closed by its verdict row, a review
whose read-alikes list keeps the score outside it, and record labels with their colons."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(headline: str, body: str, url: str = "https://paper.example.co.uk/2026/12/story", lang: str = "en"):
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            "</article></body></html>")
    return extract_page(html, url)


_LIFE = ("<p>Born in a fishing village in 1931, he taught chemistry for thirty years and wrote at night, publishing his"
         " first novel at fifty. Critics were slow to notice him, but readers passed his books from hand to hand.</p>"
         "<p>His best-known book follows a lighthouse keeper through one winter of storms and letters; it was reprinted"
         " twice and adapted for radio. Friends remember a patient man who answered every letter he was sent.</p>"
         "<p>He is survived by his daughter and two grandsons. A memorial will be held at the harbour chapel in"
         " January, and the library will show his manuscripts until spring.</p>")
_RECORD = "<p><em>The Winter Lamp</em>, Osric Pellham. Harbour Press, 1984.</p>"


def test_obituary_lead_is_no_review():
    page = _page("Osric Pellham, novelist of the coast, dies at 94",
                 "<p>Osric Pellham, whose quiet novels of the northern coast found a loyal readership, has died at his"
                 " home. He was 94.</p>" + _LIFE + _RECORD)
    assert not page.is_review


def test_review_of_a_late_authors_book_with_a_rating_stays_a_review():
    page = _page("The Winter Lamp: a quiet masterpiece",
                 "<p>Osric Pellham, who died last spring, left behind this small novel, and I read it in one sitting."
                 " The keeper's letters are funny and sad at once.</p><p>The storms are written with real care, and the"
                 " middle chapters, where the keeper's brother arrives, are the best thing I have read this year. The"
                 " ending is a little rushed, but the voice carries it.</p><p>I would give it to anyone who loves slow,"
                 " careful books about work and weather, and I will read everything else he wrote.</p>"
                 + _RECORD + "<p>Rating: 4/5</p>")
    assert page.is_review


def test_character_death_in_a_reviews_opening_is_no_obituary():
    page = _page("The Winter Lamp: a quiet masterpiece",
                 "<p>The keeper's wife has died before the first page, and the whole book is his winter without her.</p>"
                 "<p>Pellham writes the storms with real care, and the middle chapters, where the keeper's brother"
                 " arrives, are the best thing I have read this year. The ending is a little rushed, but the voice"
                 " carries it, and the letters are funny and sad at once.</p><p>I would give it to anyone who loves"
                 " slow, careful books about work and weather; it is a small book that stays with you for weeks.</p>"
                 + _RECORD + "<p>Rating: 4/5</p>")
    assert page.is_review


_OPEN = ("<p>Nine books came home with me from the market this weekend, most of them for a pound or two. I have read"
         " none of them yet, so what follows is first impressions and gossip, nothing more.</p>")


def test_score_in_one_item_of_a_haul_list_is_no_review():
    items = ["<li><p><b>Lanterns at Low Tide</b> (£1) — a friend keeps pressing it on me.</p></li>",
             "<li><p><b>The Copper Orchard</b> (£2) — everyone calls it a classic. 4/5 for the cover alone.</p></li>",
             "<li><p><b>Seven Salt Roads</b> (50p) — looks sad, probably brilliant.</p></li>",
             "<li><p><b>A House of Paper Birds</b> (£1.50) — my second copy, don't judge.</p></li>",
             "<li><p><b>Winter Inventory</b> (free) — from the street library, a little water-stained.</p></li>",
             "<li><p><b>Of Moths and Ministers</b> (£1) — the blurb promises political farce and moths.</p></li>",
             "<li><p><b>The Glass Allotment</b> (£3) — a splurge, signed by the author on the title page.</p></li>",
             "<li><p><b>Ferry Weather</b> (80p) — short enough for one train journey.</p></li>"]
    page = _page("Market haul: nine books and a sore back", _OPEN + "<ul>" + "".join(items) + "</ul>"
                 "<p>Which should I start with? Tell me in the comments, and I will report back next month.</p>")
    assert not page.is_review


def test_shortlist_of_works_and_makers_with_a_score_in_one_item_is_no_review():
    items = ["<li>Garis Pantai karya Sekar Ayuningtyas — kisah tiga saudari di pesisir. Sudah saya baca: 4/5.</li>",
             "<li>Jalan Pulang karya Hendra Wijaya — belum baca, tapi banyak dibicarakan.</li>",
             "<li>Musim Kemarau karya Lestari Handayani — novel pertama penulisnya.</li>",
             "<li>Kabar dari Seberang karya Yohanes Siregar — tentang surat-surat perantau.</li>",
             "<li>Pagi di Pelabuhan karya Rina Kusuma — satu-satunya dari penerbit kecil.</li>"]
    page = _page("Lima novel masuk daftar pendek tahun ini",
                 "<p>Panitia hadiah sastra mengumumkan daftar pendek tahun ini pada Sabtu malam. Lima novel bersaing"
                 " untuk hadiah utama yang akan diumumkan bulan depan, dan saya baru membaca dua di antaranya.</p>"
                 "<ul>" + "".join(items) + "</ul><p>Dewan juri diketuai seorang penyair. Tebakan saya? Nomor tiga."
                 " Siapa jagoan kalian? Tulis di kolom komentar, ya, supaya kita bisa membandingkan tebakan.</p>",
                 url="https://catatan.example.id/2026/12/daftar-pendek", lang="id")
    assert not page.is_review


_REVIEW = ("<p>The Copper Orchard follows two sisters who inherit a failing orchard and a grudge. I read it over a long"
           " weekend and loved most of it; the sisters' quarrels are sharp and true, and the orchard is a character of"
           " its own.</p><p>The middle drags, and one subplot about a land sale goes nowhere, but the last fifty pages"
           " earn every tear. Mara Quill writes weather better than anyone I know.</p>")


def test_aspect_list_closed_by_its_verdict_row_stays_a_review():
    items = ["<li><b>Characters</b> — the sisters are wonderfully prickly.</li>",
             "<li><b>Setting</b> — the orchard in every season.</li>",
             "<li><b>Pacing</b> — slow in the middle.</li>",
             "<li><b>Ending</b> — earned, and devastating.</li>",
             "<li><b>Overall</b> — 4/5</li>"]
    page = _page("The Copper Orchard by Mara Quill", _REVIEW + "<ul>" + "".join(items) + "</ul>",
                 url="https://blog.example.org/2026/12/copper-orchard")
    assert page.is_review


def test_read_alikes_list_with_the_score_outside_it_stays_a_review():
    items = ["<li><b>Seven Salt Roads</b> — for the sisters.</li>", "<li><b>Winter Inventory</b> — for the weather.</li>",
             "<li><b>Lanterns at Low Tide</b> — for the grief.</li>", "<li><b>A House of Paper Birds</b> — for the land.</li>"]
    page = _page("The Copper Orchard by Mara Quill", _REVIEW + "<p>My rating: 4/5</p><p>If you liked it, try:</p><ul>"
                 + "".join(items) + "</ul>", url="https://blog.example.org/2026/12/copper-orchard")
    assert page.is_review


def test_record_labels_with_colons_are_no_led_items():
    items = ["<li><b>Title:</b> The Copper Orchard</li>", "<li><b>Author:</b> Mara Quill</li>",
             "<li><b>Rating:</b> 4/5</li>", "<li><b>Publisher:</b> Harbour Press</li>", "<li><b>Pages:</b> 320</li>"]
    page = _page("Weekend reading, and a small orchard", _REVIEW + "<ul>" + "".join(items) + "</ul>",
                 url="https://blog.example.org/2026/12/weekend-reading")
    assert page.is_review
