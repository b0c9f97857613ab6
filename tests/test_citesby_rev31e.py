"""Code review rev31e, in our own words: shortverdict._cites, narrowed after rev31b to a title and an author split by
punctuation only, no longer read "The Overstory by Richard Powers, Norton, 2018" as the closing citation of a short
review. Now, the title first, a by-word may join them ("T by A", "T di A", "T d'A", "T von A"); a caption's verb or
any other word between them still is no record.

Fires: en, it, fr, de, es citations with a by-word, and the name first with punctuation (as before). Near misses: a
verb between ("signing"), a phrase between ("loved by"), a by-word before the title (the name first).
"""

from __future__ import annotations

import pytest

from scraper.extract.shortverdict import closing_citation

PROSE = "The prose is quiet and the ending stays with you for days after the last page."


@pytest.mark.parametrize("line,title,author", [
    ("The Salt Marsh by Ellen Tarrow, Fenwick Press, 2019", "The Salt Marsh", "Ellen Tarrow"),
    ("Il giardino di Lucia Ferrante, Sellerio 2011", "Il giardino", "Lucia Ferrante"),
    ("La Maison d'Adèle Roux, Gallimard, 2003", "La Maison", "Adèle Roux"),
    ("Das Moor von Jonas Berger, Hanser 2016, 240 Seiten", "Das Moor", "Jonas Berger"),
    ("El faro de Marta Quirós, Anagrama, 2020", "El faro", "Marta Quirós"),
    ("Ellen Tarrow, The Salt Marsh, Fenwick Press 2019", "The Salt Marsh", "Ellen Tarrow"),
])
def test_a_citation_with_a_by_word(line, title, author):
    assert closing_citation([PROSE, line], title, author)


@pytest.mark.parametrize("line,title,author", [
    ("Ellen Tarrow signing The Salt Marsh, Fenwick Press 2019", "The Salt Marsh", "Ellen Tarrow"),
    ("The Salt Marsh, loved by Ellen Tarrow, Fenwick Press 2019", "The Salt Marsh", "Ellen Tarrow"),
    ("Ellen Tarrow by The Salt Marsh, Fenwick Press 2019", "The Salt Marsh", "Ellen Tarrow"),
])
def test_other_words_between_are_no_citation(line, title, author):
    assert not closing_citation([PROSE, line], title, author)
