"""The post body as the rating search reads it: text blocks with image alt text in place, and what
a reader sees but the text does not say (alt text, ``aria-label``, rows of CSS star icons).

Read before cleaning, so a rating in a box the cleaner removes is still found (``rating.find_rating``).
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Block(NamedTuple):
    """A block of the post body as a reader sees it (image alt text in place), and whether it is quoted."""

    text: str
    quoted: bool = False
    image: bool = False  # the alt text of an image, on its own


_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt", "figcaption", "caption", "div"}
_EMPTY_ICON = re.compile(r"empty|outline|-o\b|\bfar\b|regular|\boff\b|blank|gr[ae]y|inactive|unfilled")


def _icon_stars(element) -> str | None:
    """A row of star icons drawn by CSS (``<i class="fa fa-star">`` …) as the glyphs a reader sees."""
    icons = [c.get("class", "").lower() for c in element if isinstance(c.tag, str) and "star" in c.get("class", "").lower()]
    if not 3 <= len(icons) <= 10 or (element.text or "").strip():
        return None
    half = sum("half" in c for c in icons)
    empty = sum(bool(_EMPTY_ICON.search(c)) for c in icons if "half" not in c)
    full = len(icons) - half - empty
    return "★" * full + "½" * half + "☆" * empty if full + half else None


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


_CALLOUT = re.compile(r"(^|[\s_-])(prompt|callout|admonition|note|tip|info|notice|alert|box|summary|verdict)([\s_-]|$)", re.I)


def rating_blocks(body) -> list[Block]:
    """The innermost text blocks of a post body element (lxml), with image alt text read in place; alt text,
    ``aria-label``/``title`` attributes and rows of star icons also as blocks of their own (``image``)."""
    # (a theme's callout drawn as a blockquote — "prompt-tip", "note", "info" — is the writer's own box, not a quotation)
    def quotes(element) -> bool:
        return element.tag in ("blockquote", "q") and not _CALLOUT.search(element.get("class") or "")

    # what is inside a quotation, and which elements hold a block: found once, not asked of each element's
    # ancestors and descendants
    quoted_above = any(quotes(a) for a in body.iterancestors())
    inside_quotes = {d for q in body.iter("blockquote", "q") if quotes(q) for d in q.iterdescendants()}
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
        for said in (_image_row_alt(element) if element.tag == "img" else None, element.get("aria-label"), element.get("title"), _icon_stars(element)):
            if said and said.strip():
                blocks.append(Block(said.strip(), quoted, True))
        if element.tag not in _BLOCK_TAGS:
            continue
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
                    blocks.append(Block(text, quoted))
    return blocks


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
