"""The top-level text blocks of a post body (scraper.extract.boilerplate), in document order: the blocks HTML knows,
the boxes holding text of their own, a layout table's cells, a list of posts' items, a tag no HTML knows walked into;
and the small box around a form or a widget that goes with it (``small_box``), which never holds the post.
"""

from __future__ import annotations

from lxml.html import HtmlElement, defs

from . import promo
from .platforms import POST_BODY_CLASS
from .words import count_words

BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "table", "figure", "hr", "address", "details"}
CONTAINER_TAGS = {"div", "section", "aside", "article", "header", "footer", "main", "center", "span", "font"}

_text = promo.text_of  # an element's visible text, whitespace collapsed

_LAYOUT_CELL = "(./tr | ./tbody/tr)/td[p or h1 or h2 or h3 or div/p or table or div[div]]"


def blocks(container: HtmlElement) -> list[HtmlElement]:
    """The top-level text blocks of a container, in document order."""
    found: list[HtmlElement] = []

    def walk(element: HtmlElement) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag == "pre" and any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in child):
                walk(child)  # paragraphs set inside a <pre> (a story platform's reader) are paragraphs
            elif child.tag == "table" and child.xpath(_LAYOUT_CELL):
                cells(child)
            elif child.tag in ("ul", "ol") and child.xpath("./li[p or div//p or article]"):
                # a list of posts (a forum engine's topic, a thread of comments): each item is a box of paragraphs
                for item in child:
                    if isinstance(item.tag, str):
                        walk(item)
            elif child.tag in BLOCK_TAGS:
                found.append(child)
            elif (child.tag in CONTAINER_TAGS or child.tag not in defs.tags) and any(isinstance(c.tag, str) and (c.tag in BLOCK_TAGS or c.tag in CONTAINER_TAGS or c.tag not in defs.tags) for c in child):  # (or a tag no HTML knows: Proza.ru's <index>)
                walk(child)
            elif child.tag in CONTAINER_TAGS or child.tag in ("br", "small", "time") or child.tag not in defs.tags:  # (a <small> or <time> line between blocks)
                if _text(child):
                    found.append(child)
    def cells(table: HtmlElement) -> None:
        # a table laid out as a page (a newsletter's template, an old theme, a forum's post): its cells are boxes
        # (a cell with no block of its own, text or inline markup only, is one: "<td><strong>Ana</strong></td>")
        for cell in table.xpath("./tr/td | ./tbody/tr/td | ./thead/tr/td"):
            before = len(found)
            walk(cell)
            if len(found) == before and _text(cell):
                found.append(cell)

    if container.tag == "table":
        cells(container)  # (the body found is a table: a reader's review box laid out in rows)
    else:
        walk(container)
    return found


def small_box(element: HtmlElement, limit: int = 400) -> HtmlElement:
    """The largest ancestor of `element` that is still a small box (little text of its own). Letters measure Latin
    text; a Chinese or Japanese letter is about half a word, so 400 of them are a short post whole: the box stops at
    `limit` / 4 words too, and before an element that is or holds the post's article, main element or body (by the
    engines' own class): the search form of a sidebar beside a short post, a sign-up form after a short review's last
    paragraph."""
    box = element
    parent = element.getparent()
    while parent is not None and parent.tag not in ("body", "html") and len(text := _text(parent)) <= limit:
        if count_words(text) > limit // 4 or any(
                e.tag in ("article", "main") or e.get("itemprop") == "articleBody"
                or POST_BODY_CLASS.search(e.get("class") or "") for e in parent.iter()):
            break
        box = parent
        parent = parent.getparent()
    return box
