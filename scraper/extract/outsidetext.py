"""The theme's line after the post's text box: a one-sentence line the template sets after the box of the writer's text.

A blog's template writes the post into a box of its own inside the article ("<article><h1>…</h1><div class=text>…
</div><p class=contact>Write to me …</p></article>"): what the writer types goes into that box; a line the template
adds after it, beside the box inside the article, is the site's standing line on every post (an invitation to write,
a line about the blog), whatever its words and language. Its shape:

- the body holds one box of the text (a div or section child of the body, with a class as a template's box has, with
  three blocks of text or more and three quarters of the body's words, the post's headline before it beside it: the
  article, not the content area an editor's block sits in), and the line is the body's last block of text, after that
  box, its sibling;
- one short sentence (four to twenty words, one stop, at its end), a plain paragraph: no link, no figure, no label's
  colon, no score, no note of the review (a free copy, a content warning: ``notes.sentence_note``).

A line inside the text box (the reviewer's "I wrote to the author by e-mail.") is the review's; a score, a record's
field or a disclosure the engine sets after the box (a plugin's rating line, a Drupal field) stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import NOT_LINES, text_of
from .notes import sentence_note
from .rating import has_score
from .words import count_words

RULE = "the theme's line after the text's box"
_STOP = re.compile(r"[.!?。！？]")


def _text_box(body: HtmlElement, words: int) -> HtmlElement | None:
    """The body's child that holds the post's text: three blocks of text or more, three quarters of the body's words,
    and a class, as a template's box has (``div.text``); a bare ``<div>`` is the writer's own, from the editor, and a
    line after it is theirs too (tests/test_siteplea_s30.py)."""
    for child in body:
        if isinstance(child.tag, str) and child.tag in ("div", "section") and child.get("class") \
                and len([b for b in child if isinstance(b.tag, str) and text_of(b)]) >= 3 \
                and count_words(text_of(child)) >= 0.75 * words and _headed(child):
            return child
    return None


def _headed(box: HtmlElement) -> bool:
    """The box follows the post's headline beside it (an ``<h1>``, a heading classed as the title, a ``<header>``): the
    template's article; a box inside the content area, the headline outside it (an editor's group or column block,
    ``div.wp-block-group``), is the writer's, and a line after it theirs too."""
    for before in box.itersiblings(preceding=True):
        if isinstance(before.tag, str) and (before.tag in ("h1", "header", "hgroup") or before.tag in ("h2", "h3")
                                            and "title" in (before.get("class") or "").lower()):
            return True
    return False


def _standing_line(block: HtmlElement) -> bool:
    text = text_of(block)
    if block.tag not in ("p", "div") or block.tag in NOT_LINES or len(block) and any(
            isinstance(e.tag, str) and e.tag not in ("em", "i", "b", "strong", "span", "br") for e in block.iterdescendants()):
        return False
    stops = _STOP.findall(text)
    return 4 <= count_words(text) <= 20 and len(stops) == 1 and _STOP.search(text.rstrip()[-1:]) is not None \
        and not re.search(r"\d|[:：]", text) and not has_score(text) and not sentence_note(text)


def drop_line_after_text_box(body: HtmlElement, report) -> None:
    """The one line after the box of the post's text, the body's last, that is the template's (module docstring)."""
    words = count_words(text_of(body))
    box = _text_box(body, words) if words >= 40 else None
    if box is None:
        return
    after = [s for s in box.itersiblings() if isinstance(s.tag, str) and text_of(s)]
    if len(after) == 1 and _standing_line(after[0]):
        report.add(RULE, after[0])
        tail, parent = after[0].tail, after[0].getparent()
        previous = after[0].getprevious()
        if tail and tail.strip() and previous is not None:
            previous.tail = (previous.tail or "") + tail
        parent.remove(after[0])
