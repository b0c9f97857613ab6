"""Text folded the way ``re.IGNORECASE`` compares it, for cheap tests that rule a pattern out before it runs.

A case-insensitive pattern over a long line costs far more than ``word in text``. So the rating and note rules first
look, with ``in``, for a piece of text that every match of the pattern must hold (a label word's stem, a number
word); only when it is there does the pattern run. For that test to never miss, the text and the pieces are folded
so that two characters ``re.IGNORECASE`` holds equal fold to the same one:

- ``re`` compares the simple lowercase of each character; ``str.lower()`` gives the same but for "İ" (which it
  lowercases to two characters: "i" and a combining dot) and a final "Σ" (to "ς"), both covered below;
- ``re`` also holds equal a few letters that lowercase keeps apart (its ``re/_casefix.py``, from Unicode's case
  folding): each such group folds to one of its members. The combining iota (U+0345) is the one member that is no
  word character, so its group folds to it: folding never joins two words into one.

Folding keeps the length, keeps digits and never makes a word character of one that is not
(tests/test_casefold.py checks every code point against ``re``).
"""

from __future__ import annotations

import re

# Groups of letters re.IGNORECASE holds equal beyond their lowercase (Python 3.11's re/_casefix.py), the first
# of each group being the one they fold to.
_EQUAL = (
    "iı", "sſ", "μµ", "\u0345ι\u1fbe", "ΐ\u1fd3", "ΰ\u1fe3", "βϐ", "εϵ", "θϑ", "κϰ", "πϖ", "ρϱ", "σς", "φϕ",
    "в\u1c80", "д\u1c81", "о\u1c82", "с\u1c83", "т\u1c84\u1c85", "ъ\u1c86", "ѣ\u1c87", "ꙋ\u1c88", "ṡẛ", "ﬆﬅ",
)
_TABLE = str.maketrans({other: group[0] for group in _EQUAL for other in group[1:]})
_UNUSUAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")


def fold(text: str) -> str:
    """`text` lowercased as re.IGNORECASE reads it: a character of a pattern matches a character of the text
    case-insensitively only when both fold to the same character."""
    if "İ" in text:
        text = text.replace("İ", "i")
    low = text.lower()
    return low.translate(_TABLE) if _UNUSUAL.search(low) else low


def stems(alternatives: str) -> tuple[str, ...]:
    """For a regex alternation of words (``ratings?|valoraci[oó]n|puan(?:ım)?|(?:मेरी\\s+)?रेटिंग``), a piece of
    plain text that every match of each alternative holds (its longest run of plain letters outside optional parts:
    ``rating``, ``valoraci``, ``puan``, ``रेटिंग``), folded; a piece that holds another is left out."""
    pieces = set()
    depth, start = 0, 0
    parts = []
    for at, char in enumerate(alternatives + "|"):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(alternatives[start:at])
            start = at + 1
    for part in parts:
        required = re.sub(r"\(\?:[^()]*\)\?|[^\\]\?", "", part)  # optional groups and letters out
        piece = max(re.split(r"\[[^\]]*\]|\\[sSwWdDb][+*?]?|[()?*+|.^$\\{}]", required), key=len)
        if not piece.strip() or piece != piece.strip():
            raise ValueError(f"no plain text that every match of {part!r} holds")
        pieces.add(fold(piece))
    return tuple(sorted(p for p in pieces if not any(q != p and q in p for q in pieces)))
