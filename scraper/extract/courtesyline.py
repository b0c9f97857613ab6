"""A source line under a reprinted review: "Courtesy: <publication>", its label the word for courtesy in the page's
language, then the publication's name alone.

Papers and blogs that reprint a review from a magazine or a weekend supplement credit it in one short line after the
text, labelled by the word the press of the language uses for a source credit ("Courtesy:", ur "بشکریہ:", hi/mr
"साभार:", hi "सौजन्य:", bn "সৌজন্যে:", gu "સૌજન્ય:", te "సౌజన్యం:", kn "ಕೃಪೆ:", ml "കടപ്പാട്:", he "באדיבות:",
es/pt "Cortesía:"/"Cortesia:"). Its shape, read by ``edges.mark`` among the lines around the review (with
``provenance``'s "first published in …"):

- the line opens on the label, closed by a colon (or "courtesy of" and its colon);
- then a name of one to eight words, no sentence's stop closing it, no score; twelve words in all at most.

A review copy's disclosure ("Review copy courtesy of the publisher") opens on the copy, not the label, and a sentence
after the label ("Courtesy: the publisher sent me this copy.") closes on its stop: both stay.
"""

from __future__ import annotations

import re

from .rating import has_score
from .words import count_words

_LABEL = re.compile(
    r"^\W{0,3}(?:courtesy(?:\s+of)?|بشکریہ|بہ\s+شکریہ|साभार|सौजन्य(?:\s+से)?|সৌজন্যে|সৌজন্য|સૌજન્ય|సౌజన్యం|ಕೃಪೆ|"
    r"കടപ്പാട്|באדיבות|cortes[ií]a(?:\s+de)?)\s*[:：]\s*(?P<name>.+)$", re.I)
_STOP_END = re.compile(r"[.!?。！？۔।][\"'”’»)\]]*\s*$")


def courtesy_line(text: str) -> bool:
    """The line is a source credit: the courtesy label, a colon and a name (module docstring)."""
    found = _LABEL.match(text.strip())
    if found is None or count_words(text) > 12 or has_score(text):
        return False
    name = found.group("name").strip()
    return 1 <= count_words(name) <= 8 and not _STOP_END.search(name)
