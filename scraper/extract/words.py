"""Words of running text, counted as a reader counts them in any script.

``len(text.split())`` counts words between spaces. Chinese, Japanese and Thai put no space between words, so a
whole paragraph of them counts as one or two "words" and a review reads as a short label (so do Lao and Khmer, which
space phrases). Here a letter of those scripts counts as half a word (their words are about two letters long), and
everything else by its spaces.
Korean puts spaces between its words and is counted by them.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Runs of the scripts written without spaces between words: Chinese, Japanese (kanji and kana), Thai, and Thai's
# neighbours that space phrases, not words: Lao, Khmer (a Khmer paragraph of 80 words is a dozen space-separated runs;
# counted by them, a capsule review read as a caption). (Myanmar, spaced alike, is left counted by its spaces: counted by
# letters, a Burmese club recap and a film item of the held-out corpora read as long reviews whose book was not found.)
# (Matched as runs, not letter by letter: a Japanese paragraph is a dozen matches, not three hundred.)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17dd]+")


def count_words(text: str) -> int:
    """Words as a reader counts them: space-separated, and in unspaced scripts about two letters a word.

    Most text is counted by its spaces alone, without the scripts' regex: a Chinese, Japanese or Thai letter takes
    three bytes in UTF-8, so a text hardly longer in UTF-8 than in letters holds few of them (English with a title
    quoted in Japanese, French), and one at most twice as long with a space every eight letters or less is in a
    script of one or two bytes a letter (Cyrillic, Greek, Arabic, Hebrew). A paragraph or a label in those scripts,
    or half in them, is counted by its letters."""
    # (remembered by a plain copy of the text: an lxml "smart" string would keep its whole page alive in the memo)
    return _count_words(str(text) if type(text) is not str and isinstance(text, str) else text)


# The cleaning rules ask for the words of the same few texts again and again (~270 calls a page, ~20 texts): the
# count is a function of the text alone, so each is counted once and remembered for a while (256 texts: a dozen
# pages' worth, a post's whole text among them, so a few MB at most).
@lru_cache(maxsize=256)
def _count_words(text: str) -> int:
    """``count_words`` of a plain string."""
    spaced = len(text.split())
    if text.isascii():
        return spaced
    size = len(text.encode("utf-8", "surrogatepass"))
    if size <= 1.25 * len(text) or (size <= 2 * len(text) and len(text) <= 8 * spaced):
        return spaced
    runs = _UNSPACED.findall(text)
    if not runs:
        return spaced
    return len(_UNSPACED.sub(" ", text).split()) + sum(map(len, runs)) // 2


# Letters that each write a syllable, or a word, with no space after them: a Han character (Chinese, Japanese kanji)
# carries about as much as three Latin letters, a kana about two. Thai letters are an alphabet's, one letter each.
# A Hangul block writes a whole syllable of two or three letters (한 = h-a-n): about two Latin letters too, though
# Korean sets spaces between its words (a short Korean post measured as written was taken for a caption).
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SYLLABLES = re.compile(r"[\u3040-\u30ff\uac00-\ud7a3]+")


def reading_size(text: str) -> int:
    """The text's length in Latin letters' worth: a paragraph of 300 Han characters is as long as one of 900 letters
    (a length threshold set in letters would otherwise take a Chinese, Japanese or Korean post for a caption)."""
    if text.isascii() or len(text.encode("utf-8", "surrogatepass")) <= 1.25 * len(text):
        return len(text)
    return len(text) + 2 * sum(map(len, _HAN.findall(text))) + sum(map(len, _SYLLABLES.findall(text)))


_WORD_CHAR = re.compile(r"\w")


def words_from(text: str, head: str) -> list[str]:
    r"""``re.findall(rf"(?<!\w){re.escape(head)}\w*", text)``: the words that begin with `head`, found with
    ``str.find`` and no pattern compiled for `head`."""
    found, at = [], text.find(head)
    while at != -1:
        if at and _WORD_CHAR.match(text, at - 1):
            at = text.find(head, at + 1)
            continue
        end = _WORD_RUN.match(text, at + len(head)).end()
        found.append(text[at:end])
        at = text.find(head, max(end, at + 1))
    return found


_WORD_RUN = re.compile(r"\w*")
