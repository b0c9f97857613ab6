"""The member's profile row over a post on a writing platform: the writer's name, a line about them and a follow button,
before the text begins ("<div><a>Ana Lee</a> <span>Teacher in Tanga. Reads at night.</span> <a class=btn-follow>Follow
</a></div>"). Community platforms (Kompasiana, Medium, dev.to, note, Naver and their kin) set it above or under the
headline; it is the platform's card of the member, not the review.

What marks it: a link drawn as a button (``controls.BUTTON_LINK``: a class token "btn" or "button") or with the role of
one, whose whole label is the verb of following in the page's language (``followpleas.FOLLOW``, three words at most),
in a short row (30 words at most, no score, no heading in it) among the body's first lines, before a paragraph of
twenty words or more. The row goes whole. A follow link inside a paragraph of the review, a button with another
label ("Buy the book"), or a long block of text beside the button stays.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .controls import BUTTON_LINK
from .followpleas import FOLLOW
from .nodes import HEADING_TAGS, text_of
from .rating import has_score
from .words import count_words

RULE = "member's profile row"
_TOP = 6  # the body's first lines read
_PROSE = 20  # a paragraph this long: the text has begun
_ROW_WORDS = 30


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark a profile row among the body's first lines, before the text begins."""
    for i, block in enumerate(items[:_TOP]):
        if block.tag in ("p", "blockquote", "li") and count_words(text_of(block)) >= _PROSE:
            return
        if i in drop:
            continue
        row = _profile_row(block, body)
        if row is not None:
            drop[i], boxes[i] = RULE, row


def _profile_row(block: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The block, or its parent row inside the body, when it holds a follow button and little else."""
    parent = block.getparent()
    for row in (block, parent) if parent is not None and parent is not body else (block,):
        if row.tag in HEADING_TAGS or row.tag in ("p", "li", "blockquote") and row is parent:
            continue
        text = text_of(row)
        if not text or count_words(text) > _ROW_WORDS or has_score(text) or any(
                isinstance(e.tag, str) and e.tag in HEADING_TAGS for e in row.iterdescendants()):
            continue
        if any(_follow_button(a) for a in row.iter("a")):
            return row
    return None


def _follow_button(link: HtmlElement) -> bool:
    """A link drawn as a button whose whole label is the verb of following."""
    if not (BUTTON_LINK.search(link.get("class") or "") or link.get("role") == "button"):
        return False
    label = text_of(link).strip(" +")
    return bool(label) and count_words(label) <= 3 and (found := FOLLOW.search(label)) is not None \
        and len(label) - len(found.group(0)) <= 3
