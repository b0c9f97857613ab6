"""Page metadata: title, author, dates, categories, tags, language, canonical URL, JSON-LD.

trafilatura's metadata is the base; the page's own markup corrects it where
trafilatura is known to be wrong for blogs (its ``tags`` can be a whole
sidebar tag cloud, so tags are read from the post's own markup first).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata

log = logging.getLogger(__name__)

# rel=tag / rel=category links inside the post, per engine
_POST_TAG_XPATHS = [
    "//article//a[contains(concat(' ',@rel,' '),' tag ')]",
    "//*[contains(@class,'post-labels') or contains(@class,'post-tags') or contains(@class,'tags-links') or contains(@class,'itemTagsBlock') or contains(@class,'gh-article-tag') or contains(@class,'post-tag')]//a",
]
_POST_CATEGORY_XPATHS = [
    "//*[contains(@class,'cat-links') or contains(@class,'post-categories') or contains(@class,'itemCategory')]//a",
    "//article//a[contains(concat(' ',@rel,' '),' category ')]",
]


@dataclass
class PageMeta:
    title: str | None = None
    author: str | None = None
    published: str | None = None
    sitename: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    og_type: str | None = None
    jsonld: list[dict] = field(default_factory=list)
    body_classes: list[str] = field(default_factory=list)
    rel_next: bool = False


def _first(tree: HtmlElement, xpath: str) -> str | None:
    for value in tree.xpath(xpath):
        value = (value if isinstance(value, str) else value.text_content() or "").strip()
        if value:
            return value
    return None


def _texts(tree: HtmlElement, xpaths: list[str]) -> list[str]:
    seen: list[str] = []
    for xpath in xpaths:
        for a in tree.xpath(xpath):
            text = re.sub(r"\s+", " ", a.text_content()).strip()
            if text and text not in seen and len(text) < 60:
                seen.append(text)
        if seen:
            break
    return seen


def jsonld_items(tree: HtmlElement) -> list[dict]:
    """All JSON-LD objects on the page, with @graph flattened. Broken blocks are skipped."""
    items: list[dict] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if "@graph" in item and isinstance(item["@graph"], list):
                    stack.extend(item["@graph"])
                items.append(item)
    return items


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    match = re.search(r"\d{4}-\d{2}-\d{2}", value)
    return match.group(0) if match else None


def _site_suffix(title: str, sitename: str | None) -> str:
    """Drop " – Site Name" / " | Site Name" that themes append to <title>."""
    if sitename:
        for sep in (" | ", " – ", " — ", " - ", " :: ", " · "):
            if title.endswith(sep + sitename):
                return title[: -len(sep + sitename)].strip()
            if title.startswith(sitename + sep):
                return title[len(sitename + sep):].strip()
    return title


def read_metadata(tree: HtmlElement, url: str) -> PageMeta:
    meta = PageMeta()
    meta.jsonld = jsonld_items(tree)
    try:
        doc = extract_metadata(tree, url, None, True, None)
    except Exception as exc:  # trafilatura's metadata is best effort; the page is still extracted
        log.debug("trafilatura metadata failed on %s: %s", url, exc)
        doc = None
    meta.sitename = _first(tree, "//meta[@property='og:site_name']/@content") or (doc.sitename if doc else None)
    # The post's own heading beats <title>, which themes decorate with the site name.
    heading = _first(
        tree,
        "//*[contains(concat(' ',@class,' '),' entry-title ') or contains(concat(' ',@class,' '),' post-title ')"
        " or contains(concat(' ',@class,' '),' itemTitle ') or contains(concat(' ',@class,' '),' article-title ')"
        " or contains(concat(' ',@class,' '),' gh-article-title ') or contains(concat(' ',@class,' '),' post-full-title ')]"
        # Typepad's post heading; Elementor's post-title widget (its heading, not the widget's byline)
        " | //h2[contains(concat(' ',@class,' '),' entry-header ')] | //h3[contains(concat(' ',@class,' '),' entry-header ')]"
        " | //*[contains(@class,'elementor-widget-theme-post-title')]//*[contains(concat(' ',@class,' '),' elementor-heading-title ')]",
    )
    title = heading or _first(tree, "//meta[@property='og:title']/@content") or (doc.title if doc else None) or _first(tree, "//title")
    meta.title = _site_suffix(re.sub(r"\s+", " ", title).strip(), meta.sitename) if title else None
    meta.author = (doc.author if doc else None) or _first(tree, "//meta[@name='author']/@content")
    meta.published = _iso_date(
        _first(tree, "//meta[@property='article:published_time']/@content")
        or _first(tree, "//time[@datetime]/@datetime")
        or (doc.date if doc else None)
    )
    lang = _first(tree, "/html/@lang") or _first(tree, "//meta[@property='og:locale']/@content")
    meta.language = re.split(r"[-_]", lang)[0].lower() if lang else None
    canonical = _first(tree, "//link[@rel='canonical']/@href") or _first(tree, "//meta[@property='og:url']/@content")
    meta.canonical_url = urljoin(url, canonical) if canonical else None
    meta.categories = _texts(tree, _POST_CATEGORY_XPATHS) or list((doc.categories or []) if doc else [])[:10]
    meta.tags = _texts(tree, _POST_TAG_XPATHS)
    meta.og_type = _first(tree, "//meta[@property='og:type']/@content")
    meta.body_classes = (_first(tree, "//body/@class") or "").split()
    meta.rel_next = bool(tree.xpath("//link[@rel='next'] | //a[@rel='next'] | //a[contains(@class,'next')]"))
    for item in meta.jsonld:
        if not meta.author and isinstance(item.get("author"), dict) and item.get("@type") in ("BlogPosting", "Article", "Review", "NewsArticle"):
            meta.author = item["author"].get("name")
        if not meta.published and item.get("datePublished"):
            meta.published = _iso_date(str(item["datePublished"]))
    return meta
