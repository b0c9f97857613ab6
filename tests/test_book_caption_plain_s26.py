"""bookcaptionby: a review's lead picture's caption that credits the book without quotes ("T by A, translated by B.
Photo: …", "T von A, …", "T door A", "T oleh A"), read from the captions before the cleaning drops them, with a "by"
that means nothing else, no picture's own credit ("Photo by A") and the person named twice in the text. Pages
invented for these tests, in our own words."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcaptionby import caption_by

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The house that kept its silence | Tea Shelf</title>
</head><body><nav><a href="/">Tea Shelf</a> <a href="/signin">Sign in</a></nav><article><section>
<h1>The house that kept its silence</h1><div class="meta"><a href="/@lena">Lena Varga</a> · 4 min read</div>
<figure><img alt="" src="https://img.example/1*xy7.jpeg"><figcaption>{cap}</figcaption></figure>
<p>I read Dorsey's short novel on a train and missed my stop. A family that came into money, a brother who stopped
talking
and a kitchen where every argument ends before it starts.</p>
<p>What stays with me is how little is said. Dorsey trusts the reader to hear the menace in a conversation about
curtains.
Ilves' translation is plain and exact, and I forgot it was one.</p>
<p>The ending is abrupt and some readers will hate it. I loved it.</p><p>My rating: 8/10</p>
</section></article></body></html>"""


def test_a_reviews_plain_caption_credits_its_book():
    caption = "Quiet Rooms by Nell Dorsey, translated by Tiit Ilves. Photo: my copy."
    record = extract_page(PAGE.format(cap=caption).encode(),
                          "https://teashelf.example/the-house-that-kept-its-silence-3c9")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Quiet Rooms", "Nell Dorsey")


def test_plain_captions_in_more_languages():
    text = ("Vogel schreibt ruhig. Vogel kennt den Hafen.\nJansen schrijft droog. Jansen woont in Gent.\n"
            "Sari menulis. Sari tinggal di Medan.")
    context = Context(text, (), None)
    assert caption_by([("Der stille Hafen von Mira Vogel, Taschenbuch. Foto: privat", "")], context) \
        == ("Der stille Hafen", "Mira Vogel")
    assert caption_by([("Het lege dorp door Pieter Jansen (Uitgeverij Kade)", "")], context) \
        == ("Het lege dorp", "Pieter Jansen")
    assert caption_by([("Hujan Bulan Juni oleh Dewi Sari, terbitan 2024", "")], context) \
        == ("Hujan Bulan Juni", "Dewi Sari")


def test_near_misses_give_no_book():
    context = Context("Vogel schreibt ruhig. Vogel kennt den Hafen. Brandt fotografiert.", (), None)
    # the picture's own credit
    assert caption_by([("Photo by Mira Vogel", "")], context) is None
    assert caption_by([("Foto von Mira Vogel, 2025", "")], context) is None
    # a person the text names once only
    assert caption_by([("Der stille Hafen von Jonas Brandt", "")], context) is None
    # a Romance "de" (a title's own word as often): not read without quotes
    assert caption_by([("La casa de Mira Vogel", "")], context) is None
