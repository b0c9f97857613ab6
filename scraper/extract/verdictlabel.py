"""The reviewer's rating line after a spliced ask, given in words: "Rating, in my own words: a keeper",
"Calificación: imprescindible", "Mein Urteil: lesen!".

``boilerplate.clean_body`` reads a call to action in the second half of a post as its sign-off and takes what follows
with it, unless the review goes on: prose, or the reviewer's score within the next three lines (``rating.has_score``).
A score given in words has no number for ``has_score``, but its line opens on the label a score line opens on
(``rating.LABEL``, the rating and verdict words of many languages) and sets the label off with a colon in its first
words ("Rating, in my own words:"). Such a line is the review's verdict: the review goes on after the ask.

What is no verdict line: a label word with no colon after it ("Ratings and reviews on Goodreads"), a line holding a
link (the site's pointer to its ratings page), a line longer than a verdict (40 words), a line holding a figure (a
score in figures is ``has_score``'s; one it does not read is the readers' widget's: "Rating: 4.3 Votes: 12"), a table
(a vote widget's row).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import links_of, text_of
from .rating import _BARE_SCALE, LABEL
from .words import count_words

_MAX_WORDS = 40
_TABLE = ("table", "tbody", "tr", "td", "th")
_ASIDE = re.compile(r"[,(–—-][^:：.!?;]*[:：]")  # (the aside a label opens, up to its colon)
_COLON_WITHIN = 6  # the label's colon within the line's first words ("Rating, in my own words:")


def verdict_label_line(block: HtmlElement) -> bool:
    """The block is a rating line in words: it opens on a rating label whose colon comes in its first words."""
    text = text_of(block).lstrip("*_ ")
    if not text or block.tag in _TABLE or count_words(text) > _MAX_WORDS or links_of(block) \
            or any(c.isdigit() for c in text) or (label := LABEL.match(text)) is None:
        return False
    word = (label.group("word") or "").lower()
    if word in _BARE_SCALE and label.group(0).split()[0].lower().rstrip(":：") == word:  # (a bare "Note:": a notice)
        return False
    if ":" in label.group(0) or "：" in label.group(0):  # (the colon right after the label)
        return True
    head = " ".join(text[label.end():].split()[:_COLON_WITHIN])
    return bool(_ASIDE.match(head))  # (the label's aside closing on its colon: "Rating, in my own words:")
