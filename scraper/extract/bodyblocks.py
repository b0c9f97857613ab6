"""The top-level text blocks of a post body (scraper.extract.boilerplate), in document order: the blocks HTML knows,
the boxes holding text of their own, a layout table's cells, a list of posts' items, a tag no HTML knows walked into.
"""

from __future__ import annotations

from lxml.html import HtmlElement, defs

from . import promo

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
