"""A related post's title under its 'read also' label, set apart in the post: with no link left in the line, or the
whole line one link.

A magazine's or a blog's editor splices "**Read also: Ten quiet winter novels**" between a review's paragraphs.
``edges`` takes the label with its link; where the page gives the title without one (the link lives on a script's
click handler, or was lost when the post was copied from the CMS), the line is the same pointer to another post.
Its shape, in every language ``edges.READ_ALSO`` knows:

- it opens on the 'read' label ("Read also", "Lesen Sie auch", "Читайте также", "อ่านเพิ่มเติม", "延伸閱讀"), a
  title follows (20 words at most, no sentence after it);
- the page sets it apart as a pointer: the whole line in bold (or emphasis), or in a box the theme names for its
  related or read-more links, in English or after the label it prints, in the page's language without its accents
  ("lue-myos" round "Lue myös:", "lesa-meira" round "Meira:");
- a line standing alone: not a heading, list, quotation or table, no score.

A newspaper's CMS also links the whole line, the label inside the link ("<a>READ MORE: Eight autumn novels</a>",
"<a>Lue myös: …</a>"): ``edges`` reads a label and then a link, so that line is taken here, the link itself
setting it apart (no bold or box needed); a line with a link over part of it only (a word of the title, or a
sentence's) stays for ``edges`` to judge.

A 'see also' line ("See also: her first novel") is the reviewer's own pointer and stays; so does a 'read also'
sentence inside a paragraph of the review, and a label over a list (a list of the reviewer's own picks).
"""

from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

from .edges import READ_ALSO
from .nodes import text_of
from .rating import has_score
from .words import count_words

RULE = "related link"
_NOT_LINES = ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "figure")
_MAX_WORDS = 20
# the labels that point the reader elsewhere ("see also", "voir aussi", "zie ook" …) rather than to read another post
_SEE = re.compile(r"^\W*(?:see|voir|vedi|veja|zie|zobacz|см\.|δείτε)\b", re.I)
# a box a theme names for its related or read-more links
_POINTER_CLASS = re.compile(r"(?:^|[-_])(?:read-?more|read-?also|related|also-?read|see-?also)(?:[-_]|$)", re.I)
# a sentence going on after the title
_SENTENCE = re.compile(r"[.!?。！？।۔؟]\s+\S")  # (the Indic danda, the Urdu full stop and question mark too)


def _emphasised(block: HtmlElement, text: str) -> bool:
    bold = max((len(text_of(e)) for e in block.iterdescendants("strong", "b", "em", "i")), default=0)
    return bold >= 0.9 * len(text)


def _bare(text: str) -> str:
    """Lower case, accents and punctuation gone, words split by spaces: "Lue myös:" and "lue-myos" alike."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", folded))


def _classed(block: HtmlElement, label: str = "") -> bool:
    named = f" {_bare(label)} " if _bare(label) else None
    for element in (block, block.getparent()):
        classes = (element.get("class") or "").split() if element is not None else []
        if any(_POINTER_CLASS.search(t) for t in classes) or named and any(named in f" {_bare(t)} " for t in classes):
            return True
    return False


def _wholly_linked(block: HtmlElement, text: str) -> bool | None:
    """True: the line is its links' text, label and all; False: a link covers only part of it; None: no link."""
    links = list(block.iterdescendants("a"))
    if not links:
        return None
    return " ".join(text_of(a) for a in links).split() == text.split()


def unlinked_pointer(block: HtmlElement) -> bool:
    """The block is a 'read also' label and a title, set apart, with no link or wholly one link (the module docstring)."""
    if block.tag in _NOT_LINES:
        return False
    text = text_of(block)
    linked = _wholly_linked(block, text) if text else None
    if linked is False:
        return False
    label = READ_ALSO.match(text) if text else None
    if label is None or _SEE.match(text):
        return False
    rest = text[label.end():].strip()
    if not rest or count_words(rest) > _MAX_WORDS or _SENTENCE.search(rest) or has_score(text):
        return False
    return bool(linked) or _emphasised(block, text) or _classed(block, label.group())


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark each unlinked 'read also' line of the body (see the module docstring)."""
    for i, block in enumerate(items):
        if i not in drop and unlinked_pointer(block):
            drop[i], boxes[i] = RULE, block
