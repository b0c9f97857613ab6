"""Words of running text, counted as a reader counts them in any script.

``len(text.split())`` counts words between spaces. Chinese, Japanese and Thai put no space between words, so a
whole paragraph of them counts as one or two "words" and a review reads as a short label. Here a letter of those
scripts counts as half a word (their words are about two letters long), and everything else by its spaces.
Korean puts spaces between its words and is counted by them.
"""

from __future__ import annotations

import re

# Scripts written without spaces between words: Chinese, Japanese (kanji and kana), Thai.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")


def count_words(text: str) -> int:
    """Words as a reader counts them: space-separated, and in unspaced scripts about two letters a word."""
    if text.isascii():  # (most text asked about: no regex)
        return len(text.split())
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    return len(_UNSPACED.sub(" ", text).split()) + unspaced // 2
