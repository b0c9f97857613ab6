"""Which half of "A – B" is the person when both look like names and the text calls both last words alone.

A forum or blog headline "Dörte Hansen – Altes Land" may put the author first or last. ``bookheadline._more_a_person`` tells
them apart when only one half's last word is said alone. A title of an adjective and a noun is said alone too when
its noun is an everyday word ("aufs Land"), so that check cannot decide. One more sign does: a title is named whole in
the text with its leading word in another case ending and its last word unchanged ("im Alten Land", "des Stillen
Hauses" is not: the last word changes too), as German, Dutch and the Scandinavian languages decline an adjective
before a noun; a given name is never declined so while the surname stays. The person's half is then the other one,
provided the text never names it whole nor says its first word alone.
"""

from __future__ import annotations

import re


def declined_title(person: str, title: str, context) -> bool:
    """`title` is named whole only with a leading word declined, `person` never named whole nor by its first word."""
    words = title.split()
    if len(words) < 2 or context.mentions(title) or context.mentions(person) or context.mentions(person.split()[0]):
        return False
    stems = [re.sub(r"(?:e[nrsm]?|[nrsm])$", "", w) for w in words[:-1]]
    if any(len(s) < 3 or not s.isalpha() for s in stems):
        return False
    lead = r"\s+".join(rf"{re.escape(s)}\w{{0,3}}" for s in stems)
    found = re.findall(rf"(?<!\w){lead}\s+{re.escape(words[-1])}(?!\w)", context.text)
    return any(" ".join(f.split()) != title for f in found)
