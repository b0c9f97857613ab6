"""The blog's own boxes set between a review's paragraphs: its series index, a label over its other posts, its
where-to-buy prices. For ``boilerplate.clean_body`` (``mark``).

A blog that runs its reviews in a series (a reading project, a weekly column, a numbered letter) sets a small box
among the review's sections that lists the series' other posts. Its words are the blog's own, in any language; its
shape is what marks it:

- series line: a line standing in a box of its own (a ``div`` the theme names with a class, or a line alone in one),
  that opens on a bold label (one to eight words, no link in it), perhaps a few words more and a colon, then two items
  or more and nothing else but the marks between them (" · ", "|", "｜"): each item one link that leads nowhere or to
  the site's own pages, or a numbered part with no words of its own ("No. 4", "第12回"; not a book's place in its
  series, "Book 2", the reading order). A line whose items are links to other sites (a publisher's, a shop's) is the
  writer's citation and stays; so does a line with words of its own between its links, and a label owning the items in
  the third person ("Her other novels: …"), the reviewer on the author's books.
- label over a list: a box (a ``div``, named or not, inside the body) holding only a short label line (no link, no
  sentence stop) and a list of one to six items, each one link alone to the site's own pages or to none
  (``alsolead.link_list``): the box is the blog's widget. The same label and list in the review's own flow (no box of
  their own) is the reviewer's picks and stays.
- price box: a short line (40 words at most) that carries two prices or more and stands apart (a box of its own, or a
  bold label closed by a colon), each of its clauses (after the label, cut at a comma or a semicolon) a price: the
  line is a list of editions and what they cost; or a bid to buy naming a shop (``buyline.buy_line``) closed by a
  colon, its value the same list of prices, anywhere: the shop's line, not the review's ("Buy it at the corner
  bookshop, it costs 22 € and is worth every cent" is the reviewer's advice and stays). A review's sentence on what
  the book costs sits in a plain paragraph and stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from . import alsolead
from .buyline import buy_line
from .nodes import NOT_LINES, text_of
from .pricedrecord import _price
from .promo import PRICE, same_site
from .rating import has_score
from .ratingshapes import SERIES_PLACE
from .readeraside import THEIRS
from .words import count_words

SERIES_RULE, LIST_RULE, PRICE_RULE = "series index", "own posts box", "price box"
_LABEL_WORDS, _RUN_ON, _LINE_WORDS = 8, 4, 40
_CLAUSE_WORDS = 6  # an edition, its price and where: "the Penguin Modern Classics edition is £10.99"
_ITEMS = re.compile(r"\s*[·•|｜/／・]\s*")
_COLON = re.compile(r"^\s*([^:：]{0,60}?)\s*[:：]\s*")
_NUMBERED = re.compile(r"^\W{0,2}(?:[^\W\d_]{1,4}\.?\s?)?[#№]?\s?\d{1,4}\W{0,2}(?:[^\W\d_]{1,2})?$")
_THIRD = re.compile(rf"(?<!\w)(?:{THEIRS.pattern})(?!\w)", re.I)
_CLAUSES = re.compile(r"[;；]\s*|,\s+|，")  # (not the decimal comma: "39,90")
_STOP = re.compile(r"[.!?。！？]\s*$")


def _boxed(block: HtmlElement) -> bool:
    """The line is a box of its own: a classed div, or the one line inside one."""
    if block.tag == "div" and block.get("class"):
        return True
    parent = block.getparent()
    return parent is not None and parent.tag == "div" and bool(parent.get("class")) \
        and text_of(parent).strip() == text_of(block).strip()


def _own_link(link: HtmlElement, host: str) -> bool:
    href = (link.get("href") or "").strip()
    return link in alsolead.bare_links(link.getparent()) or (bool(href) and same_site(href, host))


def series_line(block: HtmlElement, host: str) -> bool:
    """A bold label, then only the series' other parts between marks (module docstring)."""
    if block.tag in NOT_LINES or not alsolead.bold_lead(block) or not _boxed(block):
        return False
    text = text_of(block).strip()
    if count_words(text) > _LINE_WORDS or has_score(text):
        return False
    first = next(c for c in block if isinstance(c.tag, str))
    label = text_of(first).strip()
    if not label or not text.startswith(label) or count_words(label) > _LABEL_WORDS or first.xpath(".//a") \
            or _THIRD.search(label):
        return False
    rest = text[len(label):]
    colon = _COLON.match(rest)
    if colon and count_words(colon.group(1)) <= _RUN_ON:
        if _THIRD.search(colon.group(1)):
            return False
        rest = rest[colon.end():]
    items = [item for item in _ITEMS.split(rest.strip()) if item.strip()]
    if len(items) < 2:
        return False
    links = [a for a in block.iter("a") if a is not first and first not in a.iterancestors()]
    if links:
        named = [text_of(a).strip() for a in links]
        return len(links) >= 2 and sorted(items) == sorted(named) and all(_own_link(a, host) for a in links)
    return all(_NUMBERED.match(item.strip()) and not SERIES_PLACE.search(re.split(r"\d", item)[0]) for item in items) \
        and _one_frame(items)


