"""A review kept alone on a book's record page (scraper.extract): a shop's product page or a library catalogue's page
of one book states the book as schema.org data (a top-level ``Book`` or ``Product`` object, no ``Review`` or article
of its own) and prints, around the one review it holds (a reader's, a librarian's, a bookseller's pick), the record:
formats and prices, the publisher's description, a list of bibliographic fields, the copies on the shelves. The body
finder takes the page's main column, record and review together.

The shape: on such a page, the review is one box inside the body holding nearly all its prose (paragraphs of a
dozen words and more); what the body holds beside that box (its siblings and its ancestors' siblings up to the body)
is the record and goes. Nothing is done when the body's prose is not in one box (a blog post's paragraphs sit in the
body itself, its book-facts box beside them), when the box's prose is short, or when the rest is not the smaller part.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .datelines import FULL_DATE
from .nodes import HEADING_TAGS, text_of
from .rating import has_score
from .words import count_words

RULE = "book record around its review"

# the page states one book as its subject; an article or a review of its own makes it an article's page
_RECORD_TYPES = {"book", "product"}
_OWN_TEXT_TYPES = {"review", "blogposting", "article", "newsarticle", "socialmediaposting", "webpage_article"}
_PROSE_WORDS = 12  # a paragraph of prose, not a field's line
_SHARE = 0.8  # the review's box holds this share of the body's prose at least
_MIN_REVIEW_WORDS = 80
_MAX_REST = 0.4  # what goes is the smaller part of the body
_BLOCKS = ("p", "div", "li", "dd", "blockquote", "td")


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).casefold() for k in kinds if k}


def record_page(jsonld: list[dict]) -> bool:
    """A page whose schema.org data states a book (or a product) and no review or article of its own."""
    kinds = set().union(*(_types(item) for item in jsonld if isinstance(item, dict))) if jsonld else set()
    return bool(kinds & _RECORD_TYPES) and not kinds & _OWN_TEXT_TYPES


def _prose(element: HtmlElement) -> int:
    """Words of the element's own prose blocks: those holding no block of their own, a dozen words and more."""
    if element.tag not in _BLOCKS or any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in element):
        return 0
    words = count_words(text_of(element))
    return words if words >= _PROSE_WORDS else 0


def _own_part(element: HtmlElement, held: dict[HtmlElement, int]) -> bool:
    """A part of one review's box beside its text: no prose block, no section's heading (h1, h2)."""
    if not isinstance(element.tag, str):
        return True
    if element.tag in ("h1", "h2") or next(element.iter("h1", "h2"), None) is not None:
        return False
    return not any(e is element or element in e.iterancestors() for e in held)


def drop_record_around(body: HtmlElement, jsonld: list[dict], report, catalogue: bool = False) -> None:
    """On a book's record page, keep the one box of the body holding its review's prose; the record around goes (its
    elements kept on the report, ``report.record_dropped``, for ``put_back``)."""
    if not (catalogue or record_page(jsonld)):  # (or a catalogue record heads the page, read by bookbody)
        return
    held: dict[HtmlElement, int] = {}
    for element in body.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        words = _prose(element)
        if words:
            held[element] = words
    total = sum(held.values())
    if total < _MIN_REVIEW_WORDS:
        return
    box = body
    while True:  # down to the deepest box still holding the share
        inner = next((c for c in box if isinstance(c.tag, str)
                      and sum(w for e, w in held.items() if e is c or c in e.iterancestors()) >= _SHARE * total), None)
        if inner is None:
            break
        box = inner
    if box is body:
        return
    # up to the review's own box: its stars, its title, its byline and date beside its text (no prose, no section heading)
    while all(_own_part(s, held) for s in box.getparent() if s is not box):
        box = box.getparent()
        if box is body:
            return  # the body is the review's own box already
    if box.tag not in ("div", "section", "article", "li", "td"):
        return
    if box.get("class") and any(s.tag == box.tag and s.get("class") == box.get("class") for s in box.itersiblings(preceding=True)) \
            or box.get("class") and any(s.tag == box.tag and s.get("class") == box.get("class") for s in box.itersiblings()):
        return  # one of a list of readers' reviews: which one is the page's is the reader's review rule's (readerreview)
    rest = [s for a in [box, *box.iterancestors()] if a is not body and body in a.iterancestors()
            for s in a.itersiblings(preceding=True) if isinstance(s.tag, str)]
    rest += [s for a in [box, *box.iterancestors()] if a is not body and body in a.iterancestors()
             for s in a.itersiblings() if isinstance(s.tag, str)]
    if not rest:
        return
    rest_words = sum(count_words(text_of(s)) for s in rest)
    if not rest_words or rest_words > _MAX_REST * count_words(text_of(body)):
        return
    for element in rest:
        report.add(RULE, element)
        parent = element.getparent()
        report.record_dropped.append((parent, parent.index(element), element))
        element.drop_tree()
    _drop_head_byline(box, held, report)


_BYLINE_WORDS = 8


def _drop_head_byline(box: HtmlElement, held: dict[HtmlElement, int], report) -> None:
    """The review's head, over its title and its text: the reader's name and the day they wrote ("Ana L. (reader,
    3/12/2026)", "Jan · 4 March 2026") in a short element of its own, as a catalogue's or a shop's review list heads
    each review. Read before the review's first prose block, in the boxes from it up to the review's box: what comes
    before it there, and before the review's title when it has one, holding no heading. It goes; the stars (read for
    the rating before), the review's own title, a line under that title ("by Tom, 4 May 2026", the title's byline) and
    any line without a date stay."""
    first = next((e for e in box.iterdescendants() if e in held), None)
    if first is None:
        return
    order = {e: i for i, e in enumerate(box.iter())}
    # (over the review's title, when it has one: a line between the title and the text is the title's, and stays)
    top = min((order[h] for h in box.iter(*HEADING_TAGS)), default=order[first])
    head = []
    for level in [first, *first.iterancestors()]:
        if level is box:
            break
        head += [s for s in level.itersiblings(preceding=True) if isinstance(s.tag, str)
                 and s.tag not in HEADING_TAGS and next(s.iter(*HEADING_TAGS), None) is None]
    for part in head:
        for leaf in [e for e in part.iter() if isinstance(e.tag, str) and not any(isinstance(c.tag, str) for c in e)
                     and order.get(e, top) < top]:
            text = text_of(leaf)
            if text and count_words(text) <= _BYLINE_WORDS and len(text) <= 80 and FULL_DATE.search(text) \
                    and not has_score(text) and not text.endswith((".", "!", "?")):
                report.add("review box meta", leaf)
                leaf.drop_tree()


def put_back(report, book) -> None:
    """The record the body's text went without, back in the tree for the last book rules (bookrescue's, which read the
    page's record rows and heading) when the book has no author yet: a record page's own record (its heading with the
    title, its author's line or field) is the surest place of its book. The body's text and notes were read already."""
    if book and book.author:
        return
    for parent, index, element in reversed(report.record_dropped):  # (in reverse: each at the place it had)
        element.tail = None  # (drop_tree gave its tail to the element before it)
        parent.insert(index, element)
    report.record_dropped.clear()
