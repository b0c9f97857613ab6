"""The review among a book's journal of entries: a run of members' entries, the review the long one (a book-swap or
reading site's page for one copy, a catalogue's readers' log).

Such a page lists dated entries, one box each, under the book: the member who registered the copy reviews it in one,
later entries are notes of where the copy was left and who found it. Each box opens with a head row: who (a link to the
member's page) and when (a whole date: datelines.FULL_DATE), short. Told by that shape, whatever the site's words:

- a box holding two entries or more side by side, each opening with such a head row (at most 30 words, a link, a
  whole date), the rest of the entry after it;
- one entry is the review: its text (after the head) is the longest, 40 words at least, and twice any other's; a run
  of entries of like length is a thread of equals and is left to the other rules.

The other entries go whole, and the review's own head row. ``edges.mark`` applies it.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .datelines import FULL_DATE
from .nodes import text_of
from .words import count_words

HEAD_WORDS = 30
REVIEW_WORDS = 40


def _head(entry: HtmlElement) -> HtmlElement | None:
    """The entry's head row: its first child, short, holding a link and a whole date, with more of the entry after it."""
    children = [c for c in entry if isinstance(c.tag, str)]
    if len(children) < 2 or (entry.text or "").strip():
        return None
    head = children[0]
    text = text_of(head)
    if not text or count_words(text) > HEAD_WORDS or next(head.iter("a"), None) is None or not FULL_DATE.search(text):
        return None
    return head


def _runs(items: list[HtmlElement]) -> list[tuple[HtmlElement, list[HtmlElement]]]:
    """The boxes holding a run of headed entries, with the entries."""
    seen, found = set(), []
    for block in items:
        for box in block.iterancestors():
            if box in seen:
                break
            seen.add(box)
            entries = [c for c in box if isinstance(c.tag, str)]
            if len(entries) >= 2 and all(_head(e) is not None for e in entries):
                found.append((box, entries))
    return found


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the other entries of a journal of entries, and the review's head row (module docstring)."""
    for _, entries in _runs(items):
        heads = [_head(e) for e in entries]
        lengths = [count_words(text_of(e)) - count_words(text_of(h)) for e, h in zip(entries, heads)]
        best = max(range(len(entries)), key=lambda k: lengths[k])
        others = [n for k, n in enumerate(lengths) if k != best]
        if lengths[best] < REVIEW_WORDS or any(2 * n > lengths[best] for n in others):
            continue
        for i, block in enumerate(items):
            if i in drop:
                continue
            inside = [block, *block.iterancestors()]
            for k, entry in enumerate(entries):
                if k != best and entry in inside:
                    drop[i], boxes[i] = "other members' entries", entry
                elif k == best and heads[k] in inside:
                    drop[i], boxes[i] = "entry's head row", heads[k]
