"""A reader's review that is a book record's only content (scraper.extract): a library catalogue's or a shop's book
page holds its readers' reviews in boxes named as comments ("commentline", "comment_item"), which cleaning drops as
any page's comments. When the page is a book record (its header names the book and its author, bookld) and nothing
else is left of it, the longest reader's review is its content: that one review's box is kept, the other readers'
and the comment form go as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from . import controls, followuplabel, titledhead
from .bookinfo import AUTHOR_LABEL
from .nodes import text_of
from .rating import has_score
from .words import count_words
from .worddates import worded_date


_COMMENT_WORD = re.compile(r"comment|koment|komment", re.I)  # what trafilatura's cleaning drops a box for, too
# a reader's review is a few sentences at least: a "Great!" under a record is no page's content
MIN_REVIEW_CHARS = 200
# a line of the review: longer than a reader's name and a date
MIN_LINE_CHARS = 40
# (a date repeats its separator, "2026/11/08", "14.11.2026": "4.5/5" with two is a score, not a date)
_DATE = re.compile(r"\b\d{1,4}(?P<sep>[./-])\s?\d{1,2}(?P=sep)\s?\d{1,4}\b|\d{4}\s*년|\d{4}\s*年")
_LINE_TAGS = ("h2", "h3", "h4", "h5", "h6", "div", "p", "header", "footer")


# a reader's review's box as shops and catalogues name it: "review", "opinion", "rezension", "recensione", "отзыв"
_REVIEW_WORD = re.compile(r"comment|koment|komment|review|opinion|rezens|recens|otzyv|otziv|bewertung", re.I)


def _comment_named(element: HtmlElement) -> bool:
    return bool(_REVIEW_WORD.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


# (a look for the words of _REVIEW_WORD in a class or an id before the rule reads them: the XPath
# .//*[contains(translate(@class|@id, A-Z, a-z), word) or …] it was, in Python)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_MAYBE_WORDS = ("comment", "koment", "komment", "review", "opinion", "rezens", "recens", "otzyv", "otziv", "bewertung")


@lru_cache(maxsize=8192)  # (a theme's class strings repeat)
def _maybe_named(value: str | None) -> bool:
    """The test of one attribute value: lower-cased in ASCII as XPath's translate() did, holding one of the words."""
    if not value:
        return False
    low = value.translate(_ASCII_LOWER)
    return any(map(low.__contains__, _MAYBE_WORDS))


def _named_boxes(root: HtmlElement) -> list[HtmlElement]:
    # (not the page: "<body class='detailReview'>")
    # (asked in Python of each element: the XPath's eighteen translate() tests of every element cost ~1 ms a page)
    return [e for e in root.iterdescendants(etree.Element) if (_maybe_named(e.get("class")) or _maybe_named(e.get("id")))
            and e.tag not in ("html", "body", "main") and _comment_named(e)]


def comment_chars(root: HtmlElement) -> int:
    """How much text the page's comment and review boxes hold (the outermost of them), in characters."""
    named = _named_boxes(root)
    inner = set(named)
    outer = [e for e in named if not any(a in inner for a in e.iterancestors())]
    return sum(len(" ".join(e.text_content().split())) for e in outer)


def reader_items(root: HtmlElement) -> list[str]:
    """Of each of the page's readers' review boxes that is an item of a list (a sibling has its tag and class: the next
    reader's), its longest run of text (a text node, whitespace-collapsed, up to MIN_LINE_CHARS characters: a line that
    cleaning keeps whole); read before cleaning, to tell afterwards whether the body kept the boxes."""
    items = []
    named = _named_boxes(root)
    # (a list named as reviews whose items are not: "<section id='reviews'><div class='card'>…" — its repeated children)
    boxes = [*named, *(c for box in named if not _repeated(box) for c in box if isinstance(c.tag, str) and _repeated(c))]
    named_set = set(named)
    for box in dict.fromkeys(boxes):
        if _repeated(box) or _lone_item(box, named_set):
            runs = [" ".join(t.split()) for t in box.itertext()]
            longest = max(runs, key=len, default="")
            if len(longest) >= 10:
                items.append((longest[:MIN_LINE_CHARS], len(" ".join(box.text_content().split()))))
    return items


