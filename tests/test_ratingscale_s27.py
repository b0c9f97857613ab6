"""Ratings on a scale of four, and the overall score closing a row of the parts' scores (round s27), in our own words.

- A newspaper's scale of four stars: "2½ out of 4 stars", "3 von 4 Sternen", "3 sur 4 étoiles", "3 stars out of 4":
  the score out of four, not the scale read as a bare "4 stars" (ratingshapes.STARS_OF, N_STARS' scale).
- The overall score after the parts' scores, split by commas: "Plot 4/5, pace 3/5, overall 3.5/5", "Handlung 4/5,
  Sprecher 5/5, gesamt 4,5/5" (ratingshapes.parts_total).

Near misses: a bare "4 stars" stays four of five; a place in a series or a count ("Book 3 of 4", "3 of 4 chapters") is
no score; "overall" in a clause after a part's score ("the plot 4/5, overall I loved it") names no score; two parts'
scores without an overall one are no single rating.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.rating import find_rating


def test_a_score_out_of_four_stars_in_several_languages():
    for line, value in (
        ("Rating: 2½ out of 4 stars", 0.625),
        ("Our verdict: 3 stars out of 4", 0.75),
        ("Wertung: 3 von 4 Sternen", 0.75),
        ("Note : 3 sur 4 étoiles", 0.75),
        ("Valoración: 3 de 4 estrellas", 0.75),
        ("1/4 stars", 0.25),
    ):
        rating = find_rating([line])
        assert rating is not None and rating.value == value, (line, rating)


def test_a_scale_of_four_in_a_newspapers_info_box():
    html = (
        "<html lang='en'><head><meta charset='utf-8'><title>A river town's long memory | The Valley Courier</title>"
        "</head>"
        "<body><article><h1>A river town's long memory</h1><div class='story'>"
        "<p>Ruth Ozeki's early novel follows a documentary maker through a season of floods, and it has aged better "
        "than "
        "most books of its decade: the jokes still land and the anger under them is still sharp.</p>"
        "<p>The structure wobbles in the middle, where three storylines compete for the same hundred pages, but the "
        "last "
        "chapters pull everything together in a way that feels earned rather than arranged.</p>"
        "<aside class='factbox'><p><strong>My Year of Meats</strong></p><p>Ruth Ozeki</p>"
        "<p>Penguin, 366 pages</p><p>Rating: 2½ out of 4 stars</p></aside>"
        "</div></article></body></html>")
    record = extract_page(html, "https://valleycourier.example/arts/books/river-town-memory")
    assert record.rating == 0.625 and record.rating_raw == "2½ out of 4 stars", (record.rating_raw, record.rating)


def test_the_overall_score_after_the_parts_scores():
    for line, value in (
        ("Plot 4/5, pace 3/5, overall 3.5/5", 0.7),
        ("Handlung 4/5, Sprecher 5/5, gesamt 4,5/5", 0.9),
        ("Trama 3/5, stile 4/5, totale 3,5/5", 0.7),
        ("Story 8/10, art 6/10, overall 7/10.", 0.7),
    ):
        rating = find_rating([line])
        assert rating is not None and rating.value == value, (line, rating)


def test_near_misses():
    assert find_rating(["4 stars"]).value == 0.8  # a bare count of stars is out of five
    for line in ("Book 3 of 4", "3 of 4 chapters are told by the sister", "The plot 4/5, overall I loved it.",
                 "Plot 4/5, characters 3/5"):
        assert find_rating([line]) is None, line
    # a fraction of the book, no stars: no score out of four
    assert find_rating(["Only 3/4 of the novel is set on the island."]) is None
