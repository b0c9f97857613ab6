"""A long review's map of its own sections, set inside the post: the table of contents and the "jump to" line.

A structured review (headings over its facts, its story, its verdict) often carries a box before its first paragraph
or between its sections that lists those sections ("In this review: the book · the story · my verdict", a numbered
list under "Contents" in any language), or a line sending the reader ahead ("Jump to: my verdict"). Its words are the
blog's and the language's; its shape is the page's own:

- ``section_map``: a short line, a list or a box of lines (split on "·", "|", "/", "•", a list's items, a ``<br>``),
  after an optional short label ending in a colon, whose items are the post's own headings: two at least and half of
  its items or more (a numbering "1." set aside on both), one of them a heading still to come; or a single item that
  is a link and a heading still to come, after its label ("Go to: <a>the verdict</a>");
- ``jump_line``: a short line holding an in-page link (``href="#…"``) to a heading below it, or, set apart (in
  italics, small type, a box) and opening on a verb of moving through a page (skip, jump, go, springe, aller, salta,
  hoppa, перейти …: the class of words, not a page's phrase), naming a section still to come (a word of a later
  heading or of a spoiler toggle's summary); set apart, or pointing (a link on its words, an arrow down).

A line with a score (a per-aspect rating row, "Plot: 4/5 · Prose: 5/5") is never a map, nor a heading itself, a table,
a quotation or a long paragraph; a cross-reference to a later section inside a paragraph of prose is the review's.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from .casefold import fold
from .nodes import HEADING_TAGS, text_of
from .promo import set_apart
from .rating import has_score
from .words import count_words

RULE = "map of the post's sections"
JUMP_RULE = "line jumping to a section"
_MAX_WORDS = 45  # a map's whole line
_ITEM_WORDS = 9  # one of its items (a heading is a few words)
_JUMP_WORDS = 25
_SKIP_TAGS = HEADING_TAGS | {"table", "pre", "figure", "blockquote", "dl", "details", "hr"}
# verbs (and the imperatives) of moving through a page, in many languages: the first word of a "jump to" line
_JUMP = re.compile(
    r"^\W*(?:skip|jump|go|scroll|hop|head|springe|springen|spring|direkt|aller|allez|passer|passez|sauter|sautez|"
    r"ir|ve|salta|saltar|pasa|vai|passa|pule|vá|ga|direct|hoppa|gå|przejdź|przeskocz|перейти|перейдите|пропустите|"
    r"hyppää|siirry|atla|přejít|preskočiť)\b(?![-'’])", re.I)  # (not the head of a compound: "head-hopping")
_CLAUSE = re.compile(r"[,;.!?。，、！？]")  # the verb's own clause ends at its first stop
_OUTSIDE_LINK_WORDS = 4  # the words of a jump line around its in-page link ("Jump to:", "↓ Spoilers:")
# an item's separators; a label before its colon; a numbering ("1.", "iv)") and the edges' marks set aside
_SEPARATORS, _LABEL = re.compile(r"\s*[·|•｜/]\s*|\s+[-–—]\s+"), re.compile(r"^([^:：]{1,60}?)\s*[:：]\s*(\S.*)$")
_NUMBERING, _EDGES = re.compile(r"^\W*(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+", re.I), re.compile(r"^[\W_]+|[\W_]+$")
_BR = re.compile(r"<br\s*/?>", re.I)


def _norm(text: str) -> str:
    return " ".join(_EDGES.sub("", _NUMBERING.sub("", fold(text))).split())


def _lines(block: HtmlElement) -> list[str]:
    """The block's lines: a list's items, or its text split on its line breaks."""
    if block.tag in ("ul", "ol"):
        return [text_of(li) for li in block.iterchildren("li")]
    if next(block.iter("br"), None) is None:
        return [text_of(block)]
    markup = _BR.sub("\n", etree.tostring(block, encoding=str, with_tail=False))
    text = etree.tostring(etree.fromstring(markup, etree.HTMLParser()), method="text", encoding=str)
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _items(block: HtmlElement) -> tuple[str, list[str]]:
    """The block's label (or "") and its items."""
    lines = _lines(block)
    if block.tag in ("ul", "ol"):
        return "", lines
    if len(lines) > 1:  # a box of lines: its first a label when it is not one of the items
        return lines[0], lines[1:]
    line = lines[0] if lines else ""
    found = _LABEL.match(line)
    label, rest = (found.group(1), found.group(2)) if found and count_words(found.group(1)) <= 6 else ("", line)
    return label, [part for part in _SEPARATORS.split(rest) if part.strip()]


