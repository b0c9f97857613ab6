"""A closing line about the site itself, addressed to the reader (the s33 round; own words and markup):
``siteitself.site_itself``, read by ``followlines.opening_follow`` for a line closing the review's box: the blog (the
loan word "blog") or the site's own name and an imperative to the reader; or the site's name opening the line and a
social network named on it.

Near misses: a review sentence telling the reader to read the book, a character who starts a blog, a review's line
naming the site with no bidding, a line opening with the site's name and no network, a review whose plot has Facebook.
"""

import pytest

from scraper.extract import extract_page
from scraper.extract.siteitself import site_itself

_PARAS = [
    "The novel follows two sisters who run a ferry between a salt town and an island of goats, and the year the "
    "older one decides to sell the boat to a man from the capital who has never been seasick in his life.",
    "The writing is dry and exact, the dialogue sharp, and the sea is never a metaphor for anything; it is wet, cold "
    "and expensive, which is exactly why the quarrels about the engine feel so true and so funny.",
    "The ending is a little neat, but the last crossing, in fog, with the goats on deck, is one of the best scenes I "
    "have read this autumn, and I went back to it twice before returning the book to the library.",
]


def _page(last: str, site: str = "Saltmarsh Pages") -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    return (f"<html><head><title>The Goat Ferry – {site}</title></head><body>"
            f"<header><a class='logo' href='/'>{site}</a></header><article><h1>The Goat Ferry</h1>"
            f"<div class='entry-content'>{ps}<p>Rating: 4/5</p>{last}</div></article></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://saltmarsh.example.org/2026/12/the-goat-ferry/").body_text


@pytest.mark.parametrize("line", [
    "इस ब्लॉग को फ़ॉलो करें और हर नई किताब की खबर ईमेल पर पाएँ।",
    "Topp ci blog bii ngir gis li bees.",
    "New reviews every Sunday: follow this blog for the next one.",
])
def test_bidding_to_follow_the_blog_goes(line):
    text = _text(_page(f"<p>{line}</p>"))
    assert line not in text and "returning the book" in text


def test_site_named_with_a_sign_up_clause_goes():
    line = "One short novel a month, by post: sign up for Saltmarsh Pages Letters."
    assert site_itself(line, ("Saltmarsh Pages",))
    text = _text(_page(f"<p>{line}</p>"))
    assert line not in text and "returning the book" in text


def test_site_name_opening_a_line_on_a_network_goes():
    line = "Saltmarsh Pages is on Instagram too, with a photo of every book we read."
    assert site_itself(line, ("Saltmarsh", "Pages"))
    text = _text(_page(f"<p>{line}</p>"))
    assert line not in text and "returning the book" in text


@pytest.mark.parametrize("line", [
    "Read it on a grey afternoon with the radio off; it deserves your whole attention.",
    "Halfway through, the younger sister starts a blog and follows the buyer's every move.",
    "This is the tenth island novel reviewed on Saltmarsh Pages, and easily the best of them.",
    "Saltmarsh Pages has never liked a book about boats this much, and I doubt it will again.",
    "The buyer's wife finds the sisters on Facebook and sends them a long, furious message.",
])
def test_review_lines_about_the_blog_or_a_network_stay(line):
    assert not site_itself(line, ("Saltmarsh", "Pages"))
    assert line in _text(_page(f"<p>{line}</p>"))