def readers_kept(items: list, body_text: str) -> bool:
    """The body holds a reader's review box of a list of them (of MIN_REVIEW_CHARS, and at least half the body: not a
    comment under a longer post): a shop's list of reviews named as reviews, not comments, which cleaning left with the
    record's lines around it (format, stock line, blurb, "write a review") and the other readers, so that the page is to
    be read for its longest reader's review alone."""
    body = " ".join(body_text.split())
    kept = [size for run, size in items if run in body]
    return bool(kept) and max(kept) >= MIN_REVIEW_CHARS and 2 * max(kept) >= len(body)


def keep_review(root: HtmlElement) -> bool:
    """Keep the longest reader's review inside the page's comment boxes: its own box (the first box around it that is
    repeated beside another reader's, else the outermost comment box) stays with what is inside it, the rest of the
    comment boxes around it goes (other readers, the comment form), and the kept boxes lose their comment names (which
    cleaning, ours and trafilatura's, drops). False when no comment box holds a text block of MIN_REVIEW_CHARS (and
    then nothing is changed)."""
    named = _named_boxes(root)
    if not named:
        return False
    inside = set()
    for element in named:
        inside.update(element.iter("p", "div", "blockquote", "li"))
    blocks = [b for b in inside if len(" ".join(b.text_content().split())) >= MIN_REVIEW_CHARS
              and not any(len(" ".join(c.text_content().split())) >= MIN_REVIEW_CHARS for c in b)]  # innermost
    if not blocks:
        return False
    longest = max(blocks, key=lambda b: len(b.text_content()))
    named_set = set(named)
    outer = [a for a in longest.iterancestors() if a in named_set][-1:] or [longest]
    top = outer[0]
    # (a paragraph beside the review's other paragraphs is no item of a list of reviews)
    item = next((a for a in [*([longest] if longest.tag != "p" else []), *longest.iterancestors()]
                 if _repeated(a) or a is top or _lone_item(a, named_set)), top)
    item = _one_review(item) if item is not top else item
    if item is not top:  # the other readers' boxes and the form beside it, up to the outermost comment box
        child = item
        for ancestor in item.iterancestors():
            for sibling in [s for s in ancestor if s is not child and isinstance(s.tag, str)]:
                sibling.drop_tree()
            if ancestor is top:
                break
            child = ancestor
    # a short line inside it with a date is the reader's name and date ("14/11/2026 Anna K."): it goes
    for line in [d for d in item.iterdescendants(etree.Element) if d.tag in _LINE_TAGS]:
        text = " ".join(line.text_content().split())
        # (or a dated line of a few words: "Rated by Ana from Leeds on 18.11.2026")
        # (a date in words, too: "Ana Ruiz 14 de mayo de 2025", "Dilnoza 18 noyabr 2026")
        dated = bool(_DATE.search(text)) or len(text.split()) <= 8 and worded_date(text)
        short = len(text) < MIN_LINE_CHARS or len(text.split()) <= 8 and dated
        if short and line.getparent() is not None and not any(child.tag in _LINE_TAGS for child in line) \
                and (dated or _named_by_link(line)):  # (a line, not a box of lines: the stars may be beside it)
            # (the reader's score written out in it, with its numbers, in an element of its own, "<span>Score: 5 of
            # 6</span> Ana 19.11.2026", stays as a line of the review's: the rating is read from it; a row of star
            # glyphs beside a name is the box's widget)
            # (or shown as a picture whose alt text is the score, "<img src=stars/4.png alt='80 %'>": the picture stays)
            for part in [c for c in line if isinstance(c.tag, str) and not _DATE.search(c.text_content())
                         and (re.search(r"\d", c.text_content()) and has_score(c.text_content()) or _pictured_score(c))]:
                part.tail = None
                if part.tag == "img":  # (a picture alone: in a paragraph of its own)
                    box = line.makeelement("p", {})
                    box.append(line.makeelement("img", dict(part.attrib)))
                    part = box
                part.tag = "p"
                part.attrib.pop("class", None)
                line.addprevious(part)
            line.drop_tree()
    _drop_notice_tail(item)
    texts = [d for d in item.iterdescendants(etree.Element) if len(" ".join(d.text_content().split())) >= MIN_LINE_CHARS]
    for element in [item, *texts, *(a for a in item.iterancestors() if a in named_set)]:
        for attribute in ("class", "id"):
            if _COMMENT_WORD.search(element.get(attribute) or ""):
                del element.attrib[attribute]
    item.set("itemprop", "articleBody")  # the page's body, for find_body (a body selector)
    return True


