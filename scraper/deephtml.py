"""Pages nested past libxml2's depth limit: parsed again, and flattened below a safe depth.

libxml2's HTML parser stops at 256 levels of nesting ("Excessive depth in document") and drops everything after that
point. A page whose template leaves a ``<div>`` open in a loop (one a widget, a comment or a post card) can put its
review below that line: the extractor archived it as empty and the capture view showed a blank page. Such a page (the
parser's error log says so; no other page pays anything) is parsed again with XML_PARSE_HUGE (lxml's ``huge_tree``),
which allows 2,048 levels, and the elements below level 200 are unwrapped, their text kept in order: a block's
between line breaks, an inline element's running on; paragraphs, headings, line breaks and elements that hold code
(script, style …) stay as they are. The unwrapping matters as much as the parse: every walk of the tree after it
(trafilatura's, jusText's, the sanitiser's) costs time by depth, and a tree 2,000 levels deep took seconds a page.
Nothing a blog template emits goes past 2,048 levels; a page that does keeps what the parser could read. Used by the
extractor (`scraper.extract.parse`) and the capture view.
"""

from __future__ import annotations

from lxml.etree import iterwalk
from lxml.html import HtmlElement, HTMLParser

DEPTH = 200  # levels kept as they are; libxml2's own limit is 256
# kept below DEPTH: blocks the parser closes when another opens (they add no depth), elements that hold no others
# (their text is code or a line break, which unwrapping would spill into the reader's text or glue together)
KEPT = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "br", "hr", "img", "wbr", "script", "style", "noscript",
        "template", "textarea", "title", "iframe"}
# unwrapped between line breaks: blocks, whose text is a line of its own (any other tag is inline, old or unknown ones
# too — strike, tt, nobr, acronym, a custom element — and its text runs on with the words around it)
BLOCKS = {"div", "section", "article", "aside", "header", "footer", "nav", "main", "li", "ul", "ol", "dl", "dt", "dd",
          "blockquote", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
          "form", "fieldset", "address", "center", "details", "summary", "hgroup", "menu", "dir", "body", "html"}


def cut_short(parser: HTMLParser) -> bool:
    """Whether the parser's last run stopped at the depth limit."""
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


def deep_parser(**options) -> HTMLParser:
    """The same parser with the depth limit raised (a page's size is bounded by the crawl's download limit)."""
    return HTMLParser(huge_tree=True, **options)


def flatten(tree: HtmlElement) -> HtmlElement:
    """Unwrap the elements nested deeper than DEPTH but those in KEPT, keeping their text in order."""
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
        if element.tag in BLOCKS:
            # a block (div, li, blockquote, td …) keeps its text apart from its neighbours' as a line of its own
            first, last = element.makeelement("br", {}), element.makeelement("br", {})
            first.tail, element.text = element.text, None
            element.insert(0, first)
            element.append(last)
        element.drop_tag()
    return tree
