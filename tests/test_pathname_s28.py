"""The address's first path segment names the publication, no book's author (round s28), in our own words and markup.

- wikihost.host_names: a newsletter platform's "/marsh-lantern/archive/…", a paper's "/harbour-parlour/books/…": the
  segment before the post's own part is one of the names the page is not by, so a page title "Issue #12: T — Marsh
  Lantern" or "T | Harbour Parlour" no longer credits the book to the publication, and the book the text names ("The
  Paper Atlas by Ines Halvorsen") is read instead (English, German, a paper's section).

Near misses: an author's name deeper in the path, under a section ("/book-reviews/ines-halvorsen/the-paper-atlas/"),
as a review site files it, stays the book's author; a path of one segment (the post's slug) or of figures gives no name.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.wikihost import host_names

PARAS = [
    "The middle chapters are the best, when the mapmaker's daughter starts redrawing the coast from memory and the "
    "village begins to argue about where the old harbour really was.",
    "Halvorsen keeps the prose plain. A few scenes repeat themselves, but the ending, set on the morning of the first "
    "survey flight, is quietly devastating.",
    "Grade: B+",
]


def _newsletter(h1: str, site: str, first: str, lang: str = "en") -> str:
    body = f"<p>{first}</p>" + "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1} — {site}</title></head><body>"
            f"<nav><a href='/'>{site}</a></nav><div class='email-detail'><h1>{h1}</h1>"
            f"<div class='email-body-content'>{body}<p>{site} is free and reader-supported.</p></div></div>"
            "</body></html>")


def test_the_first_segment_is_a_name_the_page_is_not_by():
    assert host_names("https://letters.example.com/marsh-lantern/archive/issue-12/", "")[-1] == "marsh-lantern"
    assert host_names("https://news.example/harbour-parlour/books/a-story-1234.html", "") == ("harbour-parlour",)
    for url in ("https://shelf.example/a-post-slug/", "https://shelf.example/2026/12/a-post/",
                "https://shelf.example/p/a-post"):
        assert host_names(url, "") == (), url


def test_a_publication_in_the_page_title_is_no_author():
    for h1, site, url, first, expected in (
        ("Issue #12: Maps as memory", "Marsh Lantern", "https://letters.example.com/marsh-lantern/archive/issue-12/",
         "Hello again. This week I finally read the novel everyone kept sending me: The Paper Atlas by Ines "
         "Halvorsen.", ("The Paper Atlas", "Ines Halvorsen")),
        ("A city drawn from memory", "Harbour Parlour",
         "https://www.herald.example.com/harbour-parlour/books/a-city-drawn-from-memory-1234.html",
         "This week I read The Paper Atlas by Ines Halvorsen, about a mapmaker's daughter in a village that is "
         "slowly forgetting its own coast. Parlour readers get every review first in our app.",
         ("The Paper Atlas", "Ines Halvorsen")),
    ):
        record = extract_page(_newsletter(h1, site, first), url)
        assert (record.book_title, record.book_author) == expected, (record.book_title, record.book_author)
    url = "https://letters.example.com/marsh-lantern/archiv/ausgabe-12/"
    record = extract_page(_newsletter("Ausgabe 12: Karten im Kopf", "Marsh Lantern",
                                      "Diese Woche habe ich endlich Der Papieratlas von Ines Halvorsen gelesen.", "de"),
                          url)
    assert record.book_author != "Marsh Lantern"


def test_an_author_filed_deeper_in_the_path_stays():
    url = "https://www.reviewdesk.example.com/book-reviews/ines-halvorsen/the-paper-atlas/"
    html = _newsletter("The Paper Atlas", "Ines Halvorsen", "A mapmaker's daughter redraws a coast from memory while "
                       "her village argues about where the old harbour was.")
    html = html.replace("<p>Ines Halvorsen is free and reader-supported.</p>", "").replace(
        "<a href='/'>Ines Halvorsen</a>", "<a href='/'>Review Desk</a>")
    record = extract_page(html, url)
    assert (record.book_title, record.book_author) == ("The Paper Atlas", "Ines Halvorsen")