_NOTICE_WORDS = 40  # a notice's line, not a reader's paragraph


def _drop_notice_tail(item: HtmlElement) -> None:
    """The kept review's last line, when it is a short line of its own that gives a meeting's day and hour ("next
    session on 17 March at 6 pm, room B"): the portal's notice of its club or its event put under each reader's review,
    not the reader's words (the review's own paragraphs are before it)."""
    from .announce import appointment
    lines = [d for d in item.iterdescendants("p", "div") if not any(c.tag in ("p", "div") for c in d)]
    if len(lines) < 2:
        return
    last = lines[-1]
    text = " ".join(last.text_content().split())
    if text and count_words(text) <= _NOTICE_WORDS and appointment(text) and last.getparent() is not None:
        last.drop_tree()


def _pictured_score(element: HtmlElement) -> bool:
    """Whether the element is, or holds with no text, one picture whose alt text is a score ("<span><img
    src='stars/4.png' alt='80 %'></span>", "<img alt='4 out of 5 stars'>")."""
    pictures = [element] if element.tag == "img" else element.findall(".//img") if not element.text_content().strip() else []
    alt = (pictures[0].get("alt") or "").strip() if len(pictures) == 1 else ""
    return bool(alt) and re.search(r"\d", alt) is not None and (has_score(alt) or re.fullmatch(r"\d{1,3}(?:[.,]\d)?\s?%", alt) is not None)


def _one_review(item: HtmlElement) -> HtmlElement:
    """A box repeated beside another is one reader's review, unless the repeated boxes are one review's text cut by a
    box put between them (a plea, an ad): then none of them is dated, and their parent holds one dated box beside them,
    the review's own head (name, date, score). The parent is then the review's box, without the box between the parts."""
    if _DATE.search(item.text_content()):
        return item
    parent = item.getparent()
    heads = [child for child in parent if isinstance(child.tag, str) and _DATE.search(child.text_content())
             and not (child.tag == item.tag and child.get("class") == item.get("class"))]
    if len(heads) != 1 or parent.tag in ("body", "html"):
        return item
    # (what was put between the parts goes: it is no part of the review)
    parts = [n for n, child in enumerate(parent) if child.tag == item.tag and child.get("class") == item.get("class")]
    for child in [child for child in parent[parts[0] + 1:parts[-1]] if child.get("class") != item.get("class")]:
        child.drop_tree()
    return parent


def _named_by_link(line: HtmlElement) -> bool:
    """A reader's name line: it opens with a link (their profile), holds no number ("しおかぜ文庫 ベストレビュアー")."""
    first = line[0] if len(line) else None
    return first is not None and first.tag == "a" and not (line.text or "").strip() and not re.search(r"\d", line.text_content())


def _repeated(element: HtmlElement) -> bool:
    """An item of a list of boxes: a sibling has its tag and class (another reader's review), or its first class when
    the engine marks the items in turn ("review even thread-even" beside "review odd alt thread-odd": WordPress)."""
    parent = element.getparent()
    first = (element.get("class") or "").split()[:1]
    return parent is not None and bool(first) and sum(
        1 for sibling in parent if sibling.tag == element.tag and (sibling.get("class") or "").split()[:1] == first) >= 2


def _lone_item(element: HtmlElement, named: set) -> bool:
    """The one item of a list of readers' reviews ("Reader reviews (1)"): a review-named box inside a review-named list,
    the only child of its tag and first class there, holding its reader's dated head line and the text beside it."""
    parent = element.getparent()
    if element not in named or parent not in named or parent.tag in ("body", "html") or len(element) < 2:
        return False
    first = (element.get("class") or "").split()[:1]
    return bool(first) and not _repeated(element) and any(_DATE.search(text_of(c)) and len(text_of(c)) < MIN_LINE_CHARS + 20
                                                          for c in element if isinstance(c.tag, str))