def _one_frame(items: list[str]) -> bool:
    """The numbered parts share one frame of their own around the number ("No. 12", "第141回"): bare numbers, or
    numbers each in a frame of its own, are a date, years, scores or a page count ("2019 / 2024", "320 pp · 2023")."""
    frames = {re.sub(r"\s+", "", re.sub(r"\d+", "#", item)) for item in items}
    return len(frames) == 1 and frames != {"#"}


def label_over_list(box: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The box's label line and its list of the site's own links (module docstring), or None."""
    if box.tag != "div" or box.getparent() is None:
        return None
    children = [c for c in box if isinstance(c.tag, str)]
    if len(children) != 2 or (box.text or "").strip() or any((c.tail or "").strip() for c in children):
        return None
    label, listing = children
    words = text_of(label).strip()
    if label.tag in NOT_LINES or label.xpath(".//a") or not 1 <= count_words(words) <= _LABEL_WORDS \
            or _STOP.search(words) or _THIRD.search(words) or not alsolead.link_list(listing):
        return None
    return label, listing


def price_box(block: HtmlElement, host: str) -> bool:
    """The shop's line of prices, set apart, or a bid to buy with a price (module docstring)."""
    if block.tag in NOT_LINES:
        return False
    text = text_of(block).strip()
    if not text or count_words(text) > _LINE_WORDS or has_score(text) or not _price(text):
        return False
    if not _priced_value(_COLON.sub("", text, count=1) if _COLON.match(text) else text):
        return False
    if len(PRICE.findall(text)) >= 2 and (_boxed(block) or alsolead.bold_lead(block) and _labelled(block, text)):
        return True
    return bool(_COLON.match(text)) and buy_line(block, host)


def _priced_value(value: str) -> bool:
    """Each clause of the line's value (cut at a comma or a semicolon) names a price and little else (six words
    besides it at most): a list of editions and prices, not a sentence that mentions one ("at £12 it is a steal for
    this much book", "I paid £25 for the hardback and would have paid £40 gladly")."""
    return all(_price(clause) and count_words(PRICE.sub(" ", clause)) <= _CLAUSE_WORDS
               for clause in _CLAUSES.split(value) if clause.strip(" .()"))


def _labelled(block: HtmlElement, text: str) -> bool:
    """The bold lead is a label closed by a colon."""
    first = next(c for c in block if isinstance(c.tag, str))
    label = text_of(first).strip()
    return count_words(label) <= _LABEL_WORDS \
        and (label.endswith((":", "：")) or text[len(label):].lstrip().startswith((":", "：")))


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement], host: str) -> None:
    """Mark the blog's series lines, own-posts boxes and price boxes among a post body's blocks."""
    index = {id(block): i for i, block in enumerate(items)}
    for i, block in enumerate(items):
        if i in drop or not text_of(block).strip():
            continue
        if series_line(block, host):
            drop[i], boxes[i] = SERIES_RULE, block
        elif price_box(block, host):
            drop[i], boxes[i] = PRICE_RULE, block
        elif (parent := block.getparent()) is not None and (pair := label_over_list(parent)) is not None \
                and pair[0] is block:
            drop[i], boxes[i] = LIST_RULE, parent
            k = index.get(id(pair[1]))
            if k is not None and k not in drop:
                drop[k], boxes[k] = LIST_RULE, parent
