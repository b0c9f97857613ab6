"""A book that 'got' something is no copy the writer got (scraper.extract.notes._disclosure_in).

The Nordic verbs of getting (sv "fick"/"fått", da "fik", nb/nn "fikk"/"fekk") are one of the ways notes.py's sentence
rule reads a free copy arriving ("Jag fick boken av förlaget"), but they say as often that a book or an edition got
something: "Den nya utgåvan har fått ett efterord", "Romanen fikk en ny omslag", "Bogen fik en pris". When getting is the
sentence's only sign of a copy arriving, the getter must be the writer (a first-person word: sv jag/vi/mig/mej/oss,
da/nb jeg/vi/mig/meg/os/oss, nn eg/me/oss; or "my copy": min/mitt/mina/mine/mit) or the giver must be named (the
publisher, its house: "förlaget", "forlaget", "utgivaren"): an edition that got an afterword, a novel that got a prize
or a cover, gave the writer nothing. Other arrivals ("received", "skickad", "tack") are read as before.
"""

from __future__ import annotations

import re

# the Nordic verbs of getting in copywords.ARRIVED (fick, fått, fik, fikk; nn fekk)
_GOT = re.compile(r"\b(?:fick|fått|fik|fikk|fekk)\b", re.I)
# the getter as the writer, or the giver named
_BY_WRITER = re.compile(r"\b(?:jag|jeg|eg|vi|me|mig|mej|meg|oss|os|min|mitt|mina|mit|mine|"
                        r"förlag\w*|forlag\w*|utgivar\w*|udgiver\w*|utgjevar\w*)\b", re.I)


def arrived(pattern: re.Pattern, sentence: str) -> bool:
    """Whether `pattern` (copywords.ARRIVED) finds a copy's arrival in `sentence`: a getting verb alone counts only
    when the writer got it or the giver is named."""
    for found in pattern.finditer(sentence):
        if not _GOT.fullmatch(found.group(0)) or _BY_WRITER.search(sentence):
            return True
    return False