_AUTHOR_LINE = re.compile(rf"^(?:{AUTHOR_LABEL})\s*[:：]\s*\S", re.I)
_AUTHOR_CELL = re.compile(rf"^(?:{AUTHOR_LABEL})\s*[:：]?$", re.I)


def _author_row(row: HtmlElement) -> bool:
    """A record table's author row: two cells, the first only the author's label ("Auteur", "Autor:", "著者"), the second
    a short value (a catalogue's "<tr><td>Auteur</td><td>Family, Given (1966-....)</td></tr>", its label line in a table)."""
    cells = [c for c in row if c.tag in ("td", "th")]
    if len(cells) != 2:
        return False
    label, value = (" ".join(c.text_content().split()) for c in cells)
    return 0 < len(value) <= 80 and len(label) <= 30 and _AUTHOR_CELL.match(label) is not None


_HEADER_DATE = re.compile(r"(?<!\d)\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{1,4}(?!\d)|\d{4}\s*년|\d{4}\s*年")  # (glued to a name, too)


def _by_link(line: HtmlElement) -> bool:
    """A shop's author row without a label's colon: one short word, then the author's link, nothing else ("von <a>…</a>",
    "by <a>…</a>", "de <a>…</a>"); or the link, then the short word, where the language names the role after the name
    ("<a>…</a> 著", "<a>…</a>（著）", "<a>…</a> 지음")."""
    children = [c for c in line if isinstance(c.tag, str)]
    if len(children) != 1 or children[0].tag != "a" or not 0 < len(children[0].text_content().split()) <= 4:
        return False
    before, after = (line.text or "").strip(), (children[0].tail or "").strip().strip("()（）[]【】 ")
    return bool(before) != bool(after) and 1 <= len(word := before or after) <= 4 and word.isalpha()


def book_header(root: HtmlElement) -> bool:
    """The page is a book's record: its one h1 (with none, the line its <title> names: a shop's name box, titledhead)
    sits in a small box (a level or two up) with a line that labels the book's author ("Tác giả: …", "Autor: …",
    "著者：…"), and nothing in that box is dated (a post's byline is: "Author: Ana · 12.03.2026")."""
    heads = titledhead.heads(root)  # (or, with no h1, the line the page's <title> names: titledhead)
    if len(heads) != 1:
        return False
    box = heads[0]
    for _ in range(2):
        box = box.getparent()
        if box is not None and box.tag == "tr":  # (a record table's row is no box: its table is, "<tr><td>Title</td><td><h1>")
            box = box.getparent()
        if box is None or box.tag in ("body", "html"):
            return False
        if box.xpath("boolean(.//time)") or _HEADER_DATE.search(box.text_content()) or worded_date(" ".join(box.itertext())):
            return False
        lines = (" ".join(el.text_content().split()) for el in box.iter("div", "p", "li", "span", "dd", "td", "tr"))
        if any(len(line) <= 80 and (_AUTHOR_LINE.match(line) or _FILED_NAME.match(line)) for line in lines) \
                or any(map(_by_link, box.iter("p", "div"))) or any(map(_author_row, box.iter("tr"))):
            return True
        if _product_head(box):
            return True
    return False


# a library catalogue's author heading: the name filed family first, maybe the life dates, and the relator term (MARC's
# "Marsh, Ann, 1950-, author.", "Nowak, Jan, 1931-2004, autor.", "Dupont, Marie, autrice.")
_FILED_NAME = re.compile(
    r"^[^\W\d_][\w'’-]*(?:[ -][^\W\d_][\w'’-]*)?,\s+[^\W\d_][\w.'’ -]{0,40}?(?:,\s*(?:\d{4}\??\s*[-–]\s*(?:\d{4}\??)?,\s*)?"
    r"|\s+\(\d{4}\??\s*[-–]\s*(?:\d{4}\??|\.{2,4}|\?{1,4})?\)[.,]?\s*)"  # (or its dates bracketed, BnF's "(1973-....). Auteur")
    r"(?:author|writer|auteur|autrice|autor|autora|autore|autorin|verfasser(?:in)?|författare|forfatter|szerző|kirjoittaja|"
    r"schrijver|автор|yazar|συγγραφέας)\.?$", re.I)
