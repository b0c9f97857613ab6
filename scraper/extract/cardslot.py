"""The engine's slot line at the top of a review card kept alone: "Librarian's note · The libraries' view".

A catalogue or a shop lists several reviews of a book as cards of one template: each card opens with the same slot,
a short line naming where the review comes from ("<paper> · 19.03.2005", "<kind of review> · <source>"), then the
review's text. When one card is the post body, its slot line is read as the review's first line; it is the
engine's field, filled for every card.

What marks it: the body is one card among sibling cards of the same tag and class (two others or more), and its
first element is a short line (eight words at most, no sentence's end) whose class the first element of two of those
sibling cards carries too. Headings (a reader's title for their review) are not slots here.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

RULE = "slot line of a review card"
_MAX_WORDS = 8


def _first(element: HtmlElement) -> HtmlElement | None:
    return next((c for c in element if isinstance(c.tag, str)), None)


def slot_line(body: HtmlElement) -> HtmlElement | None:
    parent, classes = body.getparent(), body.get("class")
    if parent is None or not classes:
        return None
    first = _first(body)
    if first is None or first.tag not in ("p", "div", "span") or not first.get("class"):
        return None
    text = text_of(first)
    if not text or count_words(text) > _MAX_WORDS or text.rstrip().endswith((".", "!", "?", "。", "！", "？")):
        return None
    siblings = [s for s in parent if s is not body and s.tag == body.tag and s.get("class") == classes]
    same = [s for s in siblings if (f := _first(s)) is not None and f.tag == first.tag and f.get("class") == first.get("class")]
    return first if len(siblings) >= 2 and len(same) >= 2 else None


def drop_slot_line(body: HtmlElement, report) -> None:
    """Remove the slot line opening a review card kept alone (see the module docstring)."""
    from .boilerplate import Removal  # (boilerplate imports many rules: read here, when called)
    line = slot_line(body)
    if line is not None:
        report.removed.append(Removal(RULE, text_of(line)[:200]))
        line.drop_tree()
