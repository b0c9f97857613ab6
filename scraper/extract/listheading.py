"""The heading over a list of readers' review cards: the list's title, not the review's.

A shop's or a catalogue's page prints its readers' reviews as cards under a heading of the section ("Reader reviews",
"Customer reviews", "Okur yorumları", "Отзывы читателей"), sort or filter buttons between them at times. Each card
opens with its header row (the reader's name, the date, the stars), which the cleaning removes (a dateline, a meta
row, a name row), and then holds the review. When the body found is that section, its heading is left standing over
the review as if it were the review's own title. What marks it is structure, in any language:

- a short heading (h2-h4, six words at most) among the body's first three blocks left, alone or in a header box with a
  short note under it (15 words at most, no score: "Reviews written by our members"), which goes with it;
- the next block with text after the header is a card's removed header row, in a card (a box) that comes after the
  header, beside it or in a list box beside it, and holds 20 words or more of text after the row (the review).

A catalogue's or a shop's one staff pick (or reader's card) has no header row but closes on its signature ("— Ana,
Teen Services", "Recommandé par Léa, librairie du port"): the heading's next box beside the header is named as a review
or a pick (class or id), holds 20 words or more, and its last block is the signature the cleaning removed (a credit
line): the heading over it, a label of four words at most with no colon ("Staff Pick", "Coup de cœur", "Unsere
Empfehlung"), is the section's label too.

Over the list, when a shop's or a catalogue's head went before it (its record and buttons, removed as controls), the
catalogue's own short section between them, a heading and a line or two in a box of its own beside the list ("Summary:
<the blurb>", "Beschreibung", "Descripción"), is the catalogue's description of the book, not the reader's review: it goes
too (``_blurb_before``). A first heading that is no list's passes the reading on to the next (three blocks at most).

A blogger's heading over their own dated post stands beside its dateline in the post's header, not before a box that
opens with the dateline; a heading inside the card (the reader's own title for their review) is the card's, and stays.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .holdingsrecord import REVIEW_BOX
from .lendingpage import PICK_BOX
from .nodes import text_of
from .rating import has_score
from .words import count_words

RULE = "label of the readers' reviews"
_HEADINGS = ("h2", "h3", "h4")
_CARD_ROWS = ("dateline", "meta row", "name row", "byline row")
_NOTE_WORDS = 15


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the heading, and the short note under it in its own header box (``drop`` and ``boxes`` are the cleaning's,
    filled in place)."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])][:3]
    for h in live:
        heading = items[h]
        words = count_words(text_of(heading))
        if heading.tag not in _HEADINGS or words > 6:
            continue
        # the section's header: the heading, or a box holding it and a short note under it ("Written by our members")
        top, parent = heading, heading.getparent()
        if parent is not None and count_words(text_of(parent)) <= words + _NOTE_WORDS and not has_score(text_of(parent)):
            top = parent
        inside = [k for k in range(h + 1, len(items)) if top is not heading and (items[k] is top or top in items[k].iterancestors())]
        k = next((k for k in range(h + 1, len(items)) if k not in inside and text_of(items[k])), None)
        if k is None:
            continue
        # (the row's box, removed whole, may hold the block: the reader's name beside the removed date)
        row = next((boxes.get(j, items[j]) for j in range(k, min(k + 4, len(items))) if drop.get(j) in _CARD_ROWS
                    and (boxes.get(j, items[j]) is items[k] or boxes.get(j, items[j]) in items[k].iterancestors())), None)
        if row is None:
            # (or one signed pick's card under a label: four words at most, no colon, not a review's own "Title: …" heading)
            if words <= _LABEL_WORDS and ":" not in text_of(heading) and _signed_card(items, h, k, top, drop):
                for i in (h, *inside):
                    drop.setdefault(i, RULE)
                return
            continue
        card = row.getparent()
        if card is None or heading in card.iterdescendants():
            continue
        # (the card after the header, beside it or in a list box beside it)
        if not any(s is card or card in s.iterdescendants() for s in top.itersiblings() if isinstance(s.tag, str)):
            continue
        after = sum(count_words(text_of(s)) for s in row.itersiblings() if isinstance(s.tag, str))
        if after >= 20:
            for i in (h, *inside):
                drop.setdefault(i, RULE)
            _blurb_before(items, [k for k in live if k < h], top, drop, boxes)
        return


_SIGNATURES = ("credit line", "signature")
_LABEL_WORDS = 4
_CARD_WORDS = 20


def _signed_card(items: list[HtmlElement], h: int, k: int, top: HtmlElement, drop: dict[int, str]) -> bool:
    """The section's heading over one staff pick's or reader's card that closes on its signature ("— Ana, Teen
    Services", "Recommended by Jonas, Filiale Nord": a credit line the cleaning removed, sitelines): the card is the
    header's next box beside it, named as a review or a pick (its class or id), and holds 20 words or more before the
    signature. A review's own title sits inside its card, and a blog's heading over its post's box (no review's or
    pick's name, or no signature closing it) is left to the other rules."""
    card = next((s for s in top.itersiblings() if isinstance(s.tag, str) and text_of(s)), None)
    if card is None or not (items[k] is card or card in items[k].iterancestors()):
        return False
    if not (REVIEW_BOX.search(named := f"{card.get('class') or ''} {card.get('id') or ''}") or PICK_BOX.search(named)):
        return False
    inside = [j for j in range(k, len(items)) if items[j] is card or card in items[j].iterancestors()]
    last = next((j for j in reversed(inside) if text_of(items[j])), None)
    if last is None or drop.get(last) not in _SIGNATURES:
        return False
    return sum(count_words(text_of(items[j])) for j in inside if j not in drop) >= _CARD_WORDS


_CONTROLS = ("interface", "call to action", "buy box", "membership")
_BLURB_WORDS = 80


def _blurb_before(items: list[HtmlElement], before: list[int], top: HtmlElement, drop: dict[int, str],
                  boxes: dict[int, HtmlElement]) -> None:
    """The catalogue's short description section over the readers' list (module docstring): a heading and one or two
    lines, their own box beside the list's, no score and no note (a disclosure, a warning), after the shop's head."""
    if not before or items[before[0]].tag not in _HEADINGS or len(before) < 2:
        return
    section = items[before[0]].getparent()
    if section is None or any(section not in items[k].iterancestors() for k in before) or top in section.iterdescendants():
        return
    if not any(a is section.getparent() for a in top.iterancestors()):
        return  # (the section and the list in one box, side by side)
    text = text_of(section)
    if count_words(text) > _BLURB_WORDS or has_score(text) or any(items[k].tag in _HEADINGS for k in before[1:]):
        return
    if not any(drop.get(k, "").startswith(_CONTROLS) for k in range(before[0])):
        return  # (no shop's head before it: a blogger's own heading and lead)
    from .housekeeping import a_note  # (late: housekeeping reads the cleaning's modules)
    if any(a_note(text_of(items[k])) for k in before):
        return
    for k in before:
        drop.setdefault(k, "catalogue blurb")
        boxes[k] = section
