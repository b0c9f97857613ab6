"""A shop's review card: its heading over the reviewer's badge row is the review's title, not a label of that row.

A shop prints each customer review as a card: the stars, the reviewer's headline (an h3: "Quiet and devastating"),
the badge row ("Posted by Ana on 3 May 2026 · Verified purchase", which sitelines removes), then the text. The
cleaning takes a short heading right over a block it removes as that block's label ("Read also" over its list); over
a badge row it is the card's title when the card is the heading's own box: the heading holds the box's one heading and
the badge row comes right after it, the only block of the box with the row's class, and the review's paragraphs follow
as the box's own children. A section's heading ("Customer reviews") over a run of cards holds other cards' headings, or
rows of the same class, in its box; a card that boxes its text apart ("<div class='review-text'>") keeps its headline
outside the review, with the stars.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .nodes import HEADING_TAGS, text_of
from .words import count_words



def card_title(label: HtmlElement, row: HtmlElement) -> bool:
    """`label` is a review card's title over its badge row `row` (module docstring)."""
    if label.tag not in HEADING_TAGS:
        return False
    card, after = label.getparent(), label.getnext()
    if card is None or after is None or not (after is row or any(e is row for e in after.iterdescendants())):
        return False
    if sum(1 for _ in card.iter(*HEADING_TAGS)) != 1:
        return False
    kind = row.get("class")
    if kind and sum(1 for e in card.iter() if e.get("class") == kind) != 1:
        return False
    # (the review's own paragraphs are the card's children, after the row: where the engine boxes the text apart,
    # "<div class='review-text'>", the headline stays outside the review's box, with the stars)
    return any(e.tag == "p" and count_words(text_of(e)) >= 20 for e in after.itersiblings())
