"""The post body as the rating search reads it: text blocks with image alt text in place, and what
a reader sees but the text does not say (alt text, ``aria-label``, rows of CSS star icons, a star widget's hidden text).

Read before cleaning, so a rating in a box the cleaner removes is still found (``rating.find_rating``); a rating widget
in the post's header, between its title and its body, is read with them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .ratingglyphs import LONE_STAR
from .casefold import guarded

_SPACES = re.compile(r"\s+")


class Block(NamedTuple):
    """A block of the post body as a reader sees it (image alt text in place), and whether it is quoted."""

    text: str
    quoted: bool = False
    image: bool = False  # the alt text of an image, on its own
    widget: bool = False  # what a rating widget says to a screen reader (its aria-label, title or hidden text)
    overall: bool = False  # a row of stars or a widget in a box classed as the final or overall score (a review box's total)
    near: str = ""  # a widget's: the start of the first paragraph of its review's box (a review list's item)
    box: int = 0  # and the length of that box's text


_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt", "figcaption", "caption", "div"}
_EMPTY_ICON = re.compile(r"empty|outline|-o\b|\bfar\b|regular|\boff\b|blank|gr[ae]y|inactive|unfilled|\bleer\b|\bvide\b|\bvac[ií]a\b")  # (de, fr, es)
# ... or a row that marks only its lit stars ("star on", "star active", "star is-filled"), the others plain "star"
_LIT_ICON = re.compile(r"(?<![a-z])(?:on|active|filled|full|selected|checked|lit|rated|highlighted|voll|pleine?|llena)(?![a-z])")


_STAR_ICON = re.compile(r"star|stern|etoile|estrel")  # (de "stern voll", fr "etoile", es "estrella")


def _icon_name(icon) -> str:
    """An icon's class, lowercased; an image's with no alt text with its file's name (without its folders) after it
    (an image's alt text is the row's reading: _image_row_alt)."""
    cls = (icon.get("class") or "").lower()
    if icon.tag == "img" and (src := icon.get("src")) and not (icon.get("alt") or "").strip():
        return f"{cls} {src.rsplit('/', 1)[-1].split('?', 1)[0].lower()}"
    return cls


def _icon_stars(element) -> str | None:
    """A row of star icons drawn by CSS (``<i class="fa fa-star">`` …) as the glyphs a reader sees."""
    if len(element) < 3:  # (three icons at least: most elements have fewer children, and are passed at once)
        return None
    # (a row of star images is told by its files' names too: "star-full.png", "star_off.gif", "star-half.svg")
    stars = [(c, low) for c in element if isinstance(c.tag, str) and _STAR_ICON.search(low := _icon_name(c))]
    if not 3 <= len(stars) <= 10 or (element.text or "").strip():
        return None
    # (each star filled by a bar of its own width inside it: its width says full, half or empty)
    icons = [f"{low} {_fill(c)}" for c, low in stars] if _fill(stars[0][0]) else [low for _, low in stars]
    half = sum("half" in c for c in icons)
    empty = sum(bool(_EMPTY_ICON.search(c)) for c in icons if "half" not in c)
    if not empty and (lit := sum(bool(_LIT_ICON.search(c)) for c in icons if "half" not in c)) and lit + half < len(icons):
        empty = len(icons) - lit - half  # ("star on" ×4, "star" ×1: the row marks its lit stars, the others are out)
    full = len(icons) - half - empty
    return "★" * full + "½" * half + "☆" * empty if full + half else None


_WIDTH = re.compile(r"(?<![\w-])width\s*:\s*(\d{1,3}(?:\.\d+)?)%")


def _fill(icon) -> str:
    """A star icon filled by a bar inside it of a width in percent ("<div class='star-w'><div class='full'
    style='width:0%'>"), as the words of an icon's class: "half", "empty" or nothing (a full one); "" with no such bar;
    "width" marks a bar read."""
    bar = next((c for c in icon if isinstance(c.tag, str)), None) if len(icon) else None
    width = _WIDTH.search(bar.get("style") or "") if bar is not None and "width" in (bar.get("style") or "") else None
    if width is None:
        return ""
    share = float(width.group(1))
    return "width " + ("empty" if share < 25 else "half" if share < 75 else "")


def _icon_text(element, cls: str | None) -> bool:
    """Whether the element is an icon (``<i>``, or classed "icon") holding a short text: what an icon font's star row
    says to a screen reader, the stars drawn by CSS ("<i class='icon-star a-star-4'><span class='icon-alt'>4 de 5</span>")."""
    if element.tag != "i" and not (cls and "icon" in cls.lower()):
        return False
    text = element.text_content().strip()
    return 0 < len(text) <= 40 and any(c.isdigit() for c in text)


def _star_picture(img) -> bool:
    """A row of stars drawn as one picture that says its score ("<img src='…/stars_45.png' alt='4.5 of 5'>", a
    catalogue's or a shop's reader review head): a widget like a row of icons, told by the file's name or its class, so
    that each review of a list is told by its own box (``others_widgets``)."""
    src = (img.get("src") or "").rsplit("/", 1)[-1].split("?", 1)[0].lower()
    return bool((img.get("alt") or "").strip()) and bool(_STAR_ICON.search(f"{(img.get('class') or '').lower()} {src}"))


def _image_row_alt(img) -> str | None:
    """An image's alt text; for a row of images side by side (a star drawn per image: "★", "★", "½") the
    row's alt texts joined, read once at its first image."""
    before = img.getprevious()
    if before is not None and before.tag == "img" and not (before.tail or "").strip():
        return None  # read with the row's first image
    alts, current = [img.get("alt") or ""], img
    while not (current.tail or "").strip() and (current := current.getnext()) is not None and current.tag == "img":
        alts.append(current.get("alt") or "")
    return "".join(a.strip() for a in alts) if len(alts) > 1 else alts[0]


def _block_text(element) -> str:
    """The element's text with image alt text in place and a newline for each <br>."""
    parts = []
    for node in element.iter():
        if node.tag == "img":
            parts.append(f" {node.get('alt', '')} ")
        elif node.tag == "br":
            parts.append("\n")
        elif node is element or isinstance(node.tag, str):
            parts.append(node.text or "")
        if node is not element:
            parts.append(node.tail or "")
    return "".join(parts)


# Text a theme hides from the eye for screen readers, and the classes of a rating widget (a row of stars drawn by CSS
# whose accessible text, "4 out of 5 stars", is the only place its score is written)
# (matched on the lowercased class: a case-blind pattern costs three times as much, on every element of the body)
# (and "blind", the screen-reader class of Korean portals and shops: Naver, Kakao, Ridibooks)
# (a theme's own "…Hidden" class too, "stHidden", "u-hidden": only a rating widget's counts, as for the others)
_HIDDEN_TEXT = re.compile(r"sr-only|screen-?reader|visually-?hidden|a11y|assistive|offscreen|hidden(?:-text)?(?![a-z])|(?<![a-z])blind(?![a-z])")
# (and the words for a rating in class names of shops in other languages: de "bewertung", nl "beoordeling", it "valutazione",
# es "valoración", pt "avaliação")
RATING_WIDGET = re.compile(r"star(?!t)|rating|rated|score|stelle|sterne|sterren|etoile|estrella|estrela|bewert|beoordel|valutaz|valoraci|avalia")
_OVERALL_BOX = re.compile(r"final|overall|total|global")


def _near_class(element, pattern: re.Pattern, itemprop: bool = False) -> bool:
    """Whether the element, or one of its two nearest ancestors, has a class (or, with `itemprop`, an ``itemprop``)
    that `pattern` finds."""
    holder = element
    for _ in range(3):
        if holder is None:
            return False
        if (cls := holder.get("class")) and pattern.search(cls.lower()) or itemprop and (prop := holder.get("itemprop")) and pattern.search(prop.lower()):
            return True
        holder = holder.getparent()
    return False


def _beside_widget(element) -> bool:
    """Whether the element's nearest sibling before or after it is classed as a rating widget (a row of stars)."""
    return any(s is not None and isinstance(s.tag, str) and (cls := s.get("class")) and RATING_WIDGET.search(cls.lower())
               for s in (element.getprevious(), element.getnext()))


# the readers' average: a widget in a box classed or itemprop'd so, or beside its count of votes ("4.8 · 214 reviews")
_AGGREGATE = re.compile(r"aggregate|average|(?<![a-z])avg|(?<!ac)count(?!r)|votes")
_COUNT = re.compile(r"(?<!ac)count(?!r)|votes")
# or whose text is a count of ten or more with its one noun, in any language ("34 reviews", "(리뷰 87건)", "2 964 hodnocení")
_COUNTED = re.compile(r"[(（]?\s*(?:[^\W\d_]+\s*)?(?:\d{1,3}(?:[\s.,\u00a0]\d{3})+|\d{2,})\s*(?!(?:점|点|分|stars?|points?|pts|sterne|étoiles|estrellas)(?!\w))[^\W\d_]+\s*[)）]?",
                      re.IGNORECASE)


def aggregate(element) -> bool:
    """Whether a rating widget shows the readers' average: it, or a box two levels up, is classed or itemprop'd as
    an average ("aggregateRating"), or a sibling of it or of its box, or a child of the short box after it in a small box, is the count of votes
    ("product-rating__count"; Magento's actions box beside the stars: "<div><a>37 Reviews</a><a>Add Your Review</a>")."""
    if _near_class(element, _AGGREGATE, itemprop=True):
        return True
    parent = element.getparent()
    boxes = [element, parent] if parent is not None else [element]
    siblings = [s for box in boxes for s in (*box.itersiblings(), *box.itersiblings(preceding=True)) if isinstance(s.tag, str)]
    return any(_COUNT.search((s.get("class") or "").lower()) or _COUNTED.fullmatch(s.text_content().strip()) for s in siblings) \
        or any(c.tag == "a" and _COUNTED.fullmatch(c.text_content().strip())  # (a child's text only: a class is another widget's)
               for box in boxes if (holder := box.getparent()) is not None and len(holder) <= 3  # (in a small box: not a body's paragraphs)
               # (a box of links, the count one of them, leading to the reviews: not a box of the book's facts, "320 pages")
               for s in box.itersiblings(preceding=False) if isinstance(s.tag, str) and len(s.text_content()) <= 60
               and len(s) and all(c.tag == "a" for c in s) for c in s)


def _box_paragraph(element, paragraphs_only: bool = False) -> tuple[str, int]:
    """The start of the first paragraph in the widget's box, two or three levels up (a review list's item: the
    stars, the reviewer's name, then the review), or of its longest run of text when it has no paragraph, or "";
    and the length of the box's text."""
    boxes = list(element.iterancestors())[:5]
    if (item := next((b for b in boxes if b.tag == "li"), None)) is not None:
        # a list's item is one review's box (the list above it holds the others' too): its longest run of text is its review
        runs = [" ".join(e.text.split()) for e in item.iter() if isinstance(e.tag, str) and e.text]
        if runs and len(longest := max(runs, key=len)) >= 12:
            return longest[:24], len(item.text_content())
    boxes = boxes[:3]
    for box in boxes[1:]:
        for paragraph in box.iter("p"):
            text = " ".join(paragraph.text_content().split())
            if len(text) >= 12:
                return text[:24], len(box.text_content())
    for box in boxes if not paragraphs_only else ():  # (a box with no <p>, its review in spans: an Amazon-like review list) its longest run of text
        runs = [" ".join(e.text.split()) for e in box.iter() if isinstance(e.tag, str) and e.text]
        if runs and len(longest := max(runs, key=len)) >= 20:
            return longest[:24], len(box.text_content())
    return "", 0


def others_widgets(blocks: list[Block], lines: list[str]) -> set[int]:
    """The widgets (their indexes in `blocks`) whose review's first paragraph is not among the review's lines: when the
    widgets of a page disagree, those of other readers' reviews the cleaning dropped (a shop's list of reviews). When
    the cleaning kept them all, and one review's box holds three times the text of all the others (the page's review,
    the others a line or two each), the others'."""
    kept = "\n".join(lines)
    others = {i for i, b in enumerate(blocks) if b.widget and b.near and b.near not in kept}
    # (of those kept, the same: a product's average beside the list, its box the product's, is gone, not the test)
    sizes = {b.near: b.box for i, b in enumerate(blocks) if b.widget and b.near and i not in others}
    if len(sizes) > 1 and sizes[top := max(sizes, key=sizes.__getitem__)] >= 3 * (sum(sizes.values()) - sizes[top]):
        return others | {i for i, b in enumerate(blocks) if b.widget and b.near and b.near != top}
    return others


# a box classed as the readers', visitors' or members' rating, or their average: "readers-rating", "audience-score"
_READERS_BOX = re.compile(r"(?:readers?|visitors?|audience|community|public|members?)[-_]?(?:ratings?|scores?|stars|verdict)|aggregate|average|(?<![a-z])avg")
_READERS_BOX = guarded(_READERS_BOX)  # (casefold.Guarded: its words looked for first)


_CALLOUT = re.compile(r"(^|[\s_-])(prompt|callout|admonition|note|tip|info|notice|alert|box|summary|verdict)([\s_-]|$)", re.I)


def _whole_post(quote, body) -> bool:
    """`quote` (a blockquote) holds all the text of the post `body` and several paragraphs of it."""
    if quote.tag != "blockquote" or sum(1 for _ in quote.iter("p", "br")) < 3:
        return False
    whole = "".join(body.itertext()).split()
    return bool(whole) and "".join(quote.itertext()).split() == whole


def rating_blocks(body) -> list[Block]:
    """The innermost text blocks of a post body element (lxml), with image alt text read in place; alt text,
    ``aria-label``/``title`` attributes, rows of star icons and a rating widget's hidden text also as blocks of their
    own (``image``)."""
    # (a theme's callout drawn as a blockquote — "prompt-tip", "note", "info" — is the writer's own box, not a quotation)
    def quotes(element) -> bool:
        return element.tag in ("blockquote", "q") and not _CALLOUT.search(element.get("class") or "")

    # what is inside a quotation, and which elements hold a block: found once, not asked of each element's
    # ancestors and descendants
    quoted_above = any(quotes(a) for a in body.iterancestors())
    # (a blockquote that holds the whole post is the engine's box for it, not a quotation: vBulletin's
    # "blockquote.postcontent", a theme that sets every post in one)
    inside_quotes = {d for q in body.iter("blockquote", "q") if quotes(q) and not _whole_post(q, body) for d in q.iterdescendants()}
    holds_blocks = set()
    for block in body.iter(*_BLOCK_TAGS):
        for holder in block.iterancestors() if block is not body else ():
            if holder in holds_blocks:
                break
            holds_blocks.add(holder)
            if holder is body:
                break
    blocks = []
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        quoted = quoted_above or element in inside_quotes
        aria, title, cls, icons = element.get("aria-label"), element.get("title"), element.get("class"), _icon_stars(element)
        # (text hidden for screen readers counts only in a rating widget: elsewhere it is "Skip to content", "Posted on";
        # the pattern runs only where one of its pieces is, as most classes hold none)
        hidden = cls and ("sr-" in cls or "hid" in cls or "Hid" in cls or "scre" in cls or "a11y" in cls or "assis" in cls or "blind" in cls) \
            and _HIDDEN_TEXT.search(cls.lower()) or _icon_text(element, cls)
        if element.get("aria-hidden") == "true" and (box := element.getparent()) is not None and box is not body \
                and _near_class(box, RATING_WIDGET) and not aggregate(box) and LONE_STAR.fullmatch(said := _SPACES.sub(" ", box.text_content()).strip()):
            # a star icon hidden from screen readers beside the score its box shows ("<span aria-hidden>★</span> 4.5")
            blocks.append(Block(said, quoted, True, True, _near_class(box, _OVERALL_BOX), *_box_paragraph(element)))
        if aria or title or icons or hidden or element.tag == "img":  # (most elements say nothing more: nothing to do)
            # a rating widget: the element, or a box at most two levels up, classed or itemprop'd as stars or a rating
            # (a row of star icons is one too: a review list's rows disagree, and each is told by its review's box)
            # (or text for screen readers beside a row classed as stars, its screen-reader reading: "<span class='review-stars'
            # aria-hidden>●●●●●○</span><span class='sr-only'>5 av 6</span>")
            widget = bool(hidden or aria or title) and _near_class(element, RATING_WIDGET, itemprop=True) or bool(icons) \
                or bool(hidden) and _beside_widget(element) or element.tag == "img" and _star_picture(element)
            overall = bool(widget or icons) and _near_class(element, _OVERALL_BOX)
            average = bool(widget or icons) and aggregate(element)  # (the readers' average: not the reviewer's score)
            # (a row of icons is read from its first icon: the row's own box is its review's, as for a span inside it)
            near, box = ((_box_paragraph(element[0], paragraphs_only=True) if icons else ("", 0))[0] and _box_paragraph(element[0])
                         or _box_paragraph(element)) if widget else ("", 0)
            for said in (_image_row_alt(element) if element.tag == "img" else None, aria, title, icons,
                         _SPACES.sub(" ", element.text_content()) if hidden and widget else None) if not average else ():
                if said and said.strip():
                    blocks.append(Block(said.strip(), quoted, True, widget, overall, near, box))
        if element.tag == "span" and cls and len(element) == 0 and RATING_WIDGET.search(cls.lower()) and _loose(element, body) \
                and 0 < len(said := " ".join((element.text or "").split())) <= 60:
            blocks.append(Block(said, quoted, False, True, False, *_box_paragraph(element)))  # (a score in a span of its own outside any block: a review box's head)
        if element.tag not in _BLOCK_TAGS:
            continue
        # the readers' rating beside the critic's (a news site's "Readers' rating 4.2/5" box): someone else's score
        quoted = quoted or _near_class(element, _READERS_BOX)
        if element not in holds_blocks:
            runs = [_block_text(element)]
        else:
            # text written straight into a box that also holds blocks (a Blogger post: lines and <br>s,
            # with the cover image in a <div>): the runs between its blocks
            runs = _loose_runs(element, holds_blocks)
        for run in runs:
            for text in run.split("\n"):  # lines set apart by <br> are lines of their own
                text = " ".join(text.split())  # (split() and \s agree on what whitespace is)
                if text:
                    blocks.append(_classed_score(element, text, quoted) if len(runs) == 1 else Block(text, quoted))
    return _header_widgets(body) + blocks


_BRACKETED_COUNT = re.compile(r"[(（]\s*\d[\d\s.,]*\s*[^\W\d_]*\s*[)）]")  # "(312 reviews)", "(7)": the votes beside an average


def _score_alone(text: str) -> bool:
    """Glyphs, figures and marks only ("★★★½", "4/5", "8.5/10"): no letter of a word, no bracket of a count."""
    return not any(c.isalpha() or c in "()[]（）" for c in text)


def _classed_score(element, text: str, quoted: bool) -> Block:
    """A short block classed as the rating itself ("<p class='rating'>★★★½</p>" closing a book's details box): the
    widget it is (trafilatura drops such classes from the body, so its text reaches the search as this block only); a
    readers' average (classed so, or beside a block classed as the count of votes), or a block that says more than the
    score (a count of votes in brackets, "★★★★★ (312 reviews)", a label, "4,2 (17 ratings)") stays plain text. (A
    details box's other lines, "124 pages", are no count of votes: the classes say it, not the siblings' text.)"""
    cls = (element.get("class") or "").lower()
    if cls and len(text) <= 40 and _score_alone(text) and RATING_WIDGET.search(cls) and not quoted and not _near_class(element, _AGGREGATE, itemprop=True) \
            and not any(_COUNT.search((s.get("class") or "").lower()) or _BRACKETED_COUNT.fullmatch(s.text_content().strip())
                        for s in (*element.itersiblings(), *element.itersiblings(preceding=True)) if isinstance(s.tag, str)):
        if _post_box(element):
            return Block(text, quoted, False, True, bool(_OVERALL_BOX.search(cls)), *_box_paragraph(element))
    return Block(text, quoted)


def _prose(box) -> bool:
    return sum(1 for c in box if c.tag == "p" and len(c.text_content().split()) >= 20) >= 2


def _post_box(element) -> bool:
    """The classed block sits in the post's text, or closes a box of no link set right among its prose (the post's
    book's details box); a card nested deeper ("You may also like" › card) or linking on ("Read also: …") rates
    another book."""
    box = element.getparent()
    return box is not None and (_prose(box) or box.getparent() is not None and _prose(box.getparent())
                                and not any(a.get("href") for a in box.iter("a")))


_HEADINGS = ("h1", "h2", "h3")


def _loose(element, body) -> bool:
    """Whether no block element (p, li, div …) holds the element below the body: its text is in no block's."""
    for holder in element.iterancestors():
        if holder is body:
            return True
        if holder.tag in _BLOCK_TAGS:
            return False
    return False


def _header_widgets(body) -> list[Block]:
    """A rating widget in the post's header, between its title and its body (a meta line "★★★★ · 26 Nov", a theme's
    entry header holding the title and the stars): the widgets of the body's elder siblings, up to the one holding the
    title or the body's <header>; none when neither comes before the body (a sidebar or another post is no header). A
    span classed as a rating or score there is read by its text too ("<span class='review-score'>Minu hinne: 4/5</span>")."""
    blocks: list[Block] = []
    for n, sibling in enumerate(body.itersiblings(preceding=True)):
        if n >= 4:
            break
        if not isinstance(sibling.tag, str):  # (an HTML comment)
            continue
        for element in sibling.iter("img", "span", "div", "i", "a", "p"):
            said = element.get("alt") if element.tag == "img" else element.get("aria-label") or element.get("title")
            if said and said.strip() and _near_class(element, RATING_WIDGET, itemprop=True):
                blocks.append(Block(said.strip(), False, True, True))
            elif not said and element.tag == "span" and len(element) == 0 and (cls := element.get("class")) and RATING_WIDGET.search(cls.lower()) \
                    and 0 < len(text := " ".join((element.text or "").split())) <= 60:
                blocks.append(Block(text, False, False, True, False, *_box_paragraph(element)))  # (its text, a score set out in the review's head: "Миний үнэлгээ: 10-аас 9")
        if sibling.tag in _HEADINGS or sibling.tag == "header" or next(sibling.iter(*_HEADINGS), None) is not None:
            return blocks  # (or the body's own <header>: a review box's head, its reader's name, date and score)
    return []


def _loose_runs(element, holds_blocks: set) -> list[str]:
    """The text of `element` that sits outside its block children (`holds_blocks`: the elements holding a block), one
    string per run between them."""
    runs, current = [], [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and (child.tag in _BLOCK_TAGS or child in holds_blocks):
            runs.append("".join(current))
            current = []
        elif isinstance(child.tag, str):
            current.append(_block_text(child))
        current.append(child.tail or "")
    runs.append("".join(current))
    return runs
