"""The site's standing note under every review about whose the reviews are: that their opinions are their writers'
("Opinions in reviews are those of the writer"), or who writes them ("Staff reviews are written by our booksellers",
de "Unsere Rezensionen werden von unseren Buchhändlerinnen geschrieben", fr, es, it, pt, nl, sv, pl, cs):
``creditlines.own_views_disclaimer`` reads them (``sitenotices.views_disclaimer`` with it), ``sitelines.mark`` asks
them of the body's last lines. Near misses: a review's sentence that a character's views are the author's, early
reviews "written by our" readers with the review going on, the reviews of a past decade.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.sitenotices import views_disclaimer


def test_the_standing_notes():
    for line in ("The Ledger is edited by students. Opinions in reviews are those of their writers.",
                 "All reviews are written by our volunteers, who buy their own copies.",
                 "Book reviews on this site are written by our members.",
                 "Unsere Rezensionen werden von unseren Buchhändlerinnen geschrieben.",
                 "Les critiques sont rédigées par nos libraires.",
                 "Las reseñas son escritas por nuestros libreros.",
                 "Le recensioni sono scritte dai nostri volontari.",
                 "De recensies worden geschreven door onze vrijwilligers.",
                 "Recensionerna skrivs av våra bokhandlare.",
                 "Recenzje piszą nasi księgarze."):
        assert views_disclaimer(line), line


def test_near_misses():
    for line in ("The heroine's views are those of the author, and it shows on every page.",
                 "Her opinions in the novel are those of the author herself.",
                 "Early reviews are written by our most excited readers, and this one got raves from all of them.",
                 "The reviews were written by our critics in 1960 and still hold up.",
                 "Reviews are written by readers like you, the narrator says."):
        assert not views_disclaimer(line), line


def _page(last: str, lang: str = "en") -> str:
    prose = ("<p>A slim book of essays about walking the old drove roads of the borders, one road an essay, each "
             "ending at a farm that no longer stands. The writer carries a map from 1840 and argues with it.</p>"
             "<p>I liked the quarrels with the map best; the essays that drift into family history are weaker, but "
             "the one about the flooded valley made me cry on a train.</p>")
    return (f"<html lang='{lang}'><head><title>Drove Roads</title></head><body><article><h1>Drove Roads</h1>"
            f"<div class='entry-content'>{prose}<p class='note'><em>{last}</em></p></div></article></body></html>")


def test_extract_page_drops_the_note():
    for note in ("The Ledger is a student-run paper. Opinions in reviews are those of the writer.",
                 "Staff reviews are written by our booksellers, who pick what they love."):
        record = extract_page(_page(note), "https://ledger.example.edu/arts/drove-roads")
        assert note[:20] not in record.body_text, note
        assert "flooded valley" in record.body_text
    kept = extract_page(_page("Her views are those of the author, I suspect, and the map is his too."),
                        "https://ledger.example.edu/arts/drove-roads")
    assert "the map is his too" in kept.body_text
