"""trafilatura's page metadata, only the fields extraction reads, each worked out when first asked for.

``trafilatura.metadata.extract_metadata`` reads everything on every page: the
author (a deep copy of the page, pruned, then three XPath searches), the date
(htmldate), categories, tags and the licence. ``read_metadata`` uses its author
always, and its title, date, site name and categories only when the page's own
markup does not say them; it never uses its tags or licence. This module runs
trafilatura's own steps, in trafilatura's order and with its post-processing, for
the fields asked for and no others, so the values are the ones
``extract_metadata`` gives.
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from functools import cached_property
from html import unescape

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura import metadata as tm
from lxml import etree
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.json_metadata import normalize_authors
from trafilatura.settings import set_date_params
from trafilatura.utils import line_processing, trim
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from . import dotteddate

log = logging.getLogger(__name__)

# trafilatura.xpaths' AUTHOR_XPATHS and AUTHOR_DISCARD_XPATHS, as element tests (see author_in_page)
_NAMED_TAGS = {"a", "address", "div", "link", "p", "span", "strong"}
_NAMED_CLASS = re.compile("author-?name|AuthorName|authorName")
_BYLINE_TAGS = {"a", "div", "h3", "h4", "p", "span"}
_BYLINE_ID = re.compile("author|zuozhe|bianji|xiaobian")
_BYLINE_CLASS = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_ANY_ID = re.compile("[Aa]uthor")
_ANY_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")
_PRUNED_TAGS = {"a", "div", "section", "span", "time", "figure"}
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)|print|category|meta-date|meta-reviewer")


def _trimmed(value: str | None) -> str | None:
    """What ``Document.clean_and_trim`` makes of a string field."""
    if not isinstance(value, str):
        return value
    if len(value) > 10000:
        value = value[:9999] + "…"
    return line_processing(unescape(value))


def _guarded(method):
    """trafilatura's metadata is best effort: a step that fails gives no value, and the page is still extracted."""

    def run(self):
        try:
            return method(self)
        except Exception as exc:
            log.debug("trafilatura metadata (%s) failed on %s: %s", method.__name__, self.url, exc)
            return None

    run.__name__ = method.__name__
    return cached_property(run)


class TrafilaturaMeta:
    """The fields of ``extract_metadata(tree, url, None, True, None)`` that extraction reads, each computed on first use."""

    def __init__(self, tree: HtmlElement, url: str, elements: list[HtmlElement] | None = None):
        self.tree, self.url, self.elements = tree, url, elements

    @_guarded
    def _base(self):
        metadata = tm.examine_meta(self.tree)
        if metadata.author and " " not in metadata.author:
            metadata.author = None
        try:
            metadata = tm.extract_meta_json(self.tree, metadata)
        except Exception as err:  # as extract_metadata does: JSON-LD bugs leave the meta tags' values
            log.debug("trafilatura JSON metadata failed on %s: %s", self.url, err)
        return metadata

    @_guarded
    def author(self) -> str | None:
        base = self._base
        if base is None:
            return None
        if base.author:
            return _trimmed(base.author)
        author = author_in_page(self.tree, self.elements)
        return _trimmed(normalize_authors(None, author)) if author else None

    @_guarded
    def title(self) -> str | None:
        base = self._base
        return None if base is None else _trimmed(base.title or tm.extract_title(self.tree))

    @_guarded
    def _url(self) -> str | None:
        base = self._base
        return None if base is None else (base.url or tm.extract_url(self.tree, self.url))

    @_guarded
    def date(self) -> str | None:
        if self._base is None:
            return None
        return dotteddate.corrected(_trimmed(find_date(self.tree, **{**set_date_params(True), "url": self._url})), self.tree, self._url)

    @_guarded
    def sitename(self) -> str | None:
        base = self._base
        if base is None:
            return None
        sitename = base.sitename or tm.extract_sitename(self.tree)
        if sitename:
            sitename = sitename.lstrip("@")
            if sitename and "." not in sitename and not sitename[0].isupper():
                sitename = sitename.title()
        elif self._url:
            match = tm.META_URL.match(self._url)
            sitename = match[1] if match else None
        return _trimmed(sitename)

    @_guarded
    def categories(self) -> list[str]:
        base = self._base
        if base is None:
            return []
        return list(base.categories or tm.extract_catstags("category", self.tree))


