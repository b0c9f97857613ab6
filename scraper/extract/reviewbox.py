"""A reader's review box on a shop's or a catalogue's book page (reviewed.py's marks of one work, read before
cleaning): a box whose class or id names a review or a rating ("product-rating", "review-item", "comment_item"), one
of two or more alike (the page's list of readers' reviews), holding its own star widget (two or more elements whose
class names a star or a rating icon, or an aria-label/title giving a score). When the post's longest line was written
inside such a box, the text is one reader's review of the page's one work, filed so by the page, with its own stars:
two marks of one work for a short review whose book the rules could not read.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_BOX_WORD = re.compile(r"review|rating|comment|opinion|rezens|recens|bewertung|otzyv", re.I)
_STAR_WORD = re.compile(r"star|rating-?(?:solid|icon|star)|icon-rating", re.I)
_SCORE_LABEL = re.compile(r"\d\s*(?:/|of|out\s+of|av|из|von|sur|de|su|z|från|af|van)\s*\d|\d\s*[★⭐]|[★⭐]{2,}", re.I)


def _named(el: HtmlElement, pattern: re.Pattern) -> bool:
    return bool(pattern.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _stars(box: HtmlElement) -> bool:
    icons = sum(1 for el in box.iter() if isinstance(el.tag, str) and _named(el, _STAR_WORD) and not (el.text_content() or "").strip())
    labels = any(_SCORE_LABEL.search(el.get("aria-label") or el.get("title") or "") for el in box.iter() if isinstance(el.tag, str))
    return icons >= 2 or labels


def starred_boxes(tree: HtmlElement) -> list[str]:
    """The texts of the readers' review boxes that hold their own stars (read before cleaning drops the icons): the
    outermost review-named box of each item in a list of two or more alike."""
    found = []
    for parent in tree.iter():
        kids = [kid for kid in parent if isinstance(kid.tag, str) and _named(kid, _BOX_WORD)]
        classes = [kid.get("class") or kid.tag for kid in kids]
        for kid in kids:
            if classes.count(kid.get("class") or kid.tag) >= 2 and _stars(kid):
                found.append(" ".join(kid.text_content().split()))
    return found


def box_marks(boxes: list[str], lines: list[str]) -> tuple[str, ...]:
    """The marks when the post's longest line (40 characters or more) lies inside one starred review box."""
    longest = max(lines, key=len, default="")
    if len(longest) < 40 or not any(longest[:200] in box for box in boxes):
        return ()
    return ("filed as a review by the page's reader's review box", "speaks of its rating (the box's own stars)")
