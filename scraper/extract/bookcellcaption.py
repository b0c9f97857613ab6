"""A picture's caption in a layout table's cell: the way pages laid out before CSS caption a cover ("<td><img alt=…><br>
<small>T — A; House, City</small></td>", a cell floated beside the text with align="right"), which has neither a
<figure> nor an element classed as a caption, so ``bookcover.figure_captions`` does not see it.

Read by structure alone: a cell (td/th) holding exactly one image (perhaps inside a link), the image first, and after it
a short text (up to 200 characters) that no link holds; a cell of a book list (a linked title beside its cover) or a
cell of several pictures is none. A cell holding the image alone is captioned by the row below it, one cell of text
no link holds: Blogger's picture-and-caption table (``tr-caption-container``), and older hand-made ones. The pair
(caption, alt text or the file's words) joins the figures' captions, and the caption readers
(``bookcover.from_caption`` and the rest) decide whether it names a book.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml.html import HtmlElement

_CELLS = ("td", "th")


def cell_captions(tree: HtmlElement) -> list[tuple[str, str]]:
    """Each layout cell's picture caption and its image's alt text (or "file: …", its file's words)."""
    found = []
    for image in tree.iter("img"):
        cell = image.getparent()
        if cell is not None and cell.tag == "a":
            cell = cell.getparent()
        if cell is None or cell.tag not in _CELLS:
            continue
        if sum(1 for _ in cell.iter("img")) != 1 or (cell.text or "").strip() or any(len(a.text_content().strip()) > 0 for a in cell.iter("a") if a.find(".//img") is None):
            continue  # (the image first; no linked text beside it: a list's cell of a cover and its title)
        caption = " ".join(cell.text_content().split()) or _row_below(cell)
        if not caption or len(caption) > 200:
            continue
        alts = (image.get("alt") or "").strip()
        if not alts:
            name = unquote((image.get("src") or "").split("?")[0].rsplit("/", 1)[-1].rsplit(".", 1)[0])
            alts = "file: " + re.sub(r"[\W_]+", " ", name).strip() if name else ""
        found.append((caption, alts))
    return found


def _row_below(cell: HtmlElement) -> str:
    """The caption in the row below an image's row: that row's one cell, its short text, no link in it; else ""."""
    row = cell.getparent()
    if row is None or row.tag != "tr" or len(row) != 1:
        return ""
    below = row.getnext()
    if below is None or below.tag != "tr" or len(below) != 1 or below[0].tag not in _CELLS:
        return ""
    text = " ".join(below[0].text_content().split())
    return text if len(text) <= 200 and next(below[0].iter("a", "img"), None) is None else ""
