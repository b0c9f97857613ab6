"""An English opening "In The T, A <verb> …" names the book with no quotes or italics (round s28), in our own words and
markup.

- bookinopening.inside_opening: mid-sentence an English preposition's article is written in lower case ("in the
  garden"), so a capitalised "The", "A", "An" after "In", words in title case up to the comma, then a person and a verb
  set a title off as quotes would (a WordPress post, a Substack post, a title opening on each article).

Near misses: "In the spring, A moved …" (a lower-case article), "In Northern Sweden, A found …" (no article: a place),
"In The Glass Orchard, the sisters argue …" (no person after the comma), "In The next chapter, A moves …" (a sentence's
words, not a title's), and the same sentence on a German page.
"""

from __future__ import annotations

from scraper.extract import extract_page

REST = [
    "The early chapters, set in the orchard's first winter, are the liveliest: the sisters fight over money and old "
    "letters, and Lindqvist enjoys every argument.",
    "The later sections move faster than one would like, and the prose can slip into the ornamental. But Lindqvist "
    "makes the island feel like a place you could walk across. Four stars.",
]
H1 = "Two sisters and a failing orchard"
URL = "https://ledgerlamp.example/2026/12/two-sisters/"


def _wordpress(first: str, lang: str = "en", h1: str = H1) -> str:
    body = f"<p>{first}</p>" + "".join(f"<p>{p}</p>" for p in REST)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1} – Ledger Lamp</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>{h1}</h1><div class='entry-content'>{body}</div>"
            "</article></body></html>")


def _substack(first: str) -> str:
    body = f"<p>{first}</p>" + "".join(f"<p>{p}</p>" for p in REST)
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{H1} - by Jo Park</title></head><body>"
            f"<div class='post'><h1 class='post-title'>{H1}</h1><h3 class='subtitle'>A winter on a northern island</h3>"
            f"<div class='available-content'><div class='body markup'>{body}</div></div></div></body></html>")


def test_an_unmarked_title_after_in_and_its_article_is_read():
    for html, title in (
        (_wordpress("Two sisters inherit a failing orchard on a northern island. In The Glass Orchard, Mara Lindqvist "
                    "gives them one year to decide whether to sell."), "The Glass Orchard"),
        (_substack("In An Orchard in Winter, Mara Lindqvist follows two sisters through one cold year on a northern "
                   "island."), "An Orchard in Winter"),
        (_wordpress("In A Year of Small Apples, Mara Lindqvist writes about two sisters and the orchard they cannot "
                    "sell."), "A Year of Small Apples"),
    ):
        record = extract_page(html, URL)
        assert (record.book_title, record.book_author) == (title, "Mara Lindqvist"), record.book_title


def test_a_place_a_season_a_sentence_or_no_person_is_no_title():
    for first in (
        "In the spring, Mara Lindqvist moved to a northern island and started writing about two sisters.",
        "In Northern Sweden, Mara Lindqvist found the island that gives this novel its orchard.",
        "In The Glass Orchard, the sisters argue about money for three hundred pages.",
        "In The next chapter, Mara Lindqvist moves the story to the mainland.",
    ):
        record = extract_page(_wordpress(first), URL)
        assert record.book_title is None, (first, record.book_title)


def test_another_language_is_left_alone():
    first = "Zwei Schwestern erben einen Obstgarten. In The Glass Orchard, Mara Lindqvist gibt ihnen ein Jahr Zeit."
    record = extract_page(_wordpress(first, "de", "Zwei Schwestern und ein Obstgarten"), URL)
    assert record.book_title is None
