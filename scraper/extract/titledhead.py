"""The line that stands for a page's h1 when it has none (scraper.extract).

A shop's product page names its product in a heading, most often its one h1. Some shop engines write no h1 at all and
set the product's name in a plain box of its own instead (a ``<div>`` or ``<span>`` classed by the engine as a name or
a title, in the product's head beside its price and its buttons). The page's ``<title>`` names the product too: the
line of the body whose whole text is a piece of the ``<title>`` is the product's name line.

``title_head(root)``: when the page has no h1, the longest line of its body (an element holding text and no element
but inline marks) whose whole text, of two letters or more, the ``<title>`` holds, outside links, buttons, forms and the
page's header, navigation and footer (a logo's, a menu's or a breadcrumb's words the ``<title>`` may hold too: the
site's name). None when the page has an h1, no ``<title>`` or no such line. What the head box around it must hold to
make the page a book's record (an author's line, a shop's controls) is the caller's to ask (readerreview.book_header);
the line must stand beside a price (a figure beside a currency sign, up to three levels up): a product's name, not the
title line of a blog post with no h1, which its <title> names too.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .bookproducthead import priced as priced

# the tags of a line that may carry a name, and the inline marks it may hold
_LINE_TAGS = ("div", "span", "p", "h2", "h3", "h4", "strong", "b", "dt", "dd", "td")
_INLINE = {"em", "i", "b", "strong", "small", "sup", "sub", "br", "wbr"}
# what no product's name line sits in: links and controls, and the page's frame (the site's name is in its <title> too)
_OUTSIDE = {"a", "button", "label", "option", "select", "form", "header", "nav", "footer", "title", "script", "style"}
_MAX_CHARS = 120


def title_head(root: HtmlElement) -> HtmlElement | None:
    """The body's line named by the page's <title>, for a page with no h1 (module docstring)."""
    top = root.getroottree().getroot()
    if next(top.iter("h1"), None) is not None:
        return None
    title = next(top.iter("title"), None)
    wanted = " ".join((title.text_content() if title is not None else "").split())
    body = next(top.iter("body"), None)
    if not wanted or body is None:
        return None
    best, size = None, 1
    for element in body.iter(*_LINE_TAGS):
        if any(isinstance(child.tag, str) and child.tag not in _INLINE for child in element):
            continue
        text = " ".join(element.text_content().split())
        letters = sum(ch.isalpha() for ch in text)
        if letters <= size or len(text) > _MAX_CHARS or text not in wanted:
            continue
        if any(isinstance(a.tag, str) and a.tag in _OUTSIDE for a in element.iterancestors()):
            continue
        best, size = element, letters
    return best if best is not None and _beside_price(best) else None


def _beside_price(line: HtmlElement) -> bool:
    """A price (a figure beside a currency sign) in the line's box, up to three levels up: a product's name line, not
    a post's title (a blog post with no h1 names its title in its <title> too)."""
    box = line
    for _ in range(3):
        box = box.getparent()
        if box is None or box.tag in ("body", "html"):
            return False
        if priced(box.text_content()):
            return True
    return False


def heads(root: HtmlElement) -> list[HtmlElement]:
    """The page's h1 elements, or, when it has none, its <title>'s line (title_head) alone; an empty list without."""
    found = root.xpath("//h1")
    if found:
        return found
    line = title_head(root)
    return [line] if line is not None else []

