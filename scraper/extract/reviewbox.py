"""A reader's review box on a shop's or a catalogue's book page (reviewed.py's marks of one work, read before
cleaning): a box whose class or id names a review or a rating ("product-rating", "review-item", "comment_item"), one
of two or more alike (the page's list of readers' reviews), holding its own star widget (two or more elements whose
class names a star or a rating icon, or an aria-label/title giving a score). When the post's longest line was written
inside such a box, the text is one reader's review of the page's one work, filed so by the page, with its own stars:
two marks of one work for a short review whose book the rules could not read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement
from .words import count_words
from .ratinglooks import EMPTY_STARS, FULL_STARS, HALF

from .nodes import class_of, id_of, rows
from .pricedhead import buy_first, head_boxes, priced_head

_BOX_WORD = re.compile(r"review|rating|comment|opinion|rezens|recens|bewertung|otzyv", re.I)
_STAR_WORD = re.compile(r"star|rating-?(?:solid|icon|star)|icon-rating", re.I)
# one empty element whose class carries its score, the star word glued to the count ("stars-line star4", Amazon's
# "a-icon-star a-star-4-5", "stars_45", "rating-stars-5"): a widget drawn by its stylesheet, one element for all the stars
_COUNTED_STARS = re.compile(r"(?<![a-z])stars?[-_]?\d(?![\d]{2})", re.I)
_SCORE_LABEL = re.compile(r"\d\s*(?:/|of|out\s+of|av|из|von|sur|de|su|z|från|af|van)\s*\d|\d\s*[★⭐]|[★⭐]{2,}", re.I)


def _named(el: HtmlElement, pattern: re.Pattern) -> bool:
    return bool(pattern.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


@lru_cache(maxsize=8192)  # (_named with _STAR_WORD, each class and id remembered: a list's boxes repeat them)
def _star_named(classes: str | None, ident: str | None) -> bool:
    return _STAR_WORD.search(f"{classes or ''} {ident or ''}") is not None


def _stars(box: HtmlElement) -> bool:
    """Two or more star icons (star-named elements with no text), one empty element whose class counts its stars
    (_COUNTED_STARS), or an aria-label or title giving a score: one walk, ended once any is found."""
    icons = 0
    for el in box.iter():
        if not isinstance(el.tag, str):
            continue
        if (label := el.get("aria-label") or el.get("title")) and _SCORE_LABEL.search(label):
            return True
        if _star_named(el.get("class"), el.get("id")) and not (el.text_content() or "").strip():
            icons += 1
            if icons >= 2 or _COUNTED_STARS.search(el.get("class") or ""):
                return True
    return False


def box_named(tree: HtmlElement) -> list[HtmlElement]:
    """The element and its descendants whose class or id names a review, a rating or a comment, in document order (read
    once for listed_boxes and shop_boxes)."""
    found = rows(tree)  # (every node's class and id, read once for the page's walks: nodes.rows)
    if found is not None:
        return [el for el, cls, id_ in found if (cls and _box_word(cls) or id_ and _box_word(id_)) and isinstance(el.tag, str)]
    return [el for el in tree.iter() if ((cls := class_of(el)) and _box_word(cls) or (id_ := id_of(el)) and _box_word(id_))
            and isinstance(el.tag, str)]  # (as _named: no word spans the space it puts between the two)


# (each attribute value's answer remembered: a theme repeats its class strings on every page, and the two walks below
# asked a regex of every element's, ~0.1 ms a walk)
@lru_cache(maxsize=8192)
def _box_word(value: str) -> bool:
    return _BOX_WORD.search(value) is not None


@lru_cache(maxsize=8192)
def _shop_word(value: str) -> bool:
    return _SHOP_WORD.search(value) is not None


def listed_boxes(tree: HtmlElement, named: list[HtmlElement] | None = None) -> list[tuple[str, bool]]:
    """The texts of the readers' review boxes, each item of a list of two or more alike (a review-named box beside
    another of its class), and whether it holds its own stars (read before cleaning drops the icons). (`named`:
    box_named(tree), if read.)"""
    # each parent's review-named children, in order (the named elements found in one walk, not each parent's children)
    families: dict[HtmlElement, list[HtmlElement]] = {}
    for kid in box_named(tree) if named is None else named:
        if kid is not tree:
            families.setdefault(kid.getparent(), []).append(kid)
    found: list[tuple[HtmlElement, tuple[str, bool]]] = []
    for parent, kids in families.items():
        classes = [kid.get("class") or kid.tag for kid in kids]
        # (alike by their first class too: a theme's list alternates "review even thread-even", "review odd alt"; the
        # stars are asked of those alike by their whole class, as before)
        firsts = [f"{kid.tag} {cls.split()[0] if cls.split() else ''}" for kid, cls in zip(kids, classes)] if len(kids) >= 2 else []
        for kid, cls, first in zip(kids, classes, firsts):
            if (strict := classes.count(cls) >= 2) or firsts.count(first) >= 2:
                found.append((parent, (" ".join(kid.text_content().split()), strict and _stars(kid))))
    if len({id(parent) for parent, _ in found}) > 1:  # the parents in document order, as a walk of the tree meets them
        found.sort(key=lambda item: _place(item[0]))  # (stable: a parent's boxes stay in their order)
    return [box for _, box in found]


def _place(element: HtmlElement) -> list[int]:
    """The element's place in document order: its index among its parent's children, and theirs up to the root (a
    list sorts as a walk meets the elements, an ancestor before what it holds), not every element counted."""
    place = []
    parent = element.getparent()
    while parent is not None:
        place.append(parent.index(element))
        element, parent = parent, parent.getparent()
    return place[::-1]


def starred_boxes(tree: HtmlElement, named: list[HtmlElement] | None = None) -> list[str]:
    """The texts of the readers' review boxes of a list that hold their own stars (listed_boxes)."""
    return [text for text, starred in listed_boxes(tree, named) if starred]


