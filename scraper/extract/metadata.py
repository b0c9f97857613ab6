"""Page metadata: title, author, dates, categories, tags, language, canonical URL, JSON-LD.

trafilatura's metadata is the base; the page's own markup corrects it where
trafilatura is known to be wrong for blogs (its ``tags`` can be a whole
sidebar tag cloud, so tags are read from the post's own markup first).

The page's own markup is read in one walk of the tree (``_Marks``): the head's
meta and link tags, the title, times, and the few classes that name a post's
heading, tags and categories. Searching the tree once per field with XPath
(``//*[contains(concat(' ', @class, ' '), ' entry-title ') or …]``) cost
several times more. trafilatura's fields are worked out only when the page's
own markup leaves them open (``trafmeta``). With no og:site_name, the blog's name is read off a classic masthead
that the <title> repeats (``siteheading.masthead_name``), for the book's rules: the blog is no author.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .nodes import HEADING_TAGS, class_of, in_side_box, shown_text
from .trafmeta import TrafilaturaMeta
from .titletail import board_subject
from .casefold import bare, named_whole
from .siteheading import (TITLE_SEPS, banner_heading, domain_heading, home_heading, logo_name, masthead_name,
                          whole_heading)

# Classes of a post's own heading (whole class tokens), of its tag and category boxes (any part of the class)
_HEADING_TOKENS = (" entry-title ", " post-title ", " itemTitle ", " article-title ", " gh-article-title ", " post-full-title ",
                   " se-title-text ")  # (… and Naver SmartEditor ONE's title module: its post heading, no h1)
_TAG_BOXES = ("post-labels", "post-tags", "tags-links", "itemTagsBlock", "gh-article-tag", "post-tag")
_CATEGORY_BOXES = ("cat-links", "post-categories", "itemCategory")
_SPACES = re.compile(r"\s+")
# any class that may be one of the above (then checked one by one)
_HINT = re.compile("|".join(re.escape(n.strip()) for n in _HEADING_TOKENS + _TAG_BOXES + _CATEGORY_BOXES + ("entry-header", "elementor-heading-title")))


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
    og_site_name: str = ""  # as the page declares it (the first og:site_name meta's content), even a platform's name
    masthead: str | None = None  # with no og:site_name: the blog's name its masthead and <title> both give
    # a Medium publication's name in its byline (data-testid="publicationName"), or the organisation an article's
    # JSON-LD names its publisher where the page's <title>, site name or address names it too (_publisher)
    publication: str | None = None


def _heading_class(element: HtmlElement, spaced: str) -> bool:
    """A post's own heading: an engine's title class; Typepad's h2/h3 entry-header; Elementor's post-title widget's
    heading (not the widget's byline)."""
    if any(token in spaced for token in _HEADING_TOKENS):
        return True
    if " entry-header " in spaced and element.tag in ("h2", "h3"):
        return True
    return " elementor-heading-title " in spaced and any(
        "elementor-widget-theme-post-title" in (a.get("class") or "") for a in element.iterancestors())


@lru_cache(maxsize=8192)
def _hinted(classes: str) -> bool:
    """_HINT in a class attribute, remembered: a theme repeats its class strings on every page."""
    return _HINT.search(classes) is not None


class _Marks:
    """What read_metadata needs from the page's own markup, gathered in one walk, in document order."""

    def __init__(self, elements: list[HtmlElement]):
        self.meta: dict[tuple[str, str], str] = {}  # ("property" | "name", value) → the first non-blank content
        self.link: dict[str, str] = {}  # rel → the first non-blank href
        self.title: str | None = None  # the first non-blank <title>
        self.time: str | None = None  # the first non-blank time/@datetime
        self.body_class: str | None = None
        self.rel_next = False
        self.headings: list[HtmlElement] = []
        self.tag_boxes: list[HtmlElement] = []
        self.category_boxes: list[HtmlElement] = []
        self.rel_links: list[HtmlElement] = []  # <a rel="…">, for rel=tag / rel=category inside an article
        self.og_site_name: str | None = None  # the content of the first og:site_name meta that has one, blank or not
        self.publications: list[HtmlElement] = []
        # the h1 and h2 elements, a masthead's candidates (siteheading.masthead_name)
        self.mastheads: list[HtmlElement] = []
        for element in elements:
            tag = element.tag
            if tag == "meta":
                if self.og_site_name is None and element.get("property") == "og:site_name":
                    self.og_site_name = element.get("content")
                content = (element.get("content") or "").strip()
                if content:
                    for kind in ("property", "name"):
                        key = (kind, element.get(kind))
                        if key[1] is not None and key not in self.meta:
                            self.meta[key] = content
            elif tag == "link":
                rel, href = element.get("rel"), (element.get("href") or "").strip()
                self.rel_next = self.rel_next or rel == "next"
                if rel is not None and href and rel not in self.link:
                    self.link[rel] = href
            elif tag == "title":
                if self.title is None:
                    self.title = element.text_content().strip() or None
            elif tag == "time":
                if self.time is None:
                    self.time = (element.get("datetime") or "").strip() or None
            elif tag == "body":
                if self.body_class is None:
                    self.body_class = (element.get("class") or "").strip() or None
            elif tag == "h1" or tag == "h2":
                self.mastheads.append(element)
            elif tag == "a" and element.get("rel") is not None:
                self.rel_links.append(element)
                self.rel_next = self.rel_next or element.get("rel") == "next"
            if element.get("data-testid") == "publicationName":
                self.publications.append(element)
            classes = class_of(element)
            if not classes:
                continue
            if tag == "a" and "next" in classes:
                self.rel_next = True
            if not _hinted(classes):
                continue
            spaced = f" {classes} "
            if _heading_class(element, spaced):
                self.headings.append(element)
            if any(box in classes for box in _TAG_BOXES):
                self.tag_boxes.append(element)
            if any(box in classes for box in _CATEGORY_BOXES):
                self.category_boxes.append(element)

    def heading(self) -> str | None:
        """The first title-classed element's text as a reader sees it (nodes.shown_text); a title-classed box that
        holds a heading (a theme's header around the category links, the h1 and the byline) is read as that heading."""
        for element in self.headings:
            inner = next(element.iterdescendants(*HEADING_TAGS), None) if element.tag not in HEADING_TAGS else None
            text = shown_text(inner if inner is not None else element)
            if text:
                return text
        return None

    def article_links(self, rel: str) -> list[HtmlElement]:
        """Links inside an <article> whose rel names `rel`."""
        token = f" {rel} "
        return [a for a in self.rel_links if token in f" {a.get('rel')} " and any(p.tag == "article" for p in a.iterancestors())]


def _links_in(boxes: list[HtmlElement]) -> list[HtmlElement]:
    """The links inside the boxes (not the boxes themselves), once each, in document order."""
    inside = set(boxes)
    outer = [box for box in boxes if not any(a in inside for a in box.iterancestors())]
    return [a for box in outer for a in box.iterdescendants("a")]


# the post's own <article>: the innermost one holding an h1, else the page's one outside any other, an <aside>, a list
_POST_ARTICLE = ("//article[.//h1][not(.//article[.//h1])]",
                 "//article[not(ancestor::article or ancestor::aside or ancestor::li)]")
_CATEGORY_HREF = ".//a[contains(@href, '/category/')]"
_SEPARATORS = re.compile(r"[\s,·|/•»›>:-]+")
# a box inside the article that files other posts, or none: another post's card, the site's widget, related posts
_FOREIGN = re.compile(r"(?i)(?<![\w-])widget|related|(?<![\w-])card|sidebar|recent|popular|similar|teaser")
# a short label before a category line ("Posted in:", "Filed under", "Catégories :", "Рубрика:"), not a sentence
_LABEL = re.compile(r"\s*(?:[^\s\d.!?,;:()]+\s+){0,3}[^\s\d.!?,;:()]+\s*:?\s*")


def _filed_links(tree: HtmlElement) -> list[HtmlElement]:
    """Last, when no theme's class or rel names them: links to the blog's category archives (WordPress's
    "/category/<slug>/" base) inside the post's own <article> (the innermost one holding the h1, else the page's only
    one, not a card; not in another <article>, an <aside> or a widget's, related posts' or card's box within it that
    does not hold the h1: those file other posts), each in a box of links only, a short label before them at most
    ("Posted in: A, B"). A link in a sentence ("all my reviews are here") points to a category, it files no post."""
    held = tree.xpath(_POST_ARTICLE[0])
    alone = [] if held else [a for a in tree.xpath(_POST_ARTICLE[1]) if not _FOREIGN.search(a.get("class") or "")]
    article = held[0] if held else alone[0] if len(alone) == 1 else None  # (a list's many articles: none is the post)
    if article is None:
        return []
    heading = next(article.iter("h1"), None)
    own = set(heading.iterancestors()) if heading is not None else {article}
    found = []
    for a in article.xpath(_CATEGORY_HREF)[:20]:
        box = a.getparent()
        if box is None or box.tag in ("p", "li", "td", "blockquote") or _foreign(a, own):
            continue
        text = box.text_content()
        for link in box.iterchildren("a"):
            text = text.replace(link.text_content(), "\0", 1)
        label, _, rest = text.partition("\0")
        if not _SEPARATORS.sub("", rest.replace("\0", "")) and (not label.strip() or _LABEL.fullmatch(label)):
            found.append(a)
    return found[:10]


def _foreign(link: HtmlElement, own: set[HtmlElement]) -> bool:
    """`link` sits, below the boxes that hold the post's h1 (`own`), in an <article> or <aside>, or in a box whose class
    names a widget, a card or related posts."""
    for box in link.iterancestors():
        if box in own:
            return False
        if box.tag in ("article", "aside") or _FOREIGN.search(box.get("class") or ""):
            return True
    return False


def _texts(*candidates) -> list[str]:
    """Short link texts, without repeats, from the first list of links that gives any."""
    seen: list[str] = []
    for links in candidates:
        for a in links():
            text = _SPACES.sub(" ", a.text_content()).strip()
            if text and text not in seen and len(text) < 60:
                seen.append(text)
        if seen:
            break
    return seen


_ARTICLES = ("BlogPosting", "Article", "NewsArticle", "Review")
# the hosts' own names, which their markup gives as a post's publisher or site name ("Blogger", "Medium"): no blog's
PLATFORM_NAMES = frozenset({"medium", "blogger", "wordpress", "wordpress.com", "substack", "ghost", "tumblr", "wix",
                            "squarespace"})


def jsonld_items(tree: HtmlElement) -> list[dict]:
    """All JSON-LD objects on the page, with @graph flattened. Broken blocks are skipped."""
    items: list[dict] = []
    for script in [s for s in tree.getroottree().getroot().iter("script") if s.get("type") == "application/ld+json"]:
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


def _site_suffix(title: str, sitename: str | None, lead: tuple[str, ...] = ()) -> str:
    """Drop " – Site Name" / " | Site Name" that themes append to <title> (and, `lead`, "Site Name: " set before it)."""
    if sitename:
        for sep in (" | ", " – ", " — ", " - ", " :: ", " · ") + lead:
            if title.endswith(sep + sitename) and sep not in lead:
                return title[: -len(sep + sitename)].strip()
            if title.startswith(sitename + sep):
                return title[len(sitename + sep):].strip()
    return title


_TITLE_PARTS = re.compile("|".join(map(re.escape, TITLE_SEPS)))


def _publisher(meta: PageMeta, page_title: str, url: str) -> str | None:
    """The organisation an article's JSON-LD names its publisher (a paper, a Medium publication, a newsletter), where
    the page names it its own elsewhere too: as its site name or masthead, in its <title> beside the post's headline
    ("Post | Publication | Medium", "Post - Paper"), or in its address (the host, "publication.example.com", or
    Medium's first path part, "/publication-name/post"). A host's own name ("Blogger", "Medium") names no blog, and a
    publisher the page names nowhere else is a theme's default or another site's."""
    for item in meta.jsonld:
        publisher = item.get("publisher") if item.get("@type") in _ARTICLES else None
        if not isinstance(publisher, dict) or publisher.get("@type") != "Organization" \
                or not isinstance(publisher.get("name"), str):
            continue
        name = _SPACES.sub(" ", publisher["name"]).strip()
        if len(name) < 2 or name.casefold() in PLATFORM_NAMES:
            continue
        if name.casefold() in (meta.og_site_name.casefold(), (meta.masthead or "").casefold()):
            return name
        rest = page_title.replace(meta.title, " | ", 1) if meta.title and meta.title in page_title else \
            " | ".join(_TITLE_PARTS.split(page_title)[1:])
        if rest and named_whole(rest, name):
            return name
        letters = re.sub(r"[\W_]+", "", bare(name).casefold())  # ("Adevărul" on adevarul.example.ro)
        parts = urlsplit(url)
        labels = [re.sub(r"[\W_]+", "", label) for label in (parts.hostname or "").split(".")[:-1]]
        if any(len(label) >= 4 and label not in PLATFORM_NAMES and label in letters for label in labels) \
                or letters and re.sub(r"[\W_]+", "", parts.path.strip("/").split("/")[0].casefold()) == letters:
            return name
    return None


def read_metadata(tree: HtmlElement, url: str) -> PageMeta:
    meta = PageMeta()
    meta.jsonld = jsonld_items(tree)
    elements = list(tree.iter(etree.Element))  # walked twice: by _Marks, and for trafilatura's author
    marks = _Marks(elements)
    theirs = TrafilaturaMeta(tree, url, elements)
    prop, name = (lambda key: marks.meta.get(("property", key))), (lambda key: marks.meta.get(("name", key)))
    meta.sitename = prop("og:site_name") or theirs.sitename
    # The post's own heading beats <title>, which themes decorate with the site name.
    own = marks.heading()
    title = own or prop("og:title") or theirs.title or marks.title
    if title and title == theirs.title and marks.title and (
            home_heading(marks.mastheads, title) or domain_heading(tree, title, marks.title, url)
            or banner_heading(tree, title, marks.title)):
        # trafilatura's one h1 is the site's name, a link home (old themes give the post an h2): <title> without it
        meta.sitename = meta.sitename or title.strip()
        title = _site_suffix(_SPACES.sub(" ", marks.title).strip(), title.strip(), lead=(": ",))
    if title and title == theirs.title and marks.title:  # (trafilatura cut <title> at a dash the post's own h1 holds)
        title = whole_heading(marks.mastheads, title, _SPACES.sub(" ", marks.title).strip()) or title
    if title != own:  # (a post's own title-classed heading is its subject, no "Site - Board" lead)
        title = board_subject(tree, title, marks.title) or title  # "Site - Board - Subject": the subject's heading (titletail)
    meta.title = _site_suffix(_SPACES.sub(" ", title).strip(), meta.sitename) if title else None
    meta.author = theirs.author or name("author")
    meta.published = _iso_date(prop("article:published_time") or marks.time or theirs.date)
    root = tree.getroottree().getroot()
    lang = ((root.get("lang") or "").strip() if root.tag == "html" else "") or prop("og:locale")
    meta.language = re.split(r"[-_]", lang)[0].lower() if lang else None
    canonical = marks.link.get("canonical") or prop("og:url")
    meta.canonical_url = urljoin(url, canonical) if canonical else None
    meta.categories = (_texts(lambda: _links_in(marks.category_boxes), lambda: marks.article_links("category"))
                       or list(theirs.categories or [])[:10] or _texts(lambda: _filed_links(tree)))
    # (or, last, Tumblr's: a post's tags are links to the blog's "/tagged/<tag>" address, in a list its theme names
    # freely; a narrow XPath, asked only when the two above find none)
    # (a box of tags in a sidebar, a widget or the site's header lists the site's tags, not the post's)
    meta.tags = _texts(lambda: marks.article_links("tag"),
                       lambda: _links_in([b for b in marks.tag_boxes if not in_side_box(b)]), lambda: tree.xpath(
        "//article//a[starts-with(@href, '/tagged/') or contains(@href, '.tumblr.com/tagged/')]"))
    meta.og_type = prop("og:type")
    meta.body_classes = (marks.body_class or "").split()
    meta.rel_next = marks.rel_next
    meta.og_site_name = (marks.og_site_name or "").strip()
    # (no name declared in a meta tag: the masthead's, siteheading.masthead_name)
    if not meta.og_site_name and marks.title:
        page_title = _SPACES.sub(" ", marks.title).strip()
        meta.masthead = masthead_name(marks.mastheads, page_title) \
            or logo_name(tree, page_title, (urlsplit(url).hostname or "").removeprefix("www."))
    meta.publication = next((t.strip() for p in marks.publications for t in p.xpath(".//text()") if t.strip()), None)
    # (or the organisation the post's JSON-LD says publishes it, where the page names it too: _publisher)
    meta.publication = meta.publication or _publisher(meta, _SPACES.sub(" ", marks.title or "").strip(), url)
    for item in meta.jsonld:
        if not meta.author and isinstance(item.get("author"), dict) and item.get("@type") in _ARTICLES:
            meta.author = item["author"].get("name")
        if not meta.published and item.get("datePublished"):
            meta.published = _iso_date(str(item["datePublished"]))
    return meta
