"""The words of a page's tag links (scraper.extract.bookrescue reads them for the book), read before cleaning drops
them with the chrome: rel="tag" links, "#" hashtags (written in the link or just before it), and links to a tag's
page named as the link reads (the slug spelled out, or transliterated from Cyrillic or Greek).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

from lxml.html import HtmlElement

from .slugspell import TRANSLIT, fold, skeleton
from .bookrecord import slug_key
from .nodes import class_of, in_side_box, own_texts, raw_text


def tag_links(tree: HtmlElement) -> list[str]:
    """The words of a page's tag links ("#윤서진", rel="tag"), read before cleaning drops them with the chrome."""
    # (links in the page's order: those _tag_link marks, read as tag links; those in a list classed as the post's tags)
    # (_tag_link's tests written out here, each attribute and the link's text read once: ~170 links a page)
    texts: list[str] = []
    for a in tree.getroottree().getroot().iter("a"):
        rel, raw, href = a.get("rel"), raw_text(a), a.get("href")
        if rel == "tag" or raw.lstrip(_XML_SPACE).startswith("#") or href is not None and ("/tag/" in href or "/tags/" in href) \
                or _hash_sibling(a):
            kept = rel == "tag" or raw.lstrip().startswith("#") or _tag_page(a) or _hash_before(a) \
                or _tag_classed_around(a) and _listed(a) and _unread_script(raw)  # (in the post's list of tags: "/tags/kuvempu")
        else:
            kept = _tag_classed_around(a) and _listed(a) or _labelled(a)
        if kept and not in_side_box(a):  # (a sidebar's, a widget's or the site header's tags are every post's)
            texts += own_texts(a)
    return [word for t in texts if len(word := t.strip().lstrip("#").strip()) > 1]


# a link to the page of a tag named as the link reads ("/tags/白某", "/tag/short-novels/" is no tag of "Short novels")
# (or a link with its "#" written just before it, apart: "<span>#</span><a>…</a>")
# (what the XPath "//a[@rel='tag' or starts-with(normalize-space(.),'#') or contains(@href,'/tag/') or
# contains(@href,'/tags/') or preceding-sibling::*[1][normalize-space(.)='#']]" finds, asked in Python of each link:
# the XPath read the whole text of every link of the page, ~0.2 ms)
_XML_SPACE = " \t\r\n"  # what normalize-space() strips


def _tag_link(a: HtmlElement) -> bool:
    if a.get("rel") == "tag" or raw_text(a).lstrip(_XML_SPACE).startswith("#"):
        return True
    href = a.get("href")
    return href is not None and ("/tag/" in href or "/tags/" in href) or _hash_sibling(a)


def _hash_sibling(a: HtmlElement) -> bool:
    """The element just before the link (comments passed over) reads "#"."""
    before = a.getprevious()
    while before is not None and not isinstance(before.tag, str):  # (preceding-sibling::*: elements only)
        before = before.getprevious()
    return before is not None and raw_text(before).strip(_XML_SPACE) == "#"


# the links in a theme's list of the post's tags, classed so ("tags", "post-tags", "tags-links", "article-tags"): those
# whose parent or grandparent is classed "tag…", then _listed (main's XPath of both kinds, asked of each link in Python)
def _tag_classed_around(a: HtmlElement) -> bool:
    """XPath's "../@class[contains(., 'tag')] or ../../@class[contains(., 'tag')]": the link's parent or grandparent
    has a class attribute holding "tag"."""
    parent = a.getparent()
    if parent is None:
        return False
    if "tag" in (class_of(parent) or ""):
        return True
    outer = parent.getparent()
    return outer is not None and "tag" in (class_of(outer) or "")


# a class token that names a list of tags: "tags", "post-tags", "entry_tags", "tags-links", "tag-list" (not "stage",
# "tagline", nor a site's "tag-cloud" of every tag); a theme may name it with the plural of its own language: sr/hr/bs
# "tagovi", pl "tagi", fi "tagit", cs/sk "tagy", hu "tagek", tr "taglar", ro "taguri", lt "tagai", et "tagid"; the
# list's box may be named for what wraps it ("entry-tags-wrapper", "tags-container", "post-tags-area"), a plural's
# only: a single "tag" wrapped ("price-tag-wrapper", "name-tag-container", "search-tag-area") is a label's box, no list
_TAG_LIST = re.compile(r"(?:^|\s)(?:[a-z\d]+[-_]{1,2})*tag(?:(?:s|ovi|i|it|y|ek|lar|uri|ai|id)"
                       r"(?:[-_]{1,2}(?:links?|list|box|wrap(?:per)?|container|area))?|(?:[-_]{1,2}(?:links?|list))?)"
                       r"(?:$|\s)", re.I)


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


def _unread_script(text: str) -> bool:
    """A link's text in a script that _tag_page_named cannot compare with a Latin slug (no transliteration: Kannada,
    Tamil, Thai …): in the post's own list of tags it is a tag whatever its slug says; Latin, Cyrillic, Greek and
    Georgian text must match its slug ("/tag/sxva" over a Georgian title is another tag's link)."""
    folded = fold(text).translate(TRANSLIT)
    return any(c.isalpha() for c in folded) and not re.fullmatch(r"[\x00-\x7f]*", folded)