_RECORD_ROW = re.compile(r"^[^\W\d_][^\W\d_'’ -]{0,24}\s*[:：]\s*\S")


def _product_head(box: HtmlElement) -> bool:
    """A shop's product head in any language: beside the h1, a button (buy, add to the basket) and two rows or more of
    the product's record, each a short "Label: value" line of its own ("Muallif: …", "Verlag: …", "Autor: …")."""
    if not box.xpath(f"boolean(.//button | .//input[@type='submit' or @type='button'] | descendant-or-self::*[@{controls.MARK}='control'])"):
        return False
    rows = [" ".join(el.text_content().split()) for el in box.iter("p", "li", "tr", "dd", "div")
            if not any(c.tag in ("p", "li", "tr", "div", "ul", "table") for c in el)]
    return sum(1 for row in rows if len(row) <= 60 and _RECORD_ROW.match(row)) >= 2


_META_TAGS = ("div", "span", "small", "time")


def meta_lines(items: list, body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark a reader's review box's own meta when the body is that one box (a shop's or a catalogue's review kept alone):
    one text block holds most of the words (three quarters, thirty words or more) and the few other lines are the box's
    widgets, short lines in elements of their own (div, span: its date, "by" its writer, its verified-purchase badge,
    its helpful-count row, in any language; six words at most, or 24 characters in a script written without spaces,
    whose words are only estimated: "2 สัปดาห์ที่แล้ว"). Its title (a heading) and a line with a score (the reviewer's stars, read
    for the rating) stay; a paragraph (a blog's "Recommended!") is prose, never a widget."""
    followuplabel.mark(items, drop, boxes)  # a shop's label over a reader's follow-up review, anywhere
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    if not live or len(live) > 8:
        return
    sizes = {i: count_words(text_of(items[i])) for i in live}
    text = max(live, key=lambda i: sizes[i])
    if sizes[text] < 30 or sizes[text] < 0.75 * sum(sizes.values()):
        return
    for i in live:
        line = text_of(items[i])
        if i == text or items[i].tag not in _META_TAGS or sizes[i] > 6 and len(line) > 24 or has_score(line) or line.endswith(("!", ":")) \
                or any(e.tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote") for e in items[i].iter()) \
                or items[text] in items[i].iterancestors():
            continue
        drop[i], boxes[i] = "review box meta", items[i]


_WIDGET_RULES = ("interface", "interface (a box with a button)")
_NOT_REPLY_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "pre")


def replies(items: list, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the replies under a review: after the review's vote prompt (a short widget removed as interface whose
    words are a question, "Was this review helpful?" in any language), which follows the review's text (thirty words
    or more, three fifths of the body's words at least), the short lines left are the shop's, the author's or other
    readers' answers to it ("Thank you for such a kind review, Ana!"). None may be a heading, a quotation or a table,
    hold a score or run past forty words, and together they are shorter than half the review."""
    prompt = next((i for i in sorted(drop) if drop[i] in _WIDGET_RULES), None)
    if prompt is None:
        return
    question = text_of(items[prompt]).rstrip()
    if not question.endswith(("?", "？", "؟")) or count_words(question) > 12:
        return
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    before = sum(count_words(text_of(items[i])) for i in live if i < prompt)
    after = [i for i in live if i > prompt]
    if not after or before < 30:
        return
    sizes = [count_words(text_of(items[i])) for i in after]
    if before < 0.6 * (before + sum(sizes)) or sum(sizes) > 0.5 * before or max(sizes) > 40:
        return
    if any(items[i].tag in _NOT_REPLY_TAGS or has_score(text_of(items[i])) for i in after):
        return
    for i in after:
        drop[i], boxes[i] = "replies to the review", items[i]
