"""Another member's post quoted inside a forum post: the forum engine's quote box with its attribution.

A forum review often answers a question from the thread: the poster presses "Reply" on another member's post, and the
engine sets that member's words in a quote box headed by the member's name ("ana_reads said:", "Брат_Вильгельм
написал(а):"), then the poster's own answer. The quoted words are the other member's, not the review.

Platform knowledge: each engine marks a member's quote apart from a plain quotation (a passage of the book the
poster quotes, which the same engines print without the attribution):

- XenForo: ``blockquote.bbCodeBlock--quote`` with a ``.bbCodeBlock-title`` head (or its ``data-quote`` attribute);
- Invision: ``blockquote.ipsQuote`` with ``data-ipsquote-username``;
- Discourse: ``aside.quote`` with ``data-username``;
- vBulletin: ``.bbcode_quote`` with a ``.bbcode_postedby`` line;
- phpBB 3.2+: a ``blockquote`` led by a ``cite`` naming the member and closed by a colon ("ana wrote:");
- SMF: a ``.quoteheader`` ("Quote from: ana") and the ``blockquote`` after it.

What stays: a quotation without the member's attribution (the book's passage), and the poster's answer after it.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .nodes import class_words as _classes, text_of
from .words import count_words

RULE = "another member's quoted post"
_MAX_HEAD_WORDS = 8


def _attribution(head: HtmlElement | None) -> bool:
    """A short head naming the member, closed by a colon ("ana_reads said:", "ana wrote:")."""
    if head is None:
        return False
    text = text_of(head)
    return bool(text) and count_words(text) <= _MAX_HEAD_WORDS and text.rstrip().endswith((":", "："))


def _first_element(element: HtmlElement) -> HtmlElement | None:
    return next((c for c in element if isinstance(c.tag, str)), None)


def member_quotes(body: HtmlElement) -> list[HtmlElement]:
    """The quote boxes of other members' posts in the body, with the SMF header before one."""
    found: list[HtmlElement] = []
    for element in body.iter("blockquote", "aside", "div"):
        classes = _classes(element)
        if element.tag == "blockquote" and "bbCodeBlock--quote" in classes:
            head = next((c for c in element if isinstance(c.tag, str) and "bbCodeBlock-title" in _classes(c)), None)
            if element.get("data-quote") or _attribution(head):
                found.append(element)
        elif element.tag == "blockquote" and "ipsQuote" in classes and element.get("data-ipsquote-username"):
            found.append(element)
        elif element.tag == "aside" and "quote" in classes and element.get("data-username"):
            found.append(element)
        elif "bbcode_quote" in classes and element.xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' bbcode_postedby ')]"):
            found.append(element)
        elif element.tag == "blockquote" and (first := _first_element(element)) is not None and first.tag == "cite" \
                and not (element.text or "").strip() and _attribution(first) and count_words(text_of(element)) > count_words(text_of(first)):
            found.append(element)
        elif element.tag == "div" and "quoteheader" in classes and _attribution(element):
            after = element.getnext()
            found.append(element)
            if after is not None and after.tag == "blockquote":
                found.append(after)
    return [e for e in found if not any(e in f.iterdescendants() for f in found if f is not e)]


def drop_member_quotes(body: HtmlElement, report) -> None:
    for quote in member_quotes(body):
        report.add(RULE, quote)
        if quote.getparent() is not None:
            quote.drop_tree()