def own_lines(lines: list[str], boxes: list[tuple[str, bool]]) -> list[str]:
    """The post's lines without those of other readers' boxes: when the longest line lies in one reader's review box
    of a list (listed_boxes), a line that lies in another of them and not in that one is another reader's (their score
    is not this review's). The lines as they are when the longest lies in no box or in no list of two."""
    if len(boxes) < 2 or not lines or len(longest := max(lines, key=len)) < 20:
        return lines
    items = [_BARE.sub("", text) for text, _ in boxes]  # (compared without spaces or marks: the cleaned lines join inline boxes)
    key = _BARE.sub("", longest)[:150]  # (once, not once a box)
    mine = [item for item in items if key in item]
    if not mine:
        return lines
    own = min(mine, key=len)  # (its own box, not the list around it and the others)
    others = [item for item in items if item not in mine]
    return [line for line in lines if not ((bare := _BARE.sub("", line)) and bare not in own and any(bare in item for item in others))]


_BARE = re.compile(r"[\s*_#>`-]+")


def box_marks(boxes: list[str], lines: list[str], shop: list[str] = ()) -> tuple[str, ...]:
    """The marks when the post's longest line (40 characters or more) lies inside one starred review box, or inside
    a reader's review box of a product page (shop_boxes: the page's one work is what it reviews)."""
    longest = max(lines, key=len, default="")
    if len(longest) < 40:
        return ()
    if any(longest[:200] in box for box in boxes):
        return ("filed as a review by the page's reader's review box", "speaks of its rating (the box's own stars)")
    # (compared without spaces or emphasis marks, by its opening or its close: the cleaned line may join a box's title
    # to its text, the score between them gone)
    bare = _BARE.sub("", longest)
    if any(bare[:150] in _BARE.sub("", box) or bare[-100:] in _BARE.sub("", box) for box in shop):
        return ("filed as a review by the page's reader's review box", "speaks of the product page's one work")
    return ()


# A shop's or a catalogue's product page (platform knowledge of shop engines: Magento's "price-box" and "tocart",
# WooCommerce's "price" and "add_to_cart", Lazada's "pdp-price", schema.org's "offers"/"price" microdata): an element
# whose class, id or itemprop names a price, a cart, a basket, a purchase or an offer, beside the page's h1.
_SHOP_WORD = re.compile(r"price|cart|basket|buy|checkout|purchase|offers?(?![a-z])", re.I)


def _controls(tree: HtmlElement) -> list[HtmlElement]:
    """The elements whose class, id or itemprop names a shop control, in document order (each attribute read alone: no
    word spans a space, and a value's end is no letter, as a space between them would not be)."""
    found = rows(tree)
    if found is not None:
        return [el for el, cls, id_ in found if (cls and _shop_word(cls) or id_ and _shop_word(id_) or (value := el.get("itemprop"))
                                                  and _shop_word(value)) and isinstance(el.tag, str)]
    return [el for el in tree.iter() if ((value := class_of(el)) and _shop_word(value) or (value := id_of(el))
                                         and _shop_word(value) or (value := el.get("itemprop")) and _shop_word(value))
            and isinstance(el.tag, str)]


