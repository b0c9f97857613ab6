"""What is never the lead-in of an ask removed after it (``boilerplate``'s lead-in rule).

The cleaning takes a short line typeset apart right before a removed ask as the ask's lead-in ("Enjoyed this
review?", "A small favour:"). Lines of the review's own stand there too, set apart as asides, and stay:

- a labelled line in bold ("**Publisher:** …"), a record line or a record's rows (``citedrecord``, ``cataloguehead``),
  a CJK record crediting its bracketed title to a name with the role word ("《T》，A著。": ``bookcjkline.credit_line``),
  a record in bare fragments, or "T, by A. Publisher." or "Book: T — A, House" (``labeldash``), or "A, «T». Novel." (``bookquotedrecord.remark_line``), whose
  author the review names again (``fragmentrecord``), a note the review carries (a
  free-copy disclosure in italics, a content warning: ``housekeeping.a_note``), or "A, T, House" in commas opening on
  the author the review names again (``fragmentrecord.name_commas``);
- a link card: a block whose whole text is one link to another site (an engine's embedded preview of the book's page
  at its publisher or a bookshop: "<div class=embed><a href=publisher…>Title – Author | Publisher</a></div>"). A lead-in
  speaks to the reader about the ask; a card points elsewhere, and says nothing of the ask. A link to a payment or
  membership service, or to a bookseller with the blogger's affiliate id or a retailer, is the ask's own and not
  kept by this (``promo``'s rules read those);
- a record set in spaced slashes, three parts or more, each short, no sentence's end ("T / A / House, City /
  Paperback"): the book's line, whatever ask follows it (a lead-in speaks to the reader);
- a rating line: the review's score after a label or opening the line ("Hodnocení: 4 z 5", "★★★★☆"), read as the
  rating reader reads it (``rating``'s candidates of the first ranks): a lead-in speaks of the ask, a score of the book;
- a line in a small box of the review's own that holds the review's score on another line (a book card's title,
  score and a note under them): the card is the review's, whatever box of asks is set after it;
- the review's last line, bare among its paragraphs in the review's box, when the ask after it is set in a box of its
  own (a magazine's subscription box closing the text's box) and the line is a plain statement, no question or
  exclamation, no link ("The reviewer had a free copy."): a lead-in asks or bids ("Enjoyed this one?"), or is its
  ask's own box;
- the last line of a small box of labelled fields ("Book: …", "Author: …", "Pages: 404"), the ask after the box,
  outside it: the book's record box, in any language (a lead-in opens no field).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from . import cataloguehead, citedrecord, fragmentrecord
from .headedrecord import headed_facts
from .bookcjkline import credit_line
from .bookquotedrecord import remark_line
from .labeldash import dash_record
from .housekeeping import a_note
from .nodes import links_of, text_of
from .rating import has_score, line_candidates  # (the reader's own test of a line's score)
from .sitedomain import registrable
from .words import count_words
from .platforms import SOCIAL_NAME


def link_card(block: HtmlElement, host: str) -> bool:
    """The block's whole text is one link to another site, not a support, affiliate or retailer link."""
    from .promo import affiliate_links, is_support_link, retailer_links  # (late: promo is read by this module's callers)
    links = links_of(block)
    if len(links) != 1 or not host or text_of(links[0]) != text_of(block) or not text_of(block):
        return False
    href = links[0].get("href") or ""
    target = (urlsplit(href).hostname or "").lower()
    if not target or registrable(target) == registrable(host):
        return False
    return not (is_support_link(href) or affiliate_links(block, host) or retailer_links(block))


def _slashed_record(text: str) -> bool:
    """A record in spaced slashes: three parts or more, each six words at most, not a sentence, naming no network."""
    if text.count(" / ") < 2 or text.rstrip().endswith(("?", "!", ":", "？", "！")):
        return False
    parts = text.split(" / ")
    return all(0 < count_words(p) <= 6 for p in parts) and not SOCIAL_NAME.search(text)


