"""A box with a promotional class or id that is the post's own wrapper, not a box spliced into it.

``promo.promo_class`` takes a block for promotion when it, or a box around it inside the body, carries a theme's
promotional class or id ("inline-ad", "sponsored", "newsletter", camel-case "…AdSlot"). Long posts were safe: a
wrapper of more than 150 words is the post's. A short post was not: a news site whose article box is named by its
ad system (an id like "xxAdContent", kept by the engine for the slots it fills between paragraphs) has its whole
text, paragraph by paragraph, taken as promotion, and the page comes out empty.

Read here, by structure only: the box holds several of the body's paragraphs (three or more children with text,
at least two of them paragraphs) and most of the body's text (more than half). A spliced ask, however long, sits
beside the review's paragraphs and holds a small part of the text; an ad box in a short post does not hold the
paragraphs around it. Asked only when a box's class or id matched (a cheap guard before any reading).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .nodes import text_length

_PROSE_TAGS = frozenset(("p", "blockquote", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "div", "figure"))


def post_wrapper(element: HtmlElement, block: HtmlElement, body: HtmlElement) -> bool:
    """`element` (a box around `block`, not the block itself) holds the post's paragraphs and most of its text."""
    if element is block or len(element) < 3:
        return False
    texted = paragraphs = 0
    for child in element:
        if isinstance(child.tag, str) and child.tag in _PROSE_TAGS and text_length(child) >= 2:
            texted += 1
            paragraphs += child.tag == "p"
    if texted < 3 or paragraphs < 2:
        return False
    return 2 * text_length(element) > text_length(body)
