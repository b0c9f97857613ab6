"""Medium's author card under a post: the writer's box, told by its shape, not by its wording.

Under every Medium story the platform sets the writer's card: a heading with the writer's name ("Written by <name>",
in the reader's interface language), right under it a row of counts ("82 Followers · Editor for <publication>",
"1.2K seguidores · Writer for …"), the writer's bio line and the platform's follow button. Its read-aloud mark
(``platforms.MEDIUM_SELECTORS``) is on it on most pages, not on all: the card is then taken by its shape, on a Medium
page only (``card_boxes``):

- a box of its own holding a heading (h2–h4) whose next element is a short row opening on a count with its one noun
  ("82 Followers", "3,4K abonnés"), the count's part alone or the row's first part before a separator (·, •, |);
- the platform's follow control inside the same box: a link or button whose whole text is one verb of following
  (``followpleas.FOLLOW``: "Follow", "Seguir", "Suivre", "Подписаться");
- short (60 words): a card, not a section of the review.

A review's section heading over "320 pages · Gyldendal" (the book's record row) has no follow control in its box;
a review's box of the writer's own about-text with a follow link has no count row under a heading.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

# a count with its magnitude (82, 1.2K, 3,4 k, 12 тыс.) and one word, alone in its part of the row
_COUNT_PART = re.compile(r"^\d[\d.,\u00a0]*\s?(?:[kKmM]|тыс\.?|mil|mln\.?|万|千)?\s+[^\W\d_]+\.?$")
_SEPARATOR = re.compile(r"\s*[·•|｜]\s*")
_HEADINGS = ("h2", "h3", "h4")


def _count_row(element: HtmlElement | None) -> bool:
    if element is None or not isinstance(element.tag, str):
        return False
    text = text_of(element).strip()
    return count_words(text) <= 12 and bool(_COUNT_PART.match(_SEPARATOR.split(text, maxsplit=1)[0]))


def _follow_control(box: HtmlElement) -> bool:
    from .followpleas import FOLLOW  # (late: followpleas reads the cleaning's modules)
    from .controls import LABEL  # (a button dropped already: its label written on its parent)
    labels = [text_of(a) for a in box.iter("a", "button")]
    labels += [label for el in box.iter() if isinstance(el.tag, str) and el.get(LABEL) for label in el.get(LABEL).split(" | ")]
    return any(count_words(text.strip()) <= 2 and FOLLOW.match(text.strip()) for text in labels if text.strip())


def card_boxes(tree: HtmlElement) -> list[HtmlElement]:
    """The writer's cards on a Medium page (module docstring): each the heading's parent box."""
    found = []
    for heading in tree.iter(*_HEADINGS):
        box = heading.getparent()
        if box is None or box.tag in ("body", "article", "main", "html") or any(box is f for f in found):
            continue
        if _count_row(heading.getnext()) and count_words(text_of(box)) <= 60 and _follow_control(box):
            found.append(box)
    return found
