"""A headline in title case that runs the title on into a phrase of its own in lower case ("A's T of Steel and the long
boredom of sea power"): a title set in title case capitalises its long words, so a lower-case run after the last
capital, three long words or more, is the headline's phrase (``bookheadtail._cased``). Near misses: a title in
sentence case ("Harry Potter and the philosopher's stone": too few long words after the name), one the review names
whole, a headline whose head is in sentence case, a phrase with a capital of its own."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookheadtail import headline_tail

TEXT = "I read it slowly over a month. The author writes about the sea, the war and the waiting."


def test_a_lower_case_phrase_after_a_title_case_head_comes_off():
    for title, head in (
        ("Castles of Steel and the long boredom of sea power", "Castles of Steel"),
        ("The Glass Harbour and why quiet novels matter", "The Glass Harbour"),
        ("Le Jardin des Pierres et la mémoire des villages perdus", "Le Jardin des Pierres"),
        ("La Casa de los Espíritus y la memoria de una familia chilena", "La Casa de los Espíritus"),
    ):
        for source in ("heading", "title"):
            book = headline_tail(Book(title, "Mara Quill", source=source), TEXT)
            assert book.title == head, (title, source, book.title)


def test_a_title_s_own_words_stay():
    for title, text in (
        ("Harry Potter and the philosopher's stone", TEXT),  # (sentence case: two long words after the name)
        ("Castles of Steel and the long boredom of sea power", TEXT + " Castles of Steel and the long boredom of sea "
         "power is the whole title."),  # (the review names it whole)
        ("The glass harbour and why quiet novels matter", TEXT),  # (a head in sentence case)
        ("Pride and Prejudice", TEXT),
        ("The Sea and the Long Boredom of Waiting", TEXT),  # (title case throughout)
        ("Castles of Steel and the long boredom of the North Sea", TEXT),  # (a capital in the phrase)
    ):
        assert headline_tail(Book(title, "Mara Quill", source="heading"), text).title == title, title
    # (a title found in the text, not the headline: its casing is the review's own)
    book = Book("Castles of Steel and the long boredom of sea power", "Mara Quill", source="body")
    assert headline_tail(book, TEXT).title == book.title


def _post(title: str, html: str) -> str:
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{html}'
            '</div></article></body></html>')


PROSE = ("<p>I had put this off for years, mostly because of its length, and then read it in a fortnight of train "
         "journeys. {who} writes with a patience that suits the subject: long stretches where nothing happens, and "
         "then a chapter that changes everything.</p><p>The middle section drags, and I could have done with a map or "
         "two, but {who} earns the ending. The last fifty pages are as good as anything I have read this year, and I "
         "keep thinking about the minor characters who never get a scene of their own.</p>"
         "<p>Rating: 4/5</p>")


def test_a_post_s_headline_gives_the_title_without_its_phrase():
    cases = [
        ("Mara Quill’s The Salt Orchard and the quiet ruin of fishing towns", "Quill", "The Salt Orchard"),
        ("Tomas Berg’s Glass Weather and the slow patience of winter", "Berg", "Glass Weather"),
    ]
    for headline, who, title in cases:
        record = extract_page(_post(headline, PROSE.format(who=who)), "https://blog.example.net/2026/11/z/")
        assert record.is_review, (headline, record.kind, record.reason)
        assert record.book_title in (None, title), (headline, record.book_title)


def test_a_post_naming_its_whole_title_keeps_it():
    headline = "Lena Hart’s Ash Road and the Long Quiet"
    record = extract_page(_post(headline, PROSE.format(who="Hart")), "https://blog.example.net/2026/11/w/")
    assert record.book_title in (None, "Ash Road and the Long Quiet"), record.book_title