def _discarded(tag: str, get) -> bool:
    """Pruned before the author is looked for: comments, sidebars, quotes, dates, figures (AUTHOR_DISCARD_XPATHS)."""
    if tag in ("time", "figure"):
        return True
    ident, classes = get("id"), get("class")
    return (ident == "comments" or classes in ("comments", "title", "date") or bool(ident and _DISCARD_ID.search(ident))
            or bool(classes and _DISCARD_CLASS.search(classes)) or "Figure" in (get("data-component") or ""))


def _pruned_pieces(element: HtmlElement, removed) -> list[str]:
    """``element.itertext()`` as it reads once the removed elements are gone, their tails joined to the text before
    them as trafilatura's ``delete_element`` joins them."""
    pieces: list[str | None] = [element.text]
    for child in element:
        if child in removed:
            if child.tail:
                pieces[-1] = (pieces[-1] or "") + child.tail
            continue
        if isinstance(child.tag, str):
            pieces += _pruned_pieces(child, removed)
        pieces.append(child.tail)
    return [p for p in pieces if p]


def _named(element: HtmlElement) -> bool:
    """trafilatura's first, most specific author search (its test for a child <rel>me</rel> aside)."""
    tag, get = element.tag, element.get
    if tag == "author":
        return True
    if tag not in _NAMED_TAGS:
        return False
    classes = get("class")
    return (get("rel") == "author" or get("id") == "author" or classes == "author" or get("itemprop") == "author name"
            or get("data-testid") in ("AuthorCard", "AuthorURL") or bool(classes and _NAMED_CLASS.search(classes)))


def _byline(element: HtmlElement) -> bool:
    """trafilatura's second author search: bylines and author classes on text elements."""
    if element.tag not in _BYLINE_TAGS:
        return False
    get = element.get
    classes, ident = get("class"), get("id")
    return (classes in ("byline", "username", "byl", "BBL") or "author" in (get("itemprop") or "")
            or bool(ident and _BYLINE_ID.search(ident)) or bool(classes and _BYLINE_CLASS.search(classes)))


def _anything(element: HtmlElement) -> bool:
    """trafilatura's last author search: any element."""
    get = element.get
    classes, ident = get("class"), get("id")
    return ("Byline" in (get("data-component") or "") or "author" in (get("itemprop") or "")
            or bool(ident and _ANY_ID.search(ident)) or bool(classes and _ANY_CLASS.search(classes)))


class _Pruned:
    """The elements trafilatura prunes before it looks for the author (``_discarded``), asked of an element only
    when a candidate's ancestors or text need it (and remembered), not of every element of the page."""

    def __init__(self, root: HtmlElement):
        self.root, self.known = root, {}

    def __contains__(self, element: HtmlElement) -> bool:
        if element not in self.known:
            tag = element.tag
            self.known[element] = tag in _PRUNED_TAGS and element is not self.root and _discarded(tag, element.get)
        return self.known[element]


def author_in_page(tree: HtmlElement, elements: list[HtmlElement] | None = None) -> str | None:
    """What ``trafilatura.metadata.extract_author`` finds before normalising it, without copying and pruning the page:
    one walk finds the elements the searches may answer, in document order; a candidate inside a pruned element
    does not count, and its text is read as if the pruned elements were gone.
    `elements`: the tree's elements in document order, if the caller has them already."""
    candidates: list[HtmlElement] = []
    for element in tree.iter(etree.Element) if elements is None else elements:
        tag = element.tag
        if tag == "rel":  # trafilatura's first search also takes an element with a child <rel>me</rel>: its own way
            return tm.extract_metainfo(prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS), AUTHOR_XPATHS, len_limit=120)
        if tag == "author" or element.attrib:
            candidates.append(element)
    removed = _Pruned(tree.getroottree().getroot())

    def kept(element: HtmlElement) -> bool:
        return element not in removed and not any(a in removed for a in element.iterancestors())

    for search in (_named, _byline, _anything):
        for element in candidates:
            if search(element) and kept(element):
                content = trim(" ".join(_pruned_pieces(element, removed)))
                if content and 2 < len(content) < 120:
                    return content
    return None
