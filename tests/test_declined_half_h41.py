"""A headline "A – B" whose halves both look like names, and whose text says both last words alone (the title's noun is
an everyday word): the title is the half the text names whole with its leading adjective declined and its noun as it
is ("am Stillen Wasser", "im Dunklen Wald"), the person the other half, never named whole nor by its first word
(``bookdeclinedhalf``, asked by ``bookheadline._more_a_person``). German here; English does not decline, so its titles are
read as before.

Near misses: the person named whole in the text, the person's first name said alone, the title named as written, the
title's noun declined too, an English headline.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookdeclinedhalf import declined_title


def _book(headline: str, text: str, language: str = "de"):
    found = from_title(headline, Context(text, (), language))
    return (found.title, found.author) if found else None


_DE = ("Die Familie lebt seit Generationen am Stillen Wasser, und keiner will weg. Albers erzählt das ohne Pathos. "
       "Wer einmal am Wasser gewohnt hat, versteht die Leute.")
_DE_WALD = ("Ein Förster verschwindet im Dunklen Wald, und das Dorf schweigt. Brandt baut die Spannung langsam auf. "
            "Am Ende geht man selbst nicht mehr gern in den Wald.")


def test_author_first_with_a_declined_title():
    assert _book("Henrike Albers - Stilles Wasser", _DE) == ("Stilles Wasser", "Henrike Albers")
    assert _book("Jonas Brandt – Dunkler Wald", _DE_WALD) == ("Dunkler Wald", "Jonas Brandt")


def test_title_first_stays():
    assert _book("Stilles Wasser - Henrike Albers", _DE) == ("Stilles Wasser", "Henrike Albers")


def test_near_misses():
    # the person named whole: no telling by this sign
    assert not declined_title("Henrike Albers", "Stilles Wasser", Context(_DE + " Henrike Albers lebt in Kiel."))
    # the person's first name said alone (a character, not the author)
    assert not declined_title("Henrike Albers", "Stilles Wasser", Context(_DE + " Henrike ist die Heldin."))
    # the title named as written: the surname count decides, as before
    assert not declined_title("Henrike Albers", "Stilles Wasser", Context(_DE + " Stilles Wasser ist ihr Debüt."))
    # the title's noun declined too: no adjective before an unchanged noun
    assert not declined_title("Henrike Albers", "Stilles Wasser", Context("Die Ruhe des Stillen Wassers. Albers erzählt. Das Wasser."))
    # English does not decline: nothing to read
    assert not declined_title("Mara Quill", "Salt Orchard", Context("Quill writes of the salt orchard. The Orchard is old."))
