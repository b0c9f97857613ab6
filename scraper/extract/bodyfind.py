"""The post body of a page (scraper.extract): the element an engine's selector names (platforms.BODY_SELECTORS,
matched in one walk), one post or a listing's several; else, on a page no selector fits (a hand-made site), the
innermost box holding most of its paragraphs.
"""

from __future__ import annotations

import copy
import re

from lxml import etree
from lxml.html import HtmlElement

from .bodyfields import append_record_fields, prepend_record_box
from .boilerplate import attached
from .classedrecord import BARRED_LEAVES, CLASSED_LEAVES, barred_record, title_lead, title_led_line
from .bookinfo import AUTHOR_LABEL, TITLE_LABEL, is_fact_label, label_of
from .platforms import BODY_COMPANIONS, BODY_SELECTORS
from .selectors import select_many
from .words import reading_size


_INLINE = frozenset(("a", "b", "i", "em", "strong", "span", "u", "s", "small", "font", "code", "br", "sup", "sub", "mark"))


def _text_blocks(tree: HtmlElement, bare: bool):
    """The page's paragraphs: its <p>; with ``bare``, also the boxes outside any <p> whose own text is written
    between <br> (or bare) rather than in <p> (LiveInternet, Diary.ru, Exblog and other older engines)."""
    if not bare:
        yield from tree.iter("p")
        return
    for el in tree.iter("p", "div", "td", "blockquote"):
        if el.tag == "p" or not any(a.tag == "p" for a in el.iterancestors()):
            yield el


