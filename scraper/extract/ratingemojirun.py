"""A drawn score with no label: a row of one pictograph repeated, alone on its line, right after the review's prose
("🥄🥄🥄🥄", "🪶🪶🪶🪶🪶"), as a blog that rates in its own emblem closes a review. Any pictograph will do (the
blog's emblem is its own choice: a spoon, a feather, a cup); where it sits says it is a score:

- the line holds the row alone (a row inside a sentence, a heading's or a sign-off's, is decoration);
- a paragraph of the review's prose comes right before it and none after it (a row between paragraphs is a divider);
- two to five of it, out of five (a row longer than five is a divider or an exclamation);
- not a mood or a cheer: a face, a hand's gesture, a festival's or a party's thing, a sparkle or a burst ("😍😍😍",
  "👏👏👏", "🎉🎉🎉", "✨✨✨" close an announcement or a sign-off as often as a review: no unit a score counts in), nor a
  face's kin, the broken heart and the skull ("💔💔💔", "💀💀💀": how the ending left the reader, no unit either);
- the last line: a row with a line after it (a sign-off, "Until next time!", "— Mara") is the divider that sets the
  sign-off apart from the verdict, not a score.

rating.find_rating asks it last, when nothing else on the page is a score.
"""

from __future__ import annotations

import re

from .ratingglyphs import EMOJI_RUN
from .words import count_words

# the faces and gestures of Unicode's Emoticons block, the Supplemental Symbols and Pictographs block's faces and hands,
# the hands of Miscellaneous Symbols and Pictographs, its festival things (🎀 to 🎓), the burst 💥, the sparkles ✨, the
# broken heart 💔 and the skulls 💀 ☠
_FACE = re.compile("[\U0001F600-\U0001F64F\U0001F90C-\U0001F92F\U0001F970-\U0001F97A\U0001F9D0\U0001F446-\U0001F450"
                   "\U0001F380-\U0001F393\U0001F4A5\u2728\U0001F494\U0001F480\u2620]")
_PROSE = 8  # words in a line of the review's prose


def closing_run(lines: list[str]) -> tuple[str, float] | None:
    """(raw, value) of the one row of a repeated pictograph that closes the review's prose, or None."""
    texts = [line.strip().strip("*_ ") for line in lines]
    texts = [t for t in texts if t]
    for i, text in enumerate(texts):
        run = EMOJI_RUN.fullmatch(text) if not text.isascii() else None
        if run is None or run.group("scale") or run.group("hollow") or _FACE.match(text):
            continue
        count = text.count(run.group("e"))
        if not 2 <= count <= 5 or i == 0 or count_words(texts[i - 1]) < _PROSE:
            continue
        if texts[i + 1:]:
            return None  # (a divider: the review's prose or its sign-off after it)
        return text, round(count / 5, 3)
    return None


def drawn_row(rating, lines: list[str]) -> bool:
    """The page's score is the row `closing_run` reads and no more (no label, no scale): a short review's score, and no
    answer to a page whose lead or title announces (a house's "We are delighted to announce …" closing on "📚📚📚")."""
    run = closing_run(lines)
    return run is not None and run[0] == rating.raw
