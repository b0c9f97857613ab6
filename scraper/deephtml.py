"""Pages nested past libxml2's depth limit: parsed again, and flattened below a safe depth.

libxml2's HTML parser stops at 256 levels of nesting ("Excessive depth in document") and drops everything after that
point. A page whose template leaves a ``<div>`` open in a loop (one a widget, a comment or a post card) can put its
review below that line: the extractor archived it as empty and the capture view showed a blank page. Such a page (the
parser's error log says so; no other page pays anything) is parsed again with XML_PARSE_HUGE (lxml's ``huge_tree``),
which allows 2,048 levels, and the elements below level 200 are unwrapped but for paragraphs, headings and
preformatted blocks, which cannot nest in themselves (their text stays, in the same order). The unwrapping matters as
much as the parse: every walk of the tree after it (trafilatura's, jusText's, the sanitiser's) costs time by depth,
and a tree 2,000 levels deep took seconds a page. Nothing a blog template emits goes past 2,048 levels; a page that
does keeps what the parser could read. Used by the extractor (`scraper.extract.parse`) and the capture view.
"""

from __future__ import annotations

from lxml.etree import iterwalk
from lxml.html import HtmlElement, HTMLParser

DEPTH = 200  # levels kept as they are; libxml2's own limit is 256
KEPT = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"}  # (the parser closes an open one: they add no depth)


def cut_short(parser: HTMLParser) -> bool:
    """Whether the parser's last run stopped at the depth limit."""
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


def deep_parser(**options) -> HTMLParser:
    """The same parser with the depth limit raised (a page's size is bounded by the crawl's download limit)."""
    return HTMLParser(huge_tree=True, **options)


def flatten(tree: HtmlElement) -> HtmlElement:
    """Unwrap the elements nested deeper than DEPTH (but paragraphs, headings and pre), keeping their text."""
    depth, deep = 0, []
    for event, element in iterwalk(tree, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth > DEPTH and element.tag in KEPT:
            continue
        if depth > DEPTH and isinstance(element.tag, str):
            deep.append(element)
    for element in deep:  # outermost first: each unwrap moves only its own few children (innermost first is quadratic)
        element.drop_tag()
    return tree
