"""Text of the post that its page hides until the reader opens it (scraper.extract): a spoiler box of a forum's or a
blog's engine ("bbCodeSpoiler", "bbc_spoiler", "spoiler-body", a shortcode plugin's "su-spoiler"), its content
hidden by a style ("display:none"), an attribute (``hidden``, ``aria-hidden``) or a class that trafilatura drops any
block for ("…--expandable", "button": its label "Spoiler: the ending"). It is the reviewer's text: the box is opened
before trafilatura reads the body, as a reader opens it. A box that says it holds no spoiler ("spoiler-free") is no
spoiler box; what the cleaning rules removed is gone already.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

_SPOILER = re.compile(r"spoil", re.I)
_NO_SPOILER = re.compile(r"spoil\w*-?free|no-?spoil", re.I)
# the class words trafilatura drops a block for, as its OVERALL_DISCARD_XPATH tests them, that a spoiler box's engine
# puts on the box or its switch (an expandable block, a button)
_DROPPED = re.compile(r"expand|button|hidden|hide|collaps|toggle|slide|overlay|-icon", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_NAMED = etree.XPath(".//*[contains(translate(@class, 'SPOIL', 'spoil'), 'spoil') or contains(translate(@id, 'SPOIL', 'spoil'), 'spoil')]")


def _spoiler_box(element: HtmlElement) -> bool:
    said = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(_SPOILER.search(said)) and not _NO_SPOILER.search(said)


def open_spoilers(body: HtmlElement) -> int:
    """Open the spoiler boxes inside the post body: their hiding styles, attributes and dropped class words go.
    How many boxes were opened."""
    named = _NAMED(body)  # (a look in C for the word before the rules read the names)
    if not named:
        return 0
    boxes = [el for el in named if _spoiler_box(el) and not any(_spoiler_box(a) for a in el.iterancestors() if a is not body)]
    for box in boxes:
        for element in box.iter():
            if not isinstance(element.tag, str):
                continue
            style = element.get("style")
            if style and _HIDDEN_STYLE.search(style):
                del element.attrib["style"]
            for attribute in ("hidden", "aria-hidden"):
                if attribute in element.attrib:
                    del element.attrib[attribute]
            classes = (element.get("class") or "").split()
            kept = [c for c in classes if not _DROPPED.search(c)]
            if len(kept) < len(classes):
                element.set("class", " ".join(kept))
    return len(boxes)


def subject_line(body: HtmlElement) -> bool:
    """The post's body inside a ``<details>`` whose ``<summary>`` comes before it (how fediverse engines print a post
    with a subject or a content warning, "<details open><summary>review: T (A), cw: …</summary><div class=e-content>"):
    the summary is the poster's own line, the post's first; it is set as the body's first paragraph. A summary inside
    the body (a spoiler's switch) is the body's already; a long one (over 40 words), or a details that holds more than the
    body and its summary (a table of contents, a page's folded section), is left alone. Whether a line was set."""
    box = next((a for a, _ in zip(body.iterancestors(), range(3)) if a.tag == "details"), None)
    if box is None:
        return False
    summary = next((c for c in box if isinstance(c.tag, str)), None)
    if summary is None or summary.tag != "summary":
        return False
    text = " ".join(summary.text_content().split())
    rest = len(" ".join(box.text_content().split())) - len(text)
    if not text or len(text.split()) > 40 or len(" ".join(body.text_content().split())) < 0.9 * rest:
        return False
    line = body.makeelement("p", {})
    line.text = text
    body.insert(0, line)
    line.tail = body.text
    body.text = None
    return True


# the class words trafilatura drops an element for (its discard XPath: "…message…", " hidden", "hide-") that a rating
# widget's parts carry: the score written for screen readers ("screen-reader-message") beside its stars
_DROPPED_PART = re.compile(r"message|hidden|(?:^|-)hide(?:-|$)", re.I)
_LINE_TAGS = ("p", "div", "li", "dd")
_VOTES = re.compile(r"\d{1,3}(?:[.,\s\u202f]\d{3})+|\d{3,}(?![.,]?\d)")


def show_score_widgets(body: HtmlElement) -> int:
    """Show the reviewer's rating widget inside the post body to trafilatura: a small box classed as stars or a rating
    (ratingblocks' widget words) whose text gives a score ("Rated 4.5 of 5 ★★★★½"), not the readers' average, loses the
    ``aria-hidden`` of its star row and the class words trafilatura drops its screen-reader text for, as a reader sees
    the stars and a screen reader reads the score. How many boxes were shown."""
    from .rating import has_score
    from .ratingblocks import RATING_WIDGET, aggregate

    shown = 0
    for box in [el for el in body.iter() if isinstance(el.tag, str) and el.get("class") and RATING_WIDGET.search(el.get("class").lower())]:
        parts = [d for d in box.iterdescendants() if isinstance(d.tag, str)
                 and (d.get("aria-hidden") == "true" or _DROPPED_PART.search(d.get("class") or ""))]
        # (or the score's own line, classed a rating as a whole, "<p class="rating-line">Score: 4 of 5</p>": trafilatura
        # drops any element whose class holds "rating", so the line loses that class word and is read as the post has it)
        # (a line of plain text: no element inside it classed, as a widget's stars and its screen-reader part are)
        own = not parts and box.tag in _LINE_TAGS and "rating" in box.get("class").lower() \
            and not any(isinstance(d.tag, str) and (d.tag in _LINE_TAGS or d.get("class")) for d in box.iterdescendants())
        if not (parts or own) or box.get("aria-hidden") == "true":
            continue
        text = " ".join(box.text_content().split())
        # (a row of empty stars with no figure, "Rate this book ☆☆☆☆☆", is a prompt to rate, not a score)
        if not text or len(text.split()) > 12 or not re.search(r"\d|★|[一二三四五六七八九十]", text) or not has_score(text) or aggregate(box):
            continue
        if own and _VOTES.search(text):
            continue  # (a count of votes beside the score, "4.1 from 2,312 ratings": the readers' average)
        if own:
            box.set("class", " ".join(c for c in box.get("class").split() if "rating" not in c.lower()))
        for part in parts:
            part.attrib.pop("aria-hidden", None)
            if part.get("class"):
                part.set("class", " ".join(c for c in part.get("class").split() if not _DROPPED_PART.search(c)))
        shown += 1
    return shown


# the class words of trafilatura's discard XPath that say how a block looks, not what it is (an icon beside its links,
# a slide, an overlay, an embed, a widget, a folding block, a menu of options), as a theme's modifier or utility class
# puts them on the box of the post's own text ("RichText RichText--iconLinks", "text-block has-slide-in")
_LOOK_WORD = re.compile(r"-icon|slide|viewport|overlay|expand|options|embed|widget|obfuscated|blurred", re.I)
_PROSE = 80  # (a paragraph of running text, not a label or a caption)


def show_prose_boxes(body: HtmlElement) -> int:
    """The boxes of the post's own text that trafilatura would drop whole for a class word of how they look
    (``_LOOK_WORD``) lose that word: a magazine's engine writes the article as text blocks around its inserted widgets,
    each block classed alike, and a word of its stylesheet's ("--iconLinks") made trafilatura drop every one of them, the
    review with them. Only boxes that hold at least half of the body's paragraphs of running text are read so (the
    post's text itself, not a box beside it: a slide of captions, an embedded card). How many boxes were shown."""
    boxes: dict = {}
    prose = 0
    for paragraph in body.iter("p"):
        size = len(paragraph.text_content().strip())
        if size < _PROSE:
            continue
        prose += size
        for box in paragraph.iterancestors():
            if box is body:
                break
            said = box.get("class")
            if said and _LOOK_WORD.search(said):
                boxes[box] = boxes.get(box, 0) + size
                break
    if not boxes or 2 * sum(boxes.values()) < prose:
        return 0
    # (and the same class words on the post's other boxes, a pull quote set in a text box of the same kind)
    said = {c for box in boxes for c in box.get("class").split() if _LOOK_WORD.search(c)}
    for box in [el for el in body.iter() if isinstance(el.tag, str) and el.get("class")]:
        if not said.isdisjoint(box.get("class").split()):
            box.set("class", " ".join(c for c in box.get("class").split() if c not in said))
    return len(boxes)