def never_lead_in(block: HtmlElement, before: list[HtmlElement], host: str = "", ask: HtmlElement | None = None) -> bool:
    """The line is the review's own (see the module docstring), whatever ask follows it."""
    text = text_of(block)
    return _slashed_record(text) or ask is not None and _before_boxed_ask(block, ask) or bool(block.xpath(".//strong[contains(., ':')] | .//b[contains(., ':')]")) or citedrecord.record_line(text) \
        or bool(cataloguehead.record_rows(block)) or fragmentrecord.named_record(text, elsewhere := " ".join(text_of(x) for x in before)) \
        or fragmentrecord.by_record(text, elsewhere) is not None or dash_record(text, elsewhere) is not None or remark_line(text, elsewhere) \
        or fragmentrecord.name_commas(text, elsewhere) is not None \
        or text[:1] in "『《" and credit_line(text, elsewhere) \
        or a_note(text, block) or link_card(block, host) and not _in_box(block) or _in_scored_box(block) \
        or _rating_line(text) or ask is not None and _closes_fields_box(block, ask) or headed_facts(block, elsewhere)


# a labelled field: a short label, its colon, a value ("Pages: 404", "صفحات: 404", "ページ数：404")
_FIELD = re.compile(r"^\W{0,2}[^\W\d][^:：\n]{0,24}[:：]\s*\S")


def _closes_fields_box(block: HtmlElement, ask: HtmlElement) -> bool:
    """The line closes a small box of two labelled fields or more (the book's record box), the ask outside it."""
    parent = block.getparent()
    if parent is None or parent.tag not in ("div", "aside", "section", "dl") or not _FIELD.match(text_of(block)):
        return False
    lines = [text_of(child) for child in parent if isinstance(child.tag, str) and text_of(child)]
    return 2 <= sum(bool(_FIELD.match(t)) for t in lines) and len(lines) <= 8 \
        and lines[-1] == text_of(block) and not any(a is parent for a in ask.iterancestors()) and ask is not parent


def _rating_line(text: str) -> bool:
    """The line gives a score after a label or opening it, a line's length (not a plea that names a star count)."""
    return len(text) <= 120 and has_score(text) and any(c.rank <= 2 for c in line_candidates(text))


def _in_box(block: HtmlElement) -> bool:
    """The link sits in a box of the review's own with other lines (a record box's "Publisher's page" under its
    record line): dropped as the ask's lead-in, the link leaves the box's record as the review's; kept, the box reads as
    a card of links that trafilatura drops whole, record and all."""
    parent = block.getparent()
    return parent is not None and parent.tag in ("div", "aside", "section") and sum(1 for child in parent if text_of(child)) >= 2 \
        and len(text_of(parent).split()) <= 60  # (a small box of its own, not the post's body)


def _in_scored_box(block: HtmlElement) -> bool:
    """The line sits in a small box of the review's own that holds its score on another line (a book card: the title,
    "Rating: 9/10", a note in small type under them): the box is the review's, and so is the line closing it, whatever
    ask is set in the box after it."""
    parent = block.getparent()
    if parent is None or parent.tag not in ("div", "aside", "section"):
        return False
    others = [child for child in parent if child is not block and isinstance(child.tag, str) and text_of(child)]
    return 1 <= len(others) <= 6 and len(text_of(parent).split()) <= 60 and any(has_score(text_of(child)) for child in others)


def _before_boxed_ask(block: HtmlElement, ask: HtmlElement) -> bool:
    """The ask stands in a box of its own (a div, an aside or a section, or a wrapper holding only it) right after the
    line, and the line sits bare in a box holding two of the review's paragraphs or more (of twenty words): the text's
    box, not the ask's."""
    text = text_of(block)
    if not text.endswith(".") or "?" in text or "¿" in text or "!" in text or block.find(".//a") is not None:
        return False
    boxed = ask.tag in ("div", "aside", "section")
    while ask.getprevious() is None and (wrapper := ask.getparent()) is not None and text_of(wrapper) == text_of(ask):
        ask, boxed = wrapper, True
    box = block.getparent()
    # (or the ask is itself a bare line among the review's paragraphs, and the line a full statement of eight words or
    # more: "Enjoyed it?", "A small favour:", "Thanks for reading!" lead in; a reviewer's closing note states)
    # (wholly in italics, no label or colon: a note set in the text, "Mods: move this if …" addresses someone)
    bare = ask.tag == "p" and ask.getparent() is box and len(text.split()) >= 8 and ":" not in text \
        and any(e.tag in ("em", "i") and text_of(e) == text for e in block.iterdescendants())
    return (boxed or bare) and ask.getprevious() is block and box is not None \
        and sum(1 for c in box if c.tag == "p" and len(text_of(c).split()) >= 20) >= 2
