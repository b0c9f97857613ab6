"""Round 26: the readers' average over a reader's review with its count bare after it, no brackets ("4,3 z 5 12
hodnocení", "4,2 von 5 · 37 Bewertungen"): a shop's row. Only an average with a decimal is read so; the reviewer's own
whole score with words after it, or a decimal score with a sentence after it, stays."""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

CS = ["Tuhle knihu jsem si koupila na doporučení kamarádky a přečetla ji za dva večery. Příběh starého převozníka, "
      "který celý život vozí lidi přes řeku a nikdy nepřejede sám, je tichý, ale silný.",
      "Trochu mi vadilo, že prostřední část se táhne, ale závěr to vynahradí. Doporučuji všem, kdo mají rádi pomalé knihy."]
DE = ["Ich habe das Buch auf Empfehlung einer Freundin gekauft und in zwei Abenden gelesen. Die Geschichte des alten "
      "Fährmanns, der sein Leben lang Leute über den Fluss bringt, ist leise, aber stark.",
      "Der Mittelteil zieht sich ein wenig, doch das Ende entschädigt für alles. Für alle, die ruhige Bücher mögen."]


@pytest.mark.parametrize("row, review", [
    ("<div class='avg'><span>4,3</span> z 5 <span>12 hodnocení</span></div>", CS),
    ("<div class='avg'><span>4,2 von 5</span> · <span>37 Bewertungen</span></div>", DE),
])
def test_a_bare_count_after_a_decimal_average_goes(row, review):
    text, rules = cleaned(row + paras(*review), "shop.example")
    assert "readers' average" in rules, rules
    assert all(p in text for p in review) and "hodnocení" not in text and "Bewertungen" not in text


@pytest.mark.parametrize("row, review", [
    ("<p>Hodnocení: 4 z 5 3 hvězdy</p>", CS),  # a whole score: the reviewer's
    ("<p>Meine Wertung: 4,5 von 5, mehr geht kaum</p>", DE),  # a decimal score and a sentence after it
])
def test_the_reviewers_own_score_stays(row, review):
    text, rules = cleaned(row + paras(*review), "shop.example")
    assert "readers' average" not in rules, rules