def _tag_page(link: HtmlElement) -> bool:
    return _tag_page_named((link.text or "").strip(), link.get("href") or "")


@lru_cache(maxsize=8192)  # (a site's tag cloud links the same tags, named the same, on every page)
def _tag_page_named(text: str, href: str) -> bool:
    slug = unquote(href.rstrip("/").rsplit("/", 1)[-1])
    if not text:
        return False
    if slug == text or slug_key(slug) == slug_key(text):  # "/tag/nguyen-ngoc-tu": "Nguyễn Ngọc Tư"
        return True
    # a Cyrillic or Greek name under its transliterated slug ("/tags/umberto-eko/": "Умберто Эко"), by consonants
    return (not re.fullmatch(r"[\x00-\u024f]*", text) and re.fullmatch(r"[a-z0-9\-_.]+", slug.casefold()) is not None
            and len(skeleton(text)) >= 3 and skeleton(slug.replace("-", " ").replace("_", " ")) == skeleton(text))


# a label that says "tags" before a run of links ("Tags: <a>…</a>, <a>…</a>", "タグ：", "Етикети:", "برچسب‌ها:", "Tag : ")
_TAGS_LABEL = re.compile(
    r"(?:^|[\s|｜·•/])(?:tags?|labels?|schlagw[öo]rter|schlagworte|stichw[öo]rter|etiquetas|[ée]tiquettes|etichette|etiketten?|"
    r"etiketter|etiketler|tagit|tagi|štítky|címkék|метки|теги|тэги|мітки|етикети|ετικέτες|תגיות|الوسوم|وسوم|برچسب[‌ ]?ها|"
    r"برچسب|تگ[‌ ]?ها|thẻ|nhãn|แท็ก|ป้ายกำกับ|タグ|标签|標籤|태그)\s*[:：]\s*$", re.I)
_BETWEEN_LINKS = re.compile(r"^[\s,،、，;·•]*$")


def _labelled(a: HtmlElement) -> bool:
    """The link is one of a run of links (only commas or spaces between them) after a label that says "tags", in its
    language, with its colon: a theme's tag line that no class names ("Tag : <a>…</a> <a>…</a>")."""
    link = a
    while True:
        before = link.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        text = (before.tail if before is not None else (link.getparent().text if link.getparent() is not None else "")) or ""
        if before is not None and before.tag == "a" and _BETWEEN_LINKS.match(text):
            link = before
            continue
        if before is not None and before.tag in _LABEL_TAGS and not text.strip() and len(before) == 0:
            text = before.text or ""  # the label in an element of its own, "<span>标签：</span> <a>…</a>", "<b>Tags:</b> <a>…</a>"
        return ("：" in text or ":" in text) and bool(_TAGS_LABEL.search(text[-40:]))  # (its colon: most links have none)


_LABEL_TAGS = frozenset(("span", "b", "strong", "em", "i", "label", "small"))


# a line of tags written as plain text, no links: "Метки: A, B, C", "Tags: A, B" (a forum's or a theme's topic keywords)
TAG_WORDS = _TAGS_LABEL.pattern.split(r"(?:^|[\s|｜·•/])", 1)[1].rsplit(r"\s*[:：]\s*$", 1)[0]
_TAG_LINE = re.compile(rf"^\s*{TAG_WORDS}\s*[:：]\s*(\S.{{1,200}})$", re.I | re.S)


_CJK_WORDS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u3005]+(?:\s+[\u3040-\u30ff\u4e00-\u9fff\u3005]+)+")


def tag_lines(tree: HtmlElement | None) -> list[str]:
    """The values of the page's plain-text tag lines: read only for a review whose book is not found yet (one XPath
    over the page's text nodes that hold a colon)."""
    if tree is None:
        return []
    out = []
    for text in tree.xpath("//text()[contains(., ':') or contains(., '：')]"):
        match = _TAG_LINE.match(text)
        if match:
            # (Chinese and Japanese tag lines part their words with spaces: "标签：A B C", each part all Han or kana)
            values = [w for v in re.split(r"[,،、，;]", match.group(1)) for w in (v.split() if _CJK_WORDS.fullmatch(v.strip()) else [v])]
            out += [v.strip(" .") for v in values if 1 < len(v.strip(" .")) <= 60]
    return out


def untagged(text: str, tags: list[str]) -> str:
    """The text without a tag line the body kept ("标签：A B C", "Tags: A, B" closing the post's text): the tags' own
    words, which a rule asking whether the text names a tag must not count as the text's."""
    if not tags or not _TAG_LINE_START.search(text):
        return text
    run = _tag_run(tuple(sorted({t.strip() for t in tags if t.strip()}, key=len, reverse=True)))
    return run.sub(" ", text) if run else text


@lru_cache(maxsize=256)
def _tag_run(tags: tuple[str, ...]) -> re.Pattern | None:
    """The tag line of these tags, compiled once for each set of tags."""
    words = "|".join(re.escape(t) for t in tags)
    run = rf"(?<![a-zà-ÿ]){TAG_WORDS}\s*[:：]\s*(?:{words})(?:[\s,،、，;]+(?:{words}))*"
    return re.compile(run, re.I) if words else None


_TAG_LINE_START = re.compile(rf"(?<![a-zà-ÿ]){TAG_WORDS}\s*[:：]", re.I)
