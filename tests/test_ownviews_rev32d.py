"""The site's standing note on its reviews (``creditlines._OWN_VIEWS``) narrowed after review rev32d: "Opinions in
reviews are those of the writer" counts as a sentence of its own ending on the writer (an essay review's "the opinions
in these pieces are those of the author at twenty, and …" goes on); who writes the reviews counts only with "our"
people in each language's own words (da "skrevet af vores", nb "skrevet av våre", pl "pisane przez naszych", cs
"psány našimi"); a Danish "reviews are written by people" is prose.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract.creditlines import own_views_disclaimer


def test_the_note_still_counts():
    for line in ("Opinions in reviews are those of the writer.",
                 "This paper is run by students. Views expressed in columns are solely those of the contributors.",
                 "Anmeldelserne er skrevet af vores frivillige.", "Alle anmeldelser skrives av våre bibliotekarer.",
                 "Recenzje są pisane przez naszych czytelników.", "Recenze jsou psány našimi knihovníky.",
                 "Recenzje piszą nasi księgarze."):
        assert own_views_disclaimer(line), line


def test_the_reviews_prose_stays():
    for line in ("The opinions in these letters are those of the author at nineteen, and she disowns half of them.",
                 "The views in his columns are those of the author — and that is the trouble with the book.",
                 "Anmeldelser skrives af mennesker, og mennesker tager fejl, så læs selv.",
                 "Recenzje pisane są przez ludzi, a ludzie się mylą.",
                 "Recenze píší lidé a lidé se mýlí."):
        assert not own_views_disclaimer(line), line
