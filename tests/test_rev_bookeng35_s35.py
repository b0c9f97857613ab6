"""Misfires of bookeng35's two set-apart scores (rev-bookeng35): a fraction closing the headline scores the book only
where the part before it names the book the page is read as reviewing ("Shortlist catch-up: 3/5" is a count's
progress, "Audiobook narration – 2/5" another thing's score); a star row before one long sentence is its score only
where the sentence stands apart (not going on in lower case, the row its subject: "★★★★★ is what my sister gave
it …") and the row is a five-point score's (a row of eight is a divider)."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.ratingaside import title_rating

_PROSE = [
    "Magda Orlen keeps a boarding house in a port town where nobody stays longer than a season, and she likes it that "
    "way until a lodger arrives who pays a year in advance.",
    "Halvorsen writes in short scenes, mostly at the kitchen table, and lets the weather and the tides do the plotting.",
    "I missed a few of the minor lodgers once they had gone, which may be the point.",
]
_RECORD = "<p><em>The Season Let by Ingrid Halvorsen (Heron House, 2024), 312 pages.</em></p>"


def _page(headline: str, extra: str = ""):
    body = "".join(f"<p>{p}</p>" for p in _PROSE) + extra
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{headline} — Lantern Notes</title></head>'
            f'<body><article class="h-entry"><h2 class="p-name">{headline}</h2><div class="e-content">{body}</div>'
            '</article></body></html>')
    return extract_page(html, "https://lanternnotes.example.net/a-season-let")


def test_headline_fraction_of_a_reading_count_is_no_score():
    record = _page("Shortlist catch-up: 3/5", _RECORD)
    assert record.rating is None


def test_headline_fraction_of_another_series_count_is_no_score():
    record = _page("Lodgers quartet, book two – 2/5", _RECORD)
    assert record.rating is None


def test_headline_fraction_naming_the_book_still_scores():
    record = _page("Review: The Season Let: 4/5", _RECORD)
    assert (record.rating_raw, record.rating) == ("4/5", 0.8)
    assert title_rating("The Season Let, Ingrid Halvorsen: 3/5", "The Season Let").value == 0.6
    assert title_rating("Shortlist catch-up: 3/5", "The Season Let") is None


def test_star_row_as_subject_of_a_lower_case_sentence_is_no_score():
    extra = ("<p>★★★★★ is what my sister gave it when she lent it to me, though I am not sure I would go that far "
             "myself.</p>")
    assert _page("The Season Let by Ingrid Halvorsen", _RECORD + extra).rating is None


def test_star_row_of_someone_elses_rating_in_lower_case_is_no_score():
    extra = ("<p>⭐⭐⭐⭐ my mum's rating, she read it first and pressed it on me at Christmas with some "
             "insistence</p>")
    assert _page("The Season Let by Ingrid Halvorsen", _RECORD + extra).rating is None


def test_long_star_row_as_divider_is_no_score():
    extra = ("<p>⭐⭐⭐⭐⭐⭐⭐⭐ Coming up next week on the blog is the second book in the series, which I have already "
             "started.</p>")
    assert _page("The Season Let by Ingrid Halvorsen", _RECORD + extra).rating is None


def test_star_row_before_a_sentence_standing_apart_still_scores():
    extra = ("<p>🌟🌟🌟🌟 <span>Bought from the bookshop on the quay, which keeps this blog going in the nicest "
             "possible way.</span></p>")
    record = _page("The Season Let by Ingrid Halvorsen", _RECORD + extra)
    assert (record.rating_raw, record.rating) == ("🌟🌟🌟🌟", 0.8)
