"""A score a book "deserves", said in the review's prose: sl "… si zasluži štiri od petih zvezdic …", es "merece cuatro
estrellas", de "verdient vier von fünf Sternen". ratingprose.prose_rating reads it as a first-person sentence's score,
but only when the sentence holds no first-person cue of its own (so "it deserves five, but I give it three" keeps the
given score) and the score follows the verb right away, at most one short word between them (a reflexive or a
preposition: sl/cs "si", pl "na", nl "een"): "deserves more than three stars" is no score, and a negation before the
verb ("doesn't deserve", "ne zasluži", "nicht verdient") says it is not the score.
"""

from __future__ import annotations

import re

# the verb, in its present and conditional (third person), per language
_DESERVE = (
    r"deserves?|merits?|earns?|(?:se\s+)?merece|(?:se\s+)?merecería|mereceria|mereix|mérite|mériterait|merita|meriterebbe|merită|"  # en es pt gl ca fr it ro
    r"verdient|verdéngt|zou\s+verdienen|förtjänar|fortjener|fortener|ansaitsee|ansaitsisi|väärib|verðskuldar|"  # de nl lb sv da/nb fi et is
    r"zasługuje|zasłużyła|zasłużył|zaslouží|zasloužila?|zaslúži|zaslúžila?|zasluži|zaslužila?|zaslužuje|заслуживает|заслуговує|"  # pl cs sk sl hr ru uk
    r"заслужава|заслужује|megérdemel|megérdemli|nusipelno|nusipelnė|pelnījusi|pelnījis|pelna|hak\s+ediyor|layak\s+(?:mendapat|mendapatkan|dapat)|αξίζει"  # bg sr hu lt lv tr id el
)
_CUE = re.compile(rf"(?<![\w'’])(?:{_DESERVE})(?!\w)\s+(?:[^\W\d_]{{1,3}}\s+)?", re.IGNORECASE)
_NOT = re.compile(r"(?<!\w)(?:not|never|no|nicht|nie|ne|не|non|pas|não|niet|inte|ikke|ei|nem|nu|δεν)\s+(?:\S+\s+)?$|n['’]t\s+$", re.IGNORECASE)
_GUARD = re.compile(r"(?:erv|eri|ert|erec|erei|érit|rit|dien|déng|tjän|tjen|ansaits|väär|skuld|służ|slouž|slúž|služ|служ|érdem|pelni|pelnī|pelna|hak|layak|αξίζ)", re.IGNORECASE)


def deserve_cues(sentence: str, starts: list[int]) -> list[re.Match]:
    """The "deserves" cues of the sentence a found score (its start in `starts`) follows right away, not negated."""
    if not starts or not _GUARD.search(sentence):
        return []
    return [m for m in _CUE.finditer(sentence) if m.end() in starts and not _NOT.search(sentence, 0, m.start())]
