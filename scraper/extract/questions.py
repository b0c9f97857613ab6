"""Whether a line asks: its question mark, in the scripts that have their own.

Latin "?", Arabic and Persian "؟", full-width "？", Ethiopic "፧" end a question; Armenian sets its "՞" inside the line,
over the word asked about; Greek ends one with its erotimatiko ";" (U+037E,
which text mostly carries as the ASCII semicolon it decomposes to). A semicolon closes a question only after Greek
letters (and the closing quote or bracket of a title: «…»;), never in a Latin, Cyrillic or other line, where it
joins clauses.
"""

from __future__ import annotations

import re

QUESTION_END = ("?", "؟", "？", "፧")  # (and Ethiopic's "፧")
_ARMENIAN_STOP = re.compile(r"[։:.!?]\s+")  # (Armenian's full stop "։", often typed as a colon)
_GREEK_ASKS = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff][\s»”\"'’)\]]*[;\u037e]$")


def asks(line: str) -> bool:
    """The line (markdown bold marks aside) ends with a question mark of its script, or holds Armenian's (the
    harcakan nshan "՞", set over the stressed vowel of the word asked about, inside the line: "Ինչո՞ւ եք գրում")."""
    end = line.rstrip().rstrip("*_").rstrip()
    return end.endswith(QUESTION_END) or (end.endswith((";", "\u037e")) and _GREEK_ASKS.search(end) is not None) \
        or "\u055e" in _ARMENIAN_STOP.split(end.rstrip("։:. "))[-1]  # (its last sentence asks: an answer may ask too)
