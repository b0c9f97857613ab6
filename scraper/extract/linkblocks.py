"""Blocks of a post body that are only links: a share bar, a list of the blog's other posts, "Previous | Next".

``boilerplate.clean_body`` drops them: a share bar is links to the networks' share intents (platforms.SHARE_LINK);
a related list is a list whose items are each a link to the blog itself; a link block is a paragraph that is
nothing but two or more links. A list of the reviewer's recommendations with words around its links is none of them.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from . import promo
from .nodes import hrefs_in, text_of
from .platforms import SHARE_LINK

HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def link_share(block: HtmlElement, host: str) -> tuple[float, list[str]]:
    """Share of the block's text that is link text, and the link targets."""
    text = text_of(block)
    links = hrefs_in(block)
    linked = sum(len(text_of(a)) for a in links)
    return (linked / len(text) if text else 0.0), [a.get("href", "") for a in links]


def is_related_list(block: HtmlElement, host: str) -> bool:
    if block.tag not in ("ul", "ol"):
        return False
    items = [li for li in block if isinstance(li.tag, str) and li.tag == "li"]
    if len(items) < 2:
        return False
    link_items = 0
    for li in items:
        share, hrefs = link_share(li, host)
        if share >= 0.8 and hrefs and all(promo.same_site(h, host) for h in hrefs):
            link_items += 1
    return link_items >= 0.8 * len(items)


def is_link_block(block: HtmlElement) -> bool:
    """A paragraph that is nothing but two or more links ("Previous | Next", a tag line)."""
    if block.tag in ("ul", "ol", "blockquote", "table") or block.tag in HEADING_TAGS:
        return False
    share, hrefs = link_share(block, "")
    return len(hrefs) >= 2 and share >= 0.85


def is_share_block(block: HtmlElement) -> bool:
    hrefs = [a.get("href", "") for a in hrefs_in(block)]
    return bool(hrefs) and sum(bool(SHARE_LINK.search(h)) for h in hrefs) >= max(1, len(hrefs) // 2)
