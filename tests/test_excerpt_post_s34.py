"""A post that prints a book's first pages (round 34, excerptpost): its headline offers an excerpt in its label (the
first words, or the first after its colon) and the post gives no verdict of its own. Near misses: a review whose
headline's own words hold a fragment deeper in, a review that quotes a passage and rates the book, and an excerpt's
headline over a post that labels itself a review."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.excerptpost import offers_excerpt

_PASSAGE = ("<p>Snow came to the orchard before it came to the town that year. Grandmother was up before dawn, as always,"
            " and went out to see whether the hares had stripped the young trees. She came back with red hands and the"
            " news that a strange car stood on the lane.</p><p>Nobody in the house expected visitors. Father had not"
            " spoken to anyone for a week, mother baked bread as if our lives hung on it, and I, the youngest, sat by the"
            " window counting crows on the fence.</p><p>The car stood there until noon. Then a woman in a grey coat got"
            " out and walked straight to our gate, and the dog, for once, did not bark at all.</p>")


def _page(headline: str, body: str):
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            "</article></body></html>")
    return extract_page(html, "https://pages.example.org/2026/12/winter-orchard")


def test_excerpt_post_is_no_review():
    page = _page("Read an extract: The Winter Orchard by Hanna Wolska",
                 "<p><strong>With thanks to Appletree Press, we publish the first chapter of Hanna Wolska's new novel,"
                 " out in January.</strong></p><p>Chapter One</p>" + _PASSAGE
                 + "<p><em>Continued in the book. The Winter Orchard, Appletree Press, 312 pages.</em></p>")
    assert not page.is_review


def test_headline_label_after_colon():
    assert offers_excerpt("Preview: a fragment of «The Last Bus»")
    assert offers_excerpt("Leseprobe: Der Wintergarten")


def test_fragment_deep_in_a_headlines_own_words_is_no_label():
    assert not offers_excerpt("The Winter Orchard review: a quiet book built from the fragments of a life")
    assert not offers_excerpt("A quiet novel where every memory is a fragment")


def test_review_quoting_a_passage_with_a_rating_stays_a_review():
    page = _page("Extract and review: The Winter Orchard by Hanna Wolska",
                 "<p>Hanna Wolska's second novel is a quiet, cold, beautiful book, and I read it in two sittings.</p>"
                 + _PASSAGE + "<p>That opening sets the tone: Wolska writes weather and silence better than anyone, though"
                 " the middle drags and the visitor's secret is easy to guess.</p><p>Rating: 4/5</p>")
    assert page.is_review
