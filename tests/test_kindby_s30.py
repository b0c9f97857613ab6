"""An author read with the kind of book and the word for "by" before the name ("essays by A", "a novel by A",
"un roman de A", "ein Roman von A"): a caption's or a record's "T, poems by A (House)" split at its comma gives that
phrase as the author, and ``bookbrand.kind_by`` keeps the name alone. Near misses: a person whose name holds a particle
after a capitalised word that is also a kind's word ("Roman von Ungern"), a credit for a photo ("photos by A"), a name
with nothing before it."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookbrand import kind_by


def _post(lang: str, title: str, html: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{html}'
            '</div></article><footer><p>Powered by a small press.</p></footer></body></html>')


def test_a_kind_and_its_by_word_come_off_the_author():
    for author, name in (
        ("poems by Ada Limón", "Ada Limón"),
        ("A Novel by Mara Quill", "Mara Quill"),
        ("un roman d’Odile Mercier", "Odile Mercier"),
        ("ein Roman von Jonas Feld", "Jonas Feld"),
        ("racconti di Paolo Venturi", "Paolo Venturi"),
        ("dikter av Tomas Berg", "Tomas Berg"),
        ("novel karya Leila S. Chudori", "Leila S. Chudori"),
        ("verhalen van Anna de Wit", "Anna de Wit"),
        ("una novela de Clara Morán", "Clara Morán"),
        ("a collection of stories by Sam Reed", "Sam Reed"),
        ("Essays by Lena Hart, translated by Ola Berg", "Lena Hart"),
    ):
        assert kind_by(Book("T", author)).author == name, author


def test_a_name_or_another_credit_stays():
    for author in ("Roman von Ungern", "Novela de Souza Lima", "Leslie Jamison", "photos by Ana Ruiz",
                   "Mara Quill", "the editors by request"):
        assert kind_by(Book("T", author)).author == author, author
    assert kind_by(None) is None


def _captioned(caption: str, prose: str) -> str:
    return (f'<figure class="wp-block-image"><img src="/covers/book.jpg" alt="Book cover">'
            f"<figcaption>{caption}</figcaption></figure>{prose}")


def test_a_caption_s_kind_phrase_leaves_the_author_alone():
    cases = [
        ("en", "Reading by lamplight this winter", "The Salt Orchard, stories by Mara Quill (Harbour Press)",
         "<p>I picked this up in a second-hand shop and read it over three wet evenings. Quill writes about a fishing "
         "town that is slowly losing its young people, and every story ends a little before you expect it to.</p>"
         "<p>Not every piece lands, but the title story is one of the best things I have read this year, and Quill "
         "has a gift for the small gesture. Recommended.</p>"
         "<p>What stays with me is the harbour itself, drawn in every season, and the way Quill lets her people keep "
         "their secrets. I would give it to anyone who likes short fiction that trusts its reader.</p>"
         "<p>Rating: 4/5</p>"),
        ("en", "A winter book for the commute", "Glass Weather, poems by Tomas Berg (Northlight)",
         "<p>I carried this slim collection around for a month. Berg writes short, cold poems about ferries, "
         "hospitals and his mother's kitchen, and they reward slow reading on a crowded train.</p>"
         "<p>Some of the longer sequences lose me, yet the best poems here are as exact as anything I know. Berg is "
         "worth following, and I would happily read this again.</p>"
         "<p>The translation reads cleanly, the notes at the back are short and useful, and the cover is lovely. If "
         "you read one book of poems this winter, I think it could be this one.</p><p>Rating: 4/5</p>"),
    ]
    for lang, title, caption, prose in cases:
        record = extract_page(_post(lang, title, _captioned(caption, prose)), "https://blog.example.net/2026/11/x/")
        assert record.is_review, (title, record.kind, record.reason)
        assert record.book_author is None or " by " not in record.book_author, record.book_author
        assert record.book_author in (None, "Mara Quill", "Tomas Berg"), record.book_author


def test_a_name_credited_in_prose_keeps_its_words():
    # (a reviewer's own sentence that says "the essays by A" does not change a name read elsewhere)
    html = ("<p>The essays by Lena Hart that open this book are the reason I bought it. The Long Shore is her second "
            "collection, and Hart's voice is dry and funny throughout.</p><p>Hart closes the book with a piece about "
            "her father's boat that I have now read three times. A fine book.</p>"
            "<p>Some pieces run long, and a few repeat each other, but the good ones are very good. I would give it to "
            "any friend who likes essays that wander and then land exactly where they should.</p><p>Rating: 4/5</p>")
    record = extract_page(_post("en", "The Long Shore by Lena Hart", html), "https://blog.example.net/2026/11/y/")
    assert record.is_review and record.book_author == "Lena Hart", (record.kind, record.book_author)
