"""A title left ending inside a bracket it opens, a record's imprint bracket cut at its first comma by a reader of
comma-parted records (``bookedition.edition_bracket``), book39b."""

import pytest

from scraper.extract import extract_page

_URL = "https://lanternpost.example.net/kultur/rezension/99/"
_DE = [
    "Eine Fähre, ein Winter, eine Insel: Mehr braucht Brenner nicht, um eine Familie auseinanderfallen zu lassen, und "
    "sie erzählt das mit einer Ruhe, die man lange nicht vergisst.",
    "Nicht jede Episode trägt, aber die stärksten gehören zum Besten, was ich in diesem Jahr gelesen habe.",
    "Ein leises, störrisches Buch, das ich jedem empfehle, der lange Abende mag. Die Sprache ist knapp und klar, "
    "und am Ende wollte ich sofort selbst auf eine Fähre steigen.",
    "Bewertung: 4 von 5 Sternen",
]


def _page(paras, box, lang):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Ein kalter Winter – Laternenpost</title></head>"
            "<body><header><a href='/'>Laternenpost</a></header><main><article class='article'>"
            f"<h1 class='article-title'>Ein kalter Winter</h1><div class='article-body'>{ps}{box}"
            "</div></article></main></body></html>")


# a title left ending inside a bracket it opens, a record's imprint bracket cut at its first comma (``bookedition``)
@pytest.mark.parametrize("title, want", [
    ("Die Fährfrau (Kleinverlag", "Die Fährfrau"),
    ("La casa vacía (Editorial Norte", "La casa vacía"),
    ("The Salt Summer [Gull House", "The Salt Summer"),
    ("潮の町（新潮", "潮の町"),
    # near misses: a bracket the title closes, at its end or inside it, and a title with no bracket
    ("Smoke (and Mirrors) Again", "Smoke (and Mirrors) Again"),
    ("The Keeper (Book 2)", "The Keeper (Book 2)"),
    ("(Un)finished", "(Un)finished"),
    ("Plain Title", "Plain Title"),
])
def test_open_bracket_off_the_title(title, want):
    from scraper.extract.book import Book
    from scraper.extract.bookedition import edition_bracket
    assert edition_bracket(Book(title, "Lena Brenner")).title == want


def test_record_line_with_imprint_bracket():
    box = "<p><strong>Lena Brenner, Die Fährfrau</strong> (Kleinverlag, Taschenbuch, 192 Seiten)</p>"
    page = extract_page(_page(_DE, box, "de"), _URL)
    assert (page.book_title, page.book_author) == ("Die Fährfrau", "Lena Brenner")
