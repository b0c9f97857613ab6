"""The page's text the book clues read besides the post's paragraphs: short "Label: value" lines and image texts.

A post sets the book's facts in rows ("Author: Jane Doe", "作者: 山田 花子") and names it in its pictures' alt texts;
the same page's navigation, sidebars, footers, related posts and comments name other books. ``post_lines`` and
``page_pictures`` read only what stands outside them, for ``bookpageclues`` (its label fields and pictures), which
``bookclues`` and the other book rules then read. (Kept apart from those rules: they read the lines, not the page.)
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# what is not the post: navigation, sidebars, footers, related posts, widgets and comments
_CHROME = ("ancestor::nav or ancestor::aside or ancestor::footer or ancestor::*[contains(@class,'related')"
           " or contains(@class,'sidebar') or contains(@class,'widget') or contains(@class,'comment')]")


def post_lines(post: HtmlElement) -> list[str]:
    """Short "Label: value" lines of the post outside its chrome ("作者: 山田 花子", "Author: Jane Doe"): the text of
    the smallest block (list item, paragraph, box) around each colon."""
    lines = []
    for text in post.xpath(f".//text()[contains(., ':') or contains(., '：')][not({_CHROME})]"):
        block = text.getparent()
        while block is not None and block.tag not in ("li", "p", "dd", "td", "div") and block is not post:
            block = block.getparent()
        line = re.sub(r"\s+", " ", _broken(block)).strip() if block is not None else ""
        if 3 <= len(line) <= 160 and line not in lines:
            lines.append(line)
    return lines


def _broken(block: HtmlElement) -> str:
    """The block's text, its <br> line breaks read as " · " between rows ("T: x<br>A: y" is two rows, not "xA: y")."""
    if block.find(".//br") is None:
        return block.text_content()
    return "".join(" · " if isinstance(n, HtmlElement) else n for n in block.xpath(".//text() | .//br"))


def page_pictures(tree: HtmlElement) -> list[str]:
    """Alt texts (and titles) of the page's images outside its navigation, sidebars, footers and comments."""
    texts = []
    for img in tree.iter("img"):
        for text in (img.get("alt"), img.get("title")):
            if text and 3 <= len(text.strip()) <= 200 and not img.xpath(f"boolean({_CHROME})"):
                texts.append(re.sub(r"\s+", " ", text).strip())
    return list(dict.fromkeys(texts))