def _block_text(el: HtmlElement) -> str:
    if el.tag == "p":
        return (el.text_content() or "").strip()
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            parts.append(child.text_content() or "")
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _text_container(tree: HtmlElement, bare: bool = False, some: int = 0) -> tuple[HtmlElement, int] | None:
    """On a page no engine's selector fits (a hand-made site), the innermost box holding most of its paragraphs,
    and how many posts it holds (one; or, for a list of linked headings, one a heading). A page with less than a
    post's text in <p> is measured again counting text written bare between <br> or in boxes as paragraphs
    (``some``: what the <p> held, a line or two; the text outside them must be most of the page's, three times it)."""
    weight: dict = {}
    total = 0
    for p in _text_blocks(tree, bare):
        size = reading_size(_block_text(p))  # in Latin letters' worth: 300 Han characters are a post, not a caption
        if size < 40:
            continue
        total += size
        for ancestor in p.iterancestors():
            weight[ancestor] = weight.get(ancestor, 0) + size
    if total < 400 and not bare:  # less than a post in <p> (a footer's line or two): an engine writing its text between
        return _text_container(tree, True, total)  # <br>, or in boxes of its own ("<div class='text_editor_paragraph'>")
    if total < 400 or total < 3 * some:  # (a short post in <p> beside a sidebar's bare text is no page of boxes)
        return None
    boxes = [el for el, size in weight.items() if size >= 0.8 * total and el.tag in ("div", "td", "section", "center", "blockquote")]
    if not boxes:
        return None
    box = max(boxes, key=lambda el: len(list(el.iterancestors())))
    # headings that are links to other pages, three or more: a list of teasers, not one post (not a heading's anchor
    # to itself, "<h2 id='x'><a href='#x'>", which static engines put on every section heading: Franklin, Hugo, mkdocs)
    teasers = len(box.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4][.//a[@href and not(starts-with(normalize-space(@href), '#'))]]"))
    if teasers >= 3:
        return box, teasers
    # the post's own title sits just above its paragraphs: take the box that holds it too
    # (not the site's name set as the h1 of every page, a link home: old themes give the post an h2)
    heading = tree.xpath("(//h1[not(count(.//a) = 1 and normalize-space(.) = normalize-space(.//a) and "
                         "(.//a/@href = '/' or substring-after(.//a/@href, '://') = concat(substring-before(substring-after(.//a/@href, '://'), '/'), '/')))])[1]")
    # (not when the page's <p> held a line or two besides: its heading's box is the page's, header and footer too)
    if heading and heading[0] not in box.iterdescendants() and not some:
        holders = [el for el in boxes if heading[0] in el.iterdescendants()]
        if holders:
            box = max(holders, key=lambda el: len(list(el.iterancestors())))
    return box, 1


# a body-classed box whose text all sits in a table or a definition list (a shop's "additional information" tab
# beside the description tab, both classed as the entry's content) is the item's data sheet, not a second post
_DATA_SHEET = etree.XPath("boolean((.//table or .//dl) and not(.//text()[normalize-space()][not(ancestor::table or ancestor::dl)]))")
# (a headline of its own beside the box, in the branch that holds it apart from the longest box, makes it a post: a
# listing's wrap-up whose scores sit in a table under its own entry title; a shop's tab has no headline of its own)
_OWN_HEADLINE = etree.XPath("boolean(.//*[self::h1 or self::h2 or self::h3 or self::h4 or contains(@class, 'title')]"
                            "[normalize-space()][not(ancestor::table or ancestor::dl)])")


# a body-classed box left with no text (its sign-up card cleaned away) or holding a form and little text, inside the
# same <article> as the longest box (Ghost's sign-up card set in a second "gh-content" section under the post): a part
# of the one post, not a second post. A listing's posts each sit in an <article> of their own, and hold text.
_FORM_PART = etree.XPath("not(normalize-space(.)) or (.//form and string-length(normalize-space(.)) < 400)")


def _form_part(el: HtmlElement, longest: HtmlElement) -> bool:
    """`el` is an emptied box or a form's box inside the article that holds the longest box (see _FORM_PART)."""
    if not _FORM_PART(el):
        return False
    own = next(el.iterancestors("article"), None)
    return own is not None and own is next(longest.iterancestors("article"), None)


def _data_sheet(el: HtmlElement, longest: HtmlElement) -> bool:
    """`el` is a data sheet beside the longest box (see _DATA_SHEET), not a post under a headline of its own."""
    if not _DATA_SHEET(el):
        return False
    branch, parent = el, el.getparent()
    while parent is not None and not any(d is longest for d in parent.iterdescendants()):
        branch, parent = parent, parent.getparent()
    return not _OWN_HEADLINE(branch)

_CHROME_ANCESTOR = (
    "ancestor::footer or ancestor::aside or ancestor::nav or ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' related')"
    " or contains(@class, 'teaser') or contains(@class, 'view-mode-related') or contains(@class, 'recommend')"
    " or contains(@class, 'next') or contains(@class, 'prev') or contains(@class, 'more-posts') or contains(@class, 'read-more')]"
    # (a body inside the replies' block under a post, "entry-comments", is a reply, not a second post of a listing)
    " or ancestor::*[not(self::body) and (contains(@class, 'comments') or contains(@class, 'comment-') or contains(@class, 'commentlist')"
    " or contains(@class, 'replies'))]"
)


def find_body(tree: HtmlElement, topic: bool = False, matched: list | None = None) -> tuple[HtmlElement | None, int]:
    """The post body element and how many post bodies the page holds (more than one: a listing). On a forum topic's
    page (``topic``) the opening post that is the longest and most of the text is one post: the others reply to it.
    `matched`: what each of BODY_SELECTORS matched in this tree before elements were only removed from it since
    (boilerplate.remove_selectors): those still in the tree are what the selectors match now, in the same order
    (every body selector reads an element's own attributes and its ancestors', which a removal elsewhere leaves)."""
    # every engine's selector matched in one walk of the tree (selectors.py), then taken in order of precedence
    if matched is None:
        matched = select_many(tree, BODY_SELECTORS)
    else:
        matched = [[el for el in found if el is tree or attached(el, tree)] for found in matched]
    for selector, found in zip(BODY_SELECTORS, matched):
        # nested matches (a body inside a body) count once
        outer = [el for el in found if not any(other is not el and el in other.iterdescendants() for other in found)]
        # a body-classed block in the page chrome (a CMS footer or sidebar text block) is not a post,
        # and a teaser of another post in a related-content block is not a second post
        if len(outer) > 1:
            # each candidate's text measured once; the longest is the first of the longest, as max() gives
            sized = [(el, len(el.text_content() or "")) for el in outer]
            longest = max(sized, key=lambda pair: pair[1])[0]
            sized = [(el, n) for el, n in sized if el is longest or not (el.xpath(_CHROME_ANCESTOR) or _data_sheet(el, longest)
                                                                             or _form_part(el, longest))]
            outer = [el for el, _ in sized]
        if outer:
            if len(outer) > 1:
                sizes = sorted((n for _, n in sized), reverse=True)
                # bare <article>/<main>: one post and teasers of others (a listing's posts are of a size)
                if selector in ("article", "main") and sizes[0] >= 3 * sizes[1]:
                    return longest, 1
                if topic and sized[0][0] is longest and sizes[0] >= 0.6 * sum(sizes):
                    return longest, 1
                return longest, len(outer)
            body = outer[0]
            append_record_fields(body); prepend_record_box(body)  # (Drupal: the book's record in a field after the body field; a record box right before it: bodyfields)
            companion = BODY_COMPANIONS.get(selector)
            if companion:
                for intro in reversed(tree.cssselect(companion)):
                    body.insert(0, copy.deepcopy(intro))
            return body, 1
    found = _text_container(tree)
    return found if found is not None else (None, 0)


# A line of the book's record in the post: "Label: value" parts, one of them the book's title or author and another
# a fact of it (publisher, pages, translator), "Book: T | Author: A | Publisher: P | Pages: 96"; Japanese and Chinese
# records part their fields with a (full-width) space before the next label and its full-width colon ("出版社：X　発売日：Y")
RECORD_PARTS = re.compile(r"\s+[|·•/]\s+|\s*[;\n]\s*|\s+(?=[^\s:：|/]{1,10}：)")
NAMING = re.compile(rf"(?:{TITLE_LABEL}|{AUTHOR_LABEL})", re.I)
# (a block of inline text only, not a box of paragraphs around it, with a class and a label's colon)
_CLASSED_LEAVES = etree.XPath("descendant-or-self::*[self::p or self::div or self::li][@class][not(.//p or .//div or .//li)]"
                              "[contains(., ':') or contains(., '：')]")


def record_line(text: str) -> bool:
    labels = [found[0] for found in map(label_of, RECORD_PARTS.split(text)) if found]
    return any(NAMING.fullmatch(label) for label in labels) and len(labels) >= 2 \
        and sum(1 for label in labels if NAMING.fullmatch(label) or is_fact_label(label)) >= 2


def keep_record_lines(body: HtmlElement) -> int:
    """The post's own line of its book's record, classed as a "meta" line by its theme ("<p class='book-meta'>"), loses
    its class, for which trafilatura drops a block (its discard rules' "meta", "rating", "byline" tokens): it is the
    review's text. So does a labelled line of a record box, the record written one line each in a box of its own
    ("<div class='bookinfo'><p class='bookinfo__author'>Author: A</p><p>Publisher: P</p>…"): the box's lines read together
    are the record (``record_box``); and two unlabelled shapes of the line, a card parted by bars and a sentence opening
    on the title's lead (``classedrecord``). How many lines were kept."""
    kept = 0
    for block in _CLASSED_LEAVES(body):  # (found in C: classed blocks of inline text only, holding a colon)
        if len(block) <= 12:
            text = " ".join(block.text_content().split())
            if 10 <= len(text) <= 300 and record_line(text) or 4 <= len(text) <= 120 and record_box(block):
                del block.attrib["class"]
                kept += 1
    for block in BARRED_LEAVES(body):  # a book card's record parted by bars, no label (classedrecord)
        if len(block) <= 12 and barred_record(block, text := " ".join(block.text_content().split())):
            del block.attrib["class"]
            kept += 1
    title = body.getroottree().getroot().find("head/title")
    lead = title_lead(title.text if title is not None else None)
    if lead:  # the book's line in prose, opening on the title's lead (classedrecord)
        for block in CLASSED_LEAVES(body):
            text = " ".join(block.text_content().split())
            if text.startswith(lead) and title_led_line(text, lead, title.text):
                del block.attrib["class"]
                kept += 1
    return kept


def record_box(block: HtmlElement) -> bool:
    """The line is one of a box's two to eight short lines, with nothing else in the box, that read together as the
    book's record with three labels or more (a title or author label, and a fact of the book: publisher, pages, price)."""
    box = block.getparent()
    if box is None or box.tag not in ("div", "section", "aside", "ul", "dl") or (box.text or "").strip():
        return False
    lines = [" ".join(c.text_content().split()) for c in box if isinstance(c.tag, str)]
    lines = [line for line in lines if line]
    if not 2 <= len(lines) <= 8 or any(len(line) > 120 for line in lines):
        return False
    record = " | ".join(lines)
    return record_line(record) and sum(1 for part in RECORD_PARTS.split(record) if label_of(part)) >= 3
