"""The words of a page's tag links (scraper.extract.bookrescue reads them for the book), read before cleaning drops
them with the chrome: rel="tag" links, "#" hashtags (written in the link or just before it), and links to a tag's
page named as the link reads (the slug spelled out, or transliterated from Cyrillic or Greek).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement

from .bookclues import skeleton
from .bookrecord import _slug_key
from .nodes import own_texts, raw_text


def tag_links(tree: HtmlElement) -> list[str]:
    """The words of a page's tag links ("#윤서진", rel="tag"), read before cleaning drops them with the chrome."""
    marked = set(_TAG_LINKS(tree))
    texts = [t for a in _TAG_OR_LISTED(tree) if a in marked and (a.get("rel") == "tag" or raw_text(a).lstrip().startswith("#")
             or _tag_page(a) or _hash_before(a)) or a not in marked and _listed(a) for t in own_texts(a)]
    return [t.strip().lstrip("#").strip() for t in texts if len(t.strip().lstrip("#").strip()) > 1]


# a link to the page of a tag named as the link reads ("/tags/白某", "/tag/short-novels/" is no tag of "Short novels")
# (or a link with its "#" written just before it, apart: "<span>#</span><a>…</a>")
_TAG_LINKS = etree.XPath("//a[@rel='tag' or starts-with(normalize-space(.),'#') or contains(@href,'/tag/') or contains(@href,'/tags/')"
                         " or preceding-sibling::*[1][normalize-space(.)='#']]")
# those and the links in a theme's list of the post's tags, classed so ("tags", "post-tags", "tags-links", "article-tags"),
# in the page's order
_TAG_OR_LISTED = etree.XPath("//a[@rel='tag' or starts-with(normalize-space(.),'#') or contains(@href,'/tag/') or contains(@href,'/tags/')"
                             " or preceding-sibling::*[1][normalize-space(.)='#'] or ../@class[contains(., 'tag')] or ../../@class[contains(., 'tag')]]")
# a class token that names a list of tags: "tags", "post-tags", "entry_tags", "tags-links", "tag-list" (not "stage",
# "tagline", nor a site's "tag-cloud" of every tag)
_TAG_LIST = re.compile(r"(?:^|\s)(?:[a-z\d]+[-_]{1,2})*tags?(?:[-_]{1,2}(?:links?|list|box))?(?:$|\s)", re.I)


def _listed(link: HtmlElement) -> bool:
    """The link sits in a list of tags, classed so (in its parent, or its list item's list), not in a sidebar's."""
    parent = link.getparent()
    if parent is None or any(a.tag in ("aside", "nav") or re.search(r"sidebar|widget", a.get("class") or "", re.I)
                             for a in link.iterancestors()):
        return False
    if _TAG_LIST.search(parent.get("class") or ""):
        return True
    outer = parent.getparent() if parent.tag == "li" else None
    return outer is not None and bool(_TAG_LIST.search(outer.get("class") or ""))


def _hash_before(link: HtmlElement) -> bool:
    before = link.getprevious()
    return before is not None and (before.text or "").strip() == "#" and len(before) == 0 and not (before.tail or "").strip()


def _tag_page(link: HtmlElement) -> bool:
    text = (link.text or "").strip()
    slug = unquote((link.get("href") or "").rstrip("/").rsplit("/", 1)[-1])
    if not text:
        return False
    if slug == text or _slug_key(slug) == _slug_key(text):  # "/tag/nguyen-ngoc-tu": "Nguyễn Ngọc Tư"
        return True
    # a Cyrillic or Greek name under its transliterated slug ("/tags/umberto-eko/": "Умберто Эко"), by consonants
    return (not re.fullmatch(r"[\x00-\u024f]*", text) and re.fullmatch(r"[a-z0-9\-_.]+", slug.casefold()) is not None
            and len(skeleton(text)) >= 3 and skeleton(slug.replace("-", " ").replace("_", " ")) == skeleton(text))
