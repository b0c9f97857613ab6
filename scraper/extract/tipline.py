"""A tip line under the review's score: after the short line that closes the review with its rating ("Rating: ★★★½"),
a line led by a pictograph and a short label with its colon, then a whole sentence about where or how to get the book
("📚 At the library: the novel is in most branches, also as an audiobook.", "🎧 Prefer to listen: …"). The blog's
standing furniture, written the same under every post, not the review: the review has closed on its verdict.

``promo.promotion`` takes a pictograph-led sentence late in the post as an aside to the reader but keeps a labelled
one, an info line ("📖 Pages: 320"); ``label_tip`` tells it which labelled ones go. A labelled line before the score
(the reviewer's "💭 Verdict: …") is the review's own; an info line's value is no sentence (fewer than six words, or
no closing stop); a line in the first person ("📚 My tip: I borrowed it from my library …") is the reviewer's voice; and the tip names the
book as the headline does, where a field's value ("🏷️ Genre: …", a content note) describes it.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .adaptrights import FIRST_PERSON
from .nodes import text_of
from .rating import has_score
from .words import count_words

# a label of one to four words and its colon, then the rest of the line
_LABEL = re.compile(r"^\W*(?:\w+\s+){0,3}\w+\s*[:：]\s*")
_SENTENCE_END = re.compile(r"[.!…。！]\W{0,2}$")


def label_tip(block: HtmlElement, text: str) -> bool:
    """The pictograph-led labelled line is a tip after the review's closing score line (see the module docstring)."""
    label = _LABEL.match(text)
    if not label:
        return False
    rest = text[label.end():].strip()
    if count_words(rest) < 6 or not _SENTENCE_END.search(rest) or has_score(text) or FIRST_PERSON.search(text):
        return False
    return _after_score(block) and _names_headline(rest, block)


def _names_headline(rest: str, block: HtmlElement) -> bool:
    """The sentence names the book as the page's headline does: two words in a row of it (7 letters or more) stand in
    the page's title or its first heading ("… Huojuva talo löytyy …" under "Maria Jotuni: Huojuva talo"). A field's
    value under the score ("🏷️ Genre: a slow literary novel …", a content note) describes the book without naming it."""
    root = block.getroottree().getroot()
    headline = " ".join(text_of(h) for h in root.xpath("//title | //h1")[:3]).casefold()
    words = re.findall(r"[^\W\d_]+", rest.casefold())
    return any(len(a + b) >= 7 and f"{a} {b}" in headline for a, b in zip(words, words[1:]))


def _after_score(block: HtmlElement) -> bool:
    """Before the line, after the review's last paragraph (20 words or more), a short line giving the score, with at
    most two short lines between them."""
    scored = False
    for steps, previous in enumerate(block.itersiblings(preceding=True)):
        if not isinstance(previous.tag, str):
            continue
        words = count_words(text_of(previous))
        if words >= 20:
            return scored
        if steps >= 3:
            return False
        scored = scored or (words <= 12 and has_score(text_of(previous)))
    return False