def shop_boxes(tree: HtmlElement, named: list[HtmlElement] | None = None) -> list[str]:
    """On a product page (an h1 and a price, cart or buy control), the texts of its readers' review boxes: each
    element whose class or id names a review, a rating or a comment and that holds neither the h1 nor a shop control,
    one box or many, starred or not (the stars and the worded score are the rating rules' to read). A reader's review
    written there is one reader's review of the page's one work, whatever its length. (`named`: box_named(tree), if read.)"""
    return shop_page(tree, named)[1]


def shop_page(tree: HtmlElement, named: list[HtmlElement] | None = None) -> tuple[bool, list[str]]:
    """Whether the page is a product page, its head a small box (a level or two above an h1) that holds a shop control,
    a price or a cart (a post's buy box or a product card sits below its text, a site's cart link in its header, away
    from the post's h1); and its readers' review boxes (shop_boxes: an h1 and a shop control anywhere)."""
    heads = list(tree.iter("h1"))
    controls = _controls(tree) if heads else []
    if not heads:
        return False, []
    if not controls:  # (no class names a price or a cart: a price and a button beside the h1, pricedhead)
        found = priced_head(heads) or buy_first(heads)  # (or its price and button before its description: pricedhead)
        return (True, _shop_boxes(tree, heads, [found[1]], named, found[0])) if found else (False, [])
    head = _product_head(heads, set(controls))
    head = head if head is not None else (found[0] if (found := buy_first(heads, set(controls))) else None)
    return head is not None, _shop_boxes(tree, heads, controls, named, head)


def _product_head(heads: list[HtmlElement], controls: set[HtmlElement]) -> HtmlElement | None:
    """The product's head: the small box a level or two above an h1 that holds a shop control (None: no product page)."""
    for head in heads:
        for box in head_boxes(head):
            if any(el in controls for el in box.iter()):
                return box
    return None


def _scored(text: str) -> bool:
    from .rating import has_score  # (rating reads this module's neighbours: imported here)
    return has_score(text)


def _shop_boxes(tree: HtmlElement, heads: list[HtmlElement], controls: list[HtmlElement], named, head=None) -> list[str]:
    # the elements that hold the h1 or a shop control (themselves and their ancestors), found once for every box
    holders = {held for el in heads + controls for held in (el, *el.iterancestors())}
    found = []
    for box in box_named(tree) if named is None else named:
        # (a box that holds the radio buttons of a score is the form's rating input, "Rating: Bad ○○○○○ Good", where a
        # reader would give one, never a reader's review)
        if box.tag in ("html", "body") or box in holders or any(el.get("type", "").lower() == "radio" for el in box.iter("input")):
            continue
        # (a short score row inside the product's head, beside its h1, price and cart: the product's average or its
        # seller's score, "Seller rating: 5 stars", "4.2 ★ (310)"; a reader's words there, unscored, stay a box)
        if head is not None and head in box.iterancestors() and count_words(text := spaced_text(box)) <= 8 and _scored(text):
            continue
        text = spaced_text(box)  # (its heading, its "no reviews yet" and its button apart: not "Reviews (0)No reviews yet")
        if not _empty_box(text, box) and not _control_only(box, text):
            found.append(text)
            found.extend(_alike_items(box, text))  # (the readers' own boxes inside it, named by no review word)
    return found


# the tags of an item box in a list of readers' notes (a paragraph is a part of one text, not a reader's box)
_ITEM_TAGS = frozenset(("div", "li", "article", "section"))


def _alike_items(box: HtmlElement, text: str) -> list[str]:
    """The texts of the items of a readers' area whose own boxes no class calls a review ("<div class="reviews"><h2>…
    </h2><div class="rv">★★★★★ name date one line</div><div class="rv">…</div>"): two or more sibling boxes alike (a
    div, li, article or section of one tag and class; a list's bare items) holding all but a few of its words, the
    heading, the average and the write-a-review button around them under 30 words. Each is one reader's box, so
    reviews_written asks of each, not of the area whole, whether a review is written out. A text that runs on in
    paragraphs, or an area whose words lie mostly outside its items (a score histogram beside a review), is no list."""
    if count_words(text) < 30:
        return []
    for parent in (box, *box.iterdescendants("div", "ul", "ol", "section")):
        kinds: dict[tuple[str, str], list[HtmlElement]] = {}
        for kid in parent:
            if isinstance(kid.tag, str) and kid.tag in _ITEM_TAGS and ((cls := (kid.get("class") or "").strip()) or kid.tag == "li"):
                kinds.setdefault((kid.tag, cls), []).append(kid)
        for items in kinds.values():
            if len(items) >= 2:
                texts = [spaced_text(item) for item in items]
                if count_words(text) - sum(map(count_words, texts)) < 30:
                    return texts
    return []