def _heads(items: list[HtmlElement]) -> list[tuple[int, str]]:
    return [(i, _norm(text_of(b))) for i, b in enumerate(items) if b.tag in HEADING_TAGS and b.tag != "h1" and text_of(b)]


def section_map(block: HtmlElement, index: int, heads: list[tuple[int, str]]) -> bool:
    """`block` (at `index`) lists the post's own headings (module docstring)."""
    if block.tag in _SKIP_TAGS or len(heads) < 2:
        return False
    text = text_of(block)
    if not text or count_words(text) > _MAX_WORDS or has_score(text):
        return False
    label, entries = _items(block)
    if not entries or any(count_words(e) > _ITEM_WORDS for e in entries):
        return False
    names = {name for _, name in heads}
    later = {name for i, name in heads if i > index}
    keys = [_norm(e) for e in entries]
    matched = [k for k in keys if k and k in names]
    if len(matched) >= 2 and 2 * len(matched) >= len(keys) and any(k in later for k in matched):
        return True
    # one item: a link to a heading still to come, after its label ("Jump to: the verdict")
    links = {_norm(text_of(a)) for a in block.iter("a")}
    return bool(label) and len(keys) == 1 and keys[0] in later and keys[0] in links


def _later_words(items: list[HtmlElement], index: int, body: HtmlElement) -> set[str]:
    texts = [text_of(b) for b in items[index + 1:] if b.tag in HEADING_TAGS]
    texts += [text_of(s) for s in body.iter("summary")]
    return {w for t in texts for w in re.findall(r"[^\W\d_]{4,}", fold(t))}


def _names_later(text: str, words: set[str]) -> bool:
    # the section is named in the verb's own clause ("Skip to the verdict"), not in a quotation it opens ("Go
    # gently, the keeper writes …": a comma past the verb ends the instruction)
    clause = _CLAUSE.split(text, 1)[0]
    for word in re.findall(r"[^\W\d_]{4,}", fold(clause))[1:]:  # (not the verb itself)
        if any(word[:min(5, len(word), len(w))] == w[:min(5, len(word), len(w))] for w in words):
            return True
    return False


def jump_line(block: HtmlElement, index: int, items: list[HtmlElement], body: HtmlElement) -> bool:
    """`block` sends the reader to a section below it (module docstring)."""
    if block.tag in _SKIP_TAGS:
        return False
    text = text_of(block)
    if not text or count_words(text) > _JUMP_WORDS or has_score(text):
        return False
    targets = {a.get("href")[1:] for a in block.iter("a") if (a.get("href") or "").startswith("#") and len(a.get("href")) > 1}
    # the link is the line's point: set apart, or only a label's few words around it (a short sentence of prose
    # pointing ahead, "more on that in my verdict", is the review's)
    outside = count_words(text) - sum(count_words(text_of(a)) for a in block.iter("a"))
    pointing = set_apart(block, body) or outside <= _OUTSIDE_LINK_WORDS
    if targets and pointing and any(b.get("id") in targets or any(e.get("id") in targets for e in b.iter()) for b in items[index + 1:]
                       if b.tag in HEADING_TAGS):
        return True
    pointed = set_apart(block, body) or next(block.iter("a"), None) is not None or any(c in text for c in "↓⬇⤵")
    return bool(_JUMP.match(text)) and pointed and _names_later(text, _later_words(items, index, body))


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict, boxes: dict) -> None:
    """Mark the post's maps of its sections and its lines jumping to one (boilerplate._decide)."""
    if sum(b.tag in HEADING_TAGS for b in items) < 2:
        return
    heads = _heads(items)
    for i, block in enumerate(items):
        if i in drop:
            continue
        if section_map(block, i, heads):
            drop[i] = RULE
        elif jump_line(block, i, items, body):
            drop[i] = JUMP_RULE
