"""The review's own labelled lines set beside its text box, inside the review's schema.org scope.

A review site marks each review with schema.org microdata (``itemscope itemtype=…/Review``) and its text with
``itemprop="reviewBody"``, which the body finder takes as the post body. Many such sites ask the reviewer for pros and
cons (or a verdict, "who it is for") in fields of their own and print them as labelled lines right before the text box
("<b>Pros:</b> the language, the humour", "<b>Достоинства:</b> …", "<b>Zalety:</b> …"): the reviewer's words, which
the text box alone leaves out.

The shape: the body is the ``reviewBody`` of a Review scope; in that scope, the body's preceding siblings that are
short lines opened by a bold label closed by a colon, with the reviewer's words after it (no link, no score widget),
one after another up to the body, are moved into the body, at its top, in their order. The review's title, the
reviewer's name row, the star widget and the date stay outside, as before.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

_MAX_WORDS = 40


def _labelled_line(element: HtmlElement) -> bool:
    """A short line opened by a bold label closed by a colon, words after it, no link."""
    if element.tag not in ("div", "p", "li", "dd") or (element.text or "").strip() or element.find(".//a") is not None:
        return False
    first = next((c for c in element if isinstance(c.tag, str)), None)
    if first is None or first.tag not in ("b", "strong") or not text_of(first).rstrip().endswith((":", "：")):
        return False
    rest = text_of(element)[len(text_of(first)):].strip()
    return bool(rest) and count_words(text_of(first)) <= 4 and count_words(text_of(element)) <= _MAX_WORDS


def gather_labelled_lines(body: HtmlElement | None) -> int:
    """Move the review's labelled lines before its reviewBody into it (module docstring). How many were moved."""
    if body is None or body.get("itemprop") != "reviewBody":
        return 0
    scope = next((a for a in body.iterancestors() if a.get("itemscope") is not None), None)
    if scope is None or "Review" not in (scope.get("itemtype") or ""):
        return 0
    lines = []
    for sibling in body.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str) or sibling.tag == "meta":
            continue
        if not _labelled_line(sibling):
            break
        lines.append(sibling)
    for line in lines:  # (nearest first: each goes to the top, so they keep their order)
        line.tail = None
        body.insert(0, line)
    return len(lines)
