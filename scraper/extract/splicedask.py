"""The post's conditional ask spliced between the review's paragraphs, not after them.

Blog engines and their ad or widget plugins let the blogger put a fixed line in the middle of every post ("▼ If this
post was worth your time, tap the heart below!", "如果觉得这篇文章有用，请点个赞 ↓", "이 글이 도움이 되셨다면 하트
한 번 부탁드려요"). It is the line ``ifhelped.conditional_ask`` reads among the last lines (a condition about the post
itself, an ask of the reader, short, no score, no note of the review), but it stands mid-post, where ``ifhelped`` does
not look. There it is taken only when the page sets it apart from the review's paragraphs:

- it sits alone in a box of its own inside the body (a plugin's or the theme's wrapper: ``promo.own_wrapper``), or
  is typeset as an aside (boxed, shrunk, wholly in italics: ``promo.set_apart``);
- or it opens on a pointing mark (▼ ↓ ⬇ 👇 ☟) that sends the reader to a button below.

The same place holds a subscription or follow ask typeset as a label: its bold lead, the block's first words, is the
bidding itself (``READER_ACTIONS``' subscribe or follow opening it: "**Subscribe to the harbour letter**: one e-mail a
month", "**Abonnez-vous à la lettre**", "**Follow us**: …"), a colon or a dash after it, short (40 words at most), no
score, set apart as above; its note after the label is brief (under a dozen words) or carries the link, form or button
to act on; a sentence after a bold lead with neither is a section of the review ("**Follow along**: the map at the
front of the book …", mend5). A story's title in bold ("**Subscribe to Silence** is the second story") has no colon after
it; a bold lead in the review's own flow is not set apart; nor is a label in a review written in labelled sections
(another paragraph of it, of prose length, opening on a bold label: "**L'intrigue** : …", "**Suivez le guide** : …").

It goes alone (the review goes on after it). A reviewer's "if you liked this book, read her first novel" names the
book as what pleased and opens on no condition about the post; a plain paragraph of the review, in the flow of the
others, is never taken.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .ifhelped import conditional_ask
from .nodes import text_of
from .promo import own_wrapper, set_apart
from .rating import has_score
from .quotedbutton import RULE as QUOTED_RULE, quoted_button_ask
from .spliced import PROSE, button_labels
from .readeractions import READER_ACTIONS
from .words import count_words

RULE = "spliced plea"
# a mark pointing down to the page's buttons, opening the line
_POINTER = re.compile(r"^\W{0,2}[▼▽↓⇓⬇⤵👇☟]")
# what follows a label: a colon or a dash
_AFTER_LABEL = re.compile(r"^\s*[:：—–-]")
_NOTE = 12  # words after the label from which a note with no link is prose


def labelled_ask(block: HtmlElement) -> bool:
    """A short block whose bold lead is the bidding to subscribe or to follow, a colon or a dash after it."""
    if not _bold_lead(block):
        return False
    text, label = text_of(block), text_of(next(iter(block))).strip()
    if not label or count_words(text) > 40 or has_score(text):
        return False
    # (a bidding's note is brief or carries the link to act on; a sentence of _NOTE words or more after the label,
    # with no link, is a section of the review led by a bold word: "**Follow along**: the map at the front …")
    if count_words(text) - count_words(label) >= _NOTE and not block.xpath(".//a[@href]|.//form|.//button"):
        return False
    return any(READER_ACTIONS[kind].match(label) for kind in ("subscribe", "follow"))


def _bold_lead(block: HtmlElement) -> bool:
    """The block opens on a bold label with a colon or a dash after it."""
    lead = next(iter(block), None) if isinstance(block.tag, str) else None
    return lead is not None and lead.tag in ("b", "strong") and not (block.text or "").strip() \
        and bool(_AFTER_LABEL.match(lead.tail or ""))


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark a conditional ask set apart between the review's paragraphs (see the module docstring)."""
    # (a review written in labelled sections, another paragraph of it opening on a bold label: its labels are its own)
    sections = [b for b in items if _bold_lead(b) and count_words(text_of(b)) >= PROSE]
    labels = None  # (the page's button labels: read once, when a line quotes one beside a verb of pressing)
    for i, block in enumerate(items):
        if i not in drop:
            asked, labels = quoted_button_ask(block, labels, lambda: button_labels(body))
            if asked:  # (a bidding to press a page's button it names in quotes, anywhere: quotedbutton)
                drop[i], boxes[i] = QUOTED_RULE, block
                continue
        if i in drop or not (conditional_ask(block) or labelled_ask(block) and not set(sections) - {block}):
            continue
        text = text_of(block)
        if _POINTER.match(text) or own_wrapper(block, body) or set_apart(block, body):
            drop[i] = RULE
            parent = block.getparent()
            boxes[i] = parent if parent is not None and parent is not body and own_wrapper(block, body) else block
