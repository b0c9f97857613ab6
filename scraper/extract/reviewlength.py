"""How long a post is, for the classifier's "too short for a review" gate, in English words' worth.

The gate (a named book, no rating, fewer than 120 words: a notice, not a review) was set on English. Korean writes
spaces between words too, but a Korean word (eojeol) is a stem with its particles and endings glued on: "편지로만"
is "only by letter", "이어지는" "that goes on". A Korean text has about two thirds as many space-separated words
as its English translation, so a short newspaper review of 90 words under its book card is one of some 140 English
words, and is measured so. (Chinese, Japanese and Thai are counted by their letters already: words.count_words.)
"""

from __future__ import annotations

import re

from .words import count_words

# a word holding a Hangul syllable
_HANGUL_WORD = re.compile(r"\S*[\uac00-\ud7af]\S*")
# English words a Korean word is worth, on average
_KOREAN_WORD = 1.5


def english_words(lines: tuple[str, ...] | list[str], words: int) -> int:
    """`words` (count_words of the post's lines) in English words' worth: a post mostly in Korean counts each of
    its words as one and a half."""
    text = "\n".join(lines)
    if not words or not re.search(r"[\uac00-\ud7af]", text):
        return words
    hangul = len(_HANGUL_WORD.findall(text))
    if hangul * 2 < count_words(text):  # (mostly another language: a Korean title quoted in an English post)
        return words
    return round(words * _KOREAN_WORD)
