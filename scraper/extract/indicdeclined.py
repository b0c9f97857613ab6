"""A name in an Indic script named again with a case ending (bookcaselessname._named_again, for a record line's caseless name).

Tamil, Malayalam, Telugu, Kannada and the Devanagari languages write a consonant with no vowel after it with a
virama (the sign that kills the vowel): Tamil "முருகன்", Malayalam "…ന്", Devanagari "…न्". A case ending that opens
with a vowel takes the virama away and sets a vowel sign in its place: Tamil "முருகனின்" (Murugan's), "முருகனை"
(Murugan, object). So the bare name need not recur letter for letter: its stem (the name without its virama), opening a
word and followed by a vowel sign, is the name again. A name ending in a vowel takes its ending after the whole name,
which str.count already finds ("கல்கி" in "கல்கியின்").
"""

from __future__ import annotations

import re
import unicodedata


def _virama(char: str) -> bool:
    return unicodedata.combining(char) == 9  # (canonical combining class 9: every Indic script's virama)


def _vowel_sign(char: str) -> bool:
    """A dependent vowel sign (no virama, no nukta: class 7 makes another consonant)."""
    return unicodedata.category(char) in ("Mc", "Mn") and unicodedata.combining(char) not in (7, 9)


def declined_count(word: str, text: str) -> int:
    """How often `text` names `word` bare or, where it ends in a virama, with a vowel sign in the virama's place."""
    bare = text.count(word)
    if len(word) < 3 or not _virama(word[-1]):
        return bare
    pattern = re.compile(rf"(?<![^\W\d_])(?<![\u0900-\u0dff]){re.escape(word[:-1])}(?=[\u0900-\u0dff])")
    return bare + sum(1 for m in pattern.finditer(text) if _vowel_sign(text[m.end()]))
