"""A newspaper's subscription drive closing a review, set apart as the house's line, not the writer's (s36).

A paper's web page carries, under its review, the paper's standing line: how to subscribe to the printed paper, at
the post office under its index ("Subscribe to the paper at any post office, index 65117"), typeset apart from the
review, wholly in italics, as the last block of the article's body. fundbox reads such a drive (its words for a
subscription and for the paper, in the verb-last and Slavic forms) only in a box of its own; this is the same drive as
the body's last line, set apart by its type. A review's own paragraph that tells of a subscription (a hero who
subscribes to a paper) is in the review's type, and a closing italic note that names the paper but no subscription
("first printed in the paper's Sunday issue") is the review's note: both stay. The drive tells where to subscribe: it
carries the subscription's index (a figure of five digits or more) or a link; a closing italic line of the review's own
that speaks of a subscription to a paper, a quotation from the book ("«A subscription to the paper is a promise»,
says the editor") or the plot's last scene, carries neither and stays (rev-detshort115).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .promo import set_apart
from .words import count_words


_INDEX = re.compile(r"(?<!\d)\d{5,}(?!\d)")


def closing_drive(block: HtmlElement, body: HtmlElement, subscription, paper) -> bool:
    """The block is the body's last, a short line set apart (italics, a small type, an aside's style: promo.set_apart)
    after prose, naming a subscription (`subscription`) and the paper (`paper`), fundbox's patterns."""
    if block.tag != "p" or block is body:
        return False
    text = text_of(block)
    if not text or count_words(text) > 30 or not (subscription.search(text) and paper.search(text)):
        return False
    if not (_INDEX.search(text) or block.xpath(".//a[@href]")):
        return False  # (where to subscribe: an index or a link; a quotation or the plot's scene gives neither)
    whole = " ".join(body.text_content().split())
    if not whole.endswith(" ".join(block.text_content().split())) or count_words(whole) < count_words(text) + 40:
        return False
    return set_apart(block, body)
