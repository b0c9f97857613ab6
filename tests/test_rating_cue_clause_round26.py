"""scraper.extract.ratingprose, round 26: of two scores or more in a sentence, the one a first-person cue introduces in
its own clause is the reviewer's, even when another's score stands a character nearer the cue across a comma: en "My
husband would give it 2/5, but for me it is a 4/5", fr "Mon mari lui donnerait 2/5, pour moi c'est 4/5", de "Mein Mann
gibt ihm 2/5, aber für mich ist es eine 4/5". Near misses (as before): a site's score before the cue ("Goodreads says
4.2/5, but I'd give it 3/5"), the cue's own comma ("Para mí, 4/5; para mi hermana, 2/5"), a bare score elided after
the cue ("Auf Goodreads hat es 4,3 Sterne, von mir gibt es drei."), one score alone.
"""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

OPENING = "An opening paragraph about the plot, long enough to be a line of its own."
CLOSING = "A closing line about the translation and the cover of this edition."


@pytest.mark.parametrize(
    "line,value",
    [
        ("My husband would give it 2/5, but for me it is a 4/5.", 0.8),
        ("Mon mari lui donnerait 2/5, pour moi c'est 4/5.", 0.8),
        ("Mein Mann gibt ihm 2/5, aber für mich ist es eine 4/5.", 0.8),
        ("I'd give it 4/5, though Goodreads says 3.9/5.", 0.8),
        ("Goodreads says 4.2/5, but I'd give it 3/5.", 0.6),
        ("Para mí, 4/5; para mi hermana, 2/5.", 0.8),
        ("Auf Goodreads hat es 4,3 Sterne, von mir gibt es drei.", 0.6),
        ("All in all, for me a 3/5.", 0.6),
    ],
)
def test_the_score_the_cue_introduces(line, value):
    assert find_rating([OPENING, line, CLOSING]).value == value