# the tags that run on inside a line of text; any other (a heading, a paragraph, a box) sets its text apart
_INLINE = frozenset(("a", "abbr", "b", "bdi", "cite", "code", "em", "font", "i", "img", "label", "mark", "q", "s", "small",
                     "span", "strong", "sub", "sup", "time", "u"))


def spaced_text(element: HtmlElement, skip: frozenset = frozenset()) -> str:
    """The element's text with a space where a block begins or ends ("<h2>Reviews</h2><p>None yet</p>": "Reviews None
    yet", where text_content() gives "ReviewsNone yet", a word no rule reads), inline tags run on ("<b>Gre</b>at");
    without the text of the tags in ``skip``."""
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        block = el.tag not in _INLINE
        parts.append(" " if block else "")
        if el.tag not in skip:
            parts.append(el.text or "")
            for child in el:
                if isinstance(child.tag, str):
                    walk(child)
                parts.append(child.tail or "")
        parts.append(" " if block else "")

    walk(element)
    return " ".join("".join(parts).split())


def _control_only(box: HtmlElement, text: str) -> bool:
    """The box's few words are all a link's or a button's ("write a review", a "3 reviews" anchor): a control that
    leads to the reviews or to a form for one, no reader's review (a reader writes prose, not a link)."""
    if count_words(text) > 8:
        return False
    linked = " ".join(" ".join(el.text_content().split()) for el in box.iter("a", "button") if el.text_content().strip())
    return bool(linked) and "".join(linked.split()) == "".join(text.split())


# a count of none ("(0 reviews)", "0 تقييم", "０件"): the reviews area's tally, no reader's review
_NONE_COUNTED = re.compile(r"^\W*[0０]\s*\S{0,16}\W*$")
_NOT_WRITTEN = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "form", "input", "label", "select", "textarea", "script", "style"))
_STAR_GLYPHS = str.maketrans("", "", FULL_STARS + HALF + EMPTY_STARS)
_LETTER = re.compile(r"[^\W\d_]")
_ZERO = re.compile(r"(?<![\d.,])[0０](?:[.,]0+)?(?![\d.,])")  # a count or an average of none ("0", "(0)", "0.0", "0,0")


def _empty_box(text: str, box: HtmlElement | None = None) -> bool:
    """The box holds no reader's review: only a count of none, or the empty reviews area's "No reviews yet, be the
    first" (with its heading and its write-a-review button), short; or (``box``) nothing but its headings and controls
    and what shows a count: its stars, a zero ("Reviews (0)", "☆☆☆☆☆ 0 reviews", a lone "Write a review" button)."""
    from .reviewed import no_reviews_yet  # (reviewed reads this module)
    if _NONE_COUNTED.match(text) or (count_words(text) <= 30 and no_reviews_yet([text])):
        return True
    if box is None or count_words(text) > 40:
        return False
    # (what a reader would have written: no heading's, link's, button's or form's words; a reader's review of one
    # line stays a box)
    rest = spaced_text(box, _NOT_WRITTEN).translate(_STAR_GLYPHS)
    return not _LETTER.search(rest) or bool(_ZERO.search(rest)) and count_words(rest) <= 4


def boxed(ev) -> bool:
    """The classifier's evidence holds the marks of a reader's review box (box_marks)."""
    return any(clue.startswith("filed as a review by the page's reader's review box") for clue in ev.work_clues or ())


def shop_boxed(ev) -> bool:
    """The post's longest line lies in a product page's reader's review box (box_marks' shop marks)."""
    return "speaks of the product page's one work" in (ev.work_clues or ())


def kept_widgets(widgets: tuple, blocks: list, lines: list[str]) -> list:
    """A reader's review kept alone on a second reading of its page (readerreview.keep_review) loses its head line, its
    name, date and stars: of the star widgets the first reading found (ratingblocks.Block), those of the box whose
    first paragraph the review's lines hold, when the second reading found none of its own. Not another reader's."""
    if not widgets or any(b.widget for b in blocks):
        return []
    kept = " ".join(" ".join(lines).split())
    return [b for b in widgets if b.near and " ".join(b.near.split()) in kept]


def reviews_written(boxes: list[str]) -> bool:
    """Whether a product page's readers' boxes (shop_boxes) hold a review written out: an innermost box, one whose text
    holds no other box's, of 30 words or more. Customers' one-line notes under a shop's description ("Fast delivery,
    lovely cover"), each in a box of its own with its title, stars and name in boxes beside it, are no review of the
    book: the page's text is the shop's blurb, a record (reviewed.product_record). A box with no smaller box in it
    counts whole, however its review is laid out."""
    texts = [" ".join(text.split()) for text in boxes]
    return any(count_words(text) >= 30 and not any(other != text and other in text for other in texts) for text in texts)
