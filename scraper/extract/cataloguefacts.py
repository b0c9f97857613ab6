"""A catalogue's facts row in its book header: one line of fields, each a label and its value, joined by separators.

A reading community's or a catalogue's book page (the page a member's review hangs under) heads it with the book's
header: the title, the author, one row of facts ("Genre: Fantasy · Publisher: X · Series: Y (4 volumes)"), the
members' average rating with its count and the shelve or rate buttons. When the post body found is the wrapper around
that header and the review, the cleaning takes the rating and the buttons; the facts row is left as the review's first
line, though it is the catalogue's data (``cataloguehead`` tells the same header when its facts are rows of their own
over a heading).

The shape, in any language: among the body's first blocks, before any prose (a block of 20 words or more), a line of
three fields or more, each a label and its colon, joined by a middle dot, a bullet or a bar, short (40 words at most);
in a box that holds none of the review's prose, beside the catalogue's own controls the cleaning removed there (the
average rating, a call to action, an interface box, links drawn as buttons). A blogger's own record line over their
review ("Genre: … · Pages: … · Publisher: …") stands in the box of their text, or in a card with no controls, and
stays. The row is left in the tree for the book rules (a shop's row names the publisher) and its line
left out of the body's text (``boilerplate.TEXT_ONLY``).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

_SEPARATOR = re.compile(r"\s+[·•|｜∙⋅]\s+")
# one field: a label (a word or three) and its colon, then its value
_FIELD = re.compile(r"^\W*[^\W\d_][^:：·•|]{0,30}\s?[:：]\s*\S")
_PROSE = 20
_MAX_WORDS = 40
_FIELD_WORDS = 10  # (a field is a label and a short value, not a sentence)
# the catalogue's own controls, as the cleaning names what it removed
_CONTROLS = ("aggregate rating", "call to action", "interface", "membership", "buy box")


def facts_row(text: str) -> bool:
    """Three fields or more, each a label and its colon, joined by separators, in one short line."""
    if count_words(text) > _MAX_WORDS:
        return False
    fields = _SEPARATOR.split(text.strip())
    return len(fields) >= 3 and all(_FIELD.match(f) and count_words(f) <= _FIELD_WORDS for f in fields)


RULE = "catalogue facts row"


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the facts row of the catalogue's header (module docstring) in ``drop``, the row its box in ``boxes``; its
    fields may be blocks of their own (a <span> each) in the row's box."""
    prose = next((i for i, b in enumerate(items) if i not in drop and count_words(text_of(b)) >= _PROSE), None)
    if prose is None:
        return
    for i in range(prose):
        if i in drop:
            continue
        row = items[i]
        if not facts_row(text_of(row)):
            row = row.getparent()
            if row is None or row is body or not facts_row(text_of(row)):
                continue
        box = row.getparent()
        if box is None or row is body or box is body or items[prose] in set(box.iterdescendants()):
            continue
        inside = set(box.iterdescendants())
        if not any(k in drop and drop[k].startswith(_CONTROLS) and items[k] in inside for k in range(len(items))):
            continue
        drop[i], boxes[i] = RULE, row  # (the row's line, once: its other fields are in it)
