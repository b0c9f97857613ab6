"""Parsing a page: trafilatura's loader, and a second parse for a page nested past libxml2's depth limit
(`scraper.deephtml`: a review below 256 levels of unclosed wrappers was archived as empty)."""

from __future__ import annotations

from lxml.html import HtmlElement, fromstring
from trafilatura.utils import HTML_PARSER, decode_file, load_html, repair_faulty_html

from ..deephtml import cut_short, deep_parser, flatten

# trafilatura's parser options, the depth limit raised
DEEP_PARSER = deep_parser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                          remove_pis=True)


def parse_page(html: str | bytes) -> HtmlElement | None:
    """The page's tree as trafilatura loads it, or parsed again and flattened when the first parse was cut short."""
    tree = load_html(html)
    if tree is None or not cut_short(HTML_PARSER):
        return tree
    text = decode_file(html)
    text = repair_faulty_html(text, text[:50].lower())
    deep = fromstring(text.encode("utf-8"), parser=DEEP_PARSER)
    return flatten(deep) if deep is not None and len(deep) else tree
