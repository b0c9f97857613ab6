"""A free copy said to come from the house, without a verb of receiving: "A copy came to us from the publisher's
school programme, free.", "Das Exemplar kam vom Verlag, kostenlos.". ``notes.disclosure_in`` reads a disclosure as a
copy word with an arrival (received, sent, thanks …), or a getting verb with "free" (``FREE_GIVEN``); a copy that
"came" or "arrived" names neither. Three things in one sentence tell it: a copy that the sentence opens on, as a note does ("A copy …", "Our copy …";
not "I bought my copy, and the free tote came from the publisher's stall") (the bare word, in the languages
``copywords.COPY`` names its qualified forms in), its source the publisher (the house's word after "from"), and the
copy said to be free (``copywords.FREE``, set off as its own part: ", free.", ", free of charge", "for free"; not
"with free shipping"); the caller asks for the writer's voice (``FIRST_PERSON``) and that the
copy is no one else's (``not_mine``: a giveaway, a library's).
"""

from __future__ import annotations

import re

from .copywords import FREE

_BARE_COPY = re.compile(r"(?<!\w)(?:cop(?:y|ies)|exemplar\w*|ejemplar\w*|exemplaire\w*|esemplar\w*|copias?|cópias?|"
                        r"egzemplarz\w*|výtisk\w*|eksemplar\w*)(?!\w)", re.I)
# the publisher as the copy's source: "from the publisher('s …)", de "vom Verlag", fr "de l'éditeur"/"de la maison
# d'édition", es/pt "de la editorial"/"da editora", it "dall'editore"/"dalla casa editrice", nl "van de uitgever(ij)"
_FROM_HOUSE = re.compile(
    r"(?<!\w)(?:(?:from|by)\s+(?:the|my|our|its)\s+publishers?|vom\s+Verlag|de\s+l['’]\s?[ée]diteur|"
    r"de\s+la\s+maison\s+d['’]\s?[ée]dition|de\s+la\s+editorial|da\s+editora|dall['’]\s?editore|"
    r"dalla\s+casa\s+editrice|van\s+de\s+uitgever\w*)(?!\w)", re.I)

# the copy said to be free as a part of its own, set off or closing a clause ("…, free of charge.", "…, kostenlos.", "for
# free"), not free qualifying another thing ("with free shipping", "delivery was free", "free to any school")
_FREE_APART = re.compile(rf"(?:[,;:(–—]\s*|(?<!\w)for\s+)(?:{FREE.pattern})(?:\s+of\s+charge)?\s*(?:[.,;:!)–—]|$)",
                         re.I)


def free_from_house(sentence: str) -> bool:
    """`sentence` opens on a copy (its first three words), names the publisher as its source and says free."""
    opening = " ".join(re.sub(r"^[\W_]+", "", sentence).split()[:3])
    return bool(_BARE_COPY.search(opening) and _FROM_HOUSE.search(sentence) and _FREE_APART.search(sentence))
