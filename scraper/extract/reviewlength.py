"""How long a post is, for the classifier's "too short for a review" gates, in English words' worth.

The gates (a named book, no rating, fewer than 120 words: a notice, not a review; a post whose book was not found,
under 100 words: too short to judge) were set on English. Korean writes spaces between words too, but a Korean word
(eojeol) is a stem with its particles and endings glued on: "편지로만" is "only by letter", "이어지는" "that goes on".
A Korean text has about two thirds as many space-separated words as its English translation, so a short newspaper
review of 90 words under its book card is one of some 140 English words, and is measured so. The Dravidian languages
glue as much on: Tamil, Telugu and Kannada write about two thirds as many words as English, Malayalam (which also
joins whole phrases into one word, "വായിച്ചുകഴിഞ്ഞാൽ", "once one has finished reading") about half. Sinhala, their
neighbour, glues its case endings and postpositions on as Tamil does ("පිටුවට", "to the page"; "කියවන්නට", "to
read"): two thirds too. (Chinese,
Japanese and Thai are counted by their letters already: words.count_words.)

A headline that labels the post a review before the book it names ("Review: A, T", "Recenzija. A „T“", "Rezension: T
von A") says what a short text is: a capsule review, under the gate's words or not (``labelled_review``).
"""

from __future__ import annotations

import re

from .words import count_words

# a word holding a letter of the script, and the English words one such word is worth, on average: Korean (Hangul
# syllables), Tamil, Telugu, Kannada, Malayalam
_GLUED = (
    (re.compile(r"[\uac00-\ud7af]"), re.compile(r"\S*[\uac00-\ud7af]\S*"), 1.5),
    (re.compile(r"[\u0b80-\u0bff\u0c00-\u0cff\u0d80-\u0dff]"), re.compile(r"\S*[\u0b80-\u0bff\u0c00-\u0cff\u0d80-\u0dff]\S*"), 1.5),
    (re.compile(r"[\u0d00-\u0d7f]"), re.compile(r"\S*[\u0d00-\u0d7f]\S*"), 2.0),
)


def english_words(lines: tuple[str, ...] | list[str], words: int) -> int:
    """`words` (count_words of the post's lines) in English words' worth: a post mostly in Korean, Tamil, Telugu,
    Kannada or Sinhala counts each of its words as one and a half, one mostly in Malayalam as two."""
    text = "\n".join(lines)
    if not words or text.isascii():
        return words
    for script, word, worth in _GLUED:
        if script.search(text):
            if len(word.findall(text)) * 2 < count_words(text):  # (mostly another language: a title quoted in an English post)
                continue
            return round(words * worth)
    return words


def labelled_review(ev) -> bool:
    """The book was read from the post's headline, which opens on a review label closed by its stop, colon, dash or
    bracket ("Review: …", "Recenzija. …", "[Review] …"; book.REVIEW_PREFIX, not a bare "Review of the year")."""
    if ev.book_source == "caption":  # (the lead picture's caption, the book's record with its house: bookleadcaption)
        return True
    if ev.book_source != "title" or not ev.title:
        return False
    from .book import REVIEW_PREFIX  # (late: book reads the modules classify reads)
    label = REVIEW_PREFIX.match(ev.title)
    return label is not None and _LABEL_END.search(label.group()) is not None


_LABEL_END = re.compile(r"[:\-–—|.\])]\s*$")
