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
    """Words as a reader counts them: space-separated, and in unspaced scripts about two letters a word.

    Text rich in spaces (a word every eight characters or less: English, Korean, most of what is asked) is counted
    by its spaces alone, without the script's regex: a few words of another script in it change no decision."""
    spaced = len(text.split())
    if text.isascii() or len(text) <= 8 * spaced:
        return spaced
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return spaced
    return len(_UNSPACED.sub(" ", text).split()) + unspaced // 2
