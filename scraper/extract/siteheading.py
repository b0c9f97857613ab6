"""Which heading of a page names the site and which the post (metadata.read_metadata): a masthead h1/h2 that is only
a link to the front page, or to the page itself outside the post's box; a banner h1 that <title> closes on while an
h2/h3 carries the post's own title; and the post's h1 where trafilatura cut <title> at a separator the title holds.
And the site's name where no meta tag gives it: the masthead heading <title> repeats (``masthead_name``), the one h1
the host spells (``domain_heading``), a logo link home that reads a part of <title> whole (``logo_name``)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

_SPACES = re.compile(r"\s+")
_FRONT_PATH = re.compile(r"/(?:index\.\w+)?")
# a class that marks the post's own box or heading (a whole token): the post's title sits in it, never the masthead
_POST_BOX = re.compile(r"(?:^|\s)(?:hentry|entry|post|type-post|(?:entry|post)-(?:header|title|content))(?:\s|$)")


def link_kind(link: HtmlElement) -> str:
    """"home" for a link to the site's front page ("/", "https://host/", "/index.html"), "self" for one to the page
    itself ("", "#", "#top"), else "other"."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#"):
        return "self"
    parts = urlsplit(href)
    if (parts.netloc and parts.path in ("", "/")) or (parts.path and _FRONT_PATH.fullmatch(parts.path)):
        return "home"
    return "other"


def site_heading_link(heading: HtmlElement, headings: list[HtmlElement]) -> HtmlElement | None:
    """The one link of an h1/h2 that reads as nothing but it and names the site: a link to the front page; or one to
    the page itself ("#top", "#", ""), as one-page sites and some themes link their masthead, unless the heading sits in
    the post's own box (an <article>, an entry or post box: Hatena's and others' entry titles link to their page) or
    another h1/h2 of the page links to the front page (that one is the masthead)."""
    links = list(heading.iter("a"))
    if len(links) != 1 or _SPACES.sub(" ", heading.text_content()).strip() != _SPACES.sub(
            " ", links[0].text_content()).strip():
        return None
    kind = link_kind(links[0])
    if kind == "home":
        return links[0]
    if kind == "other" or any(a.tag == "article" or _POST_BOX.search(a.get("class") or "")
                              for a in (heading, *heading.iterancestors())):
        return None
    others = (h for h in headings if h is not heading)
    return None if any(link_kind(a) == "home" for h in others for a in h.iter("a")
                       if len(list(h.iter("a"))) == 1) else links[0]


def home_heading(headings: list[HtmlElement], text: str) -> bool:
    """An h1 reading `text` that is only a link to the site's front page ("<h1><a href='/'>Site</a></h1>"); or an h2, as
    old themes set the masthead when the post's own title is an h3 (``site_heading_link``: a link to the page itself
    names the site only outside the post's box and with no other heading linked home)."""
    return any(_SPACES.sub(" ", h.text_content()).strip() == text.strip()
               and site_heading_link(h, headings) is not None for h in headings)


def whole_heading(headings: list[HtmlElement], title: str, page_title: str) -> str | None:
    """The post's h1 where trafilatura cut <title> short at a separator the post's own title holds ("T - A :: Site" read
    as "T"): the h1 reads the cut title and runs on past the separator, and <title> opens with the whole h1 (the site's
    name follows it), so the part cut off was the post's, not the site's name."""
    for heading in headings:
        if heading.tag != "h1":
            continue
        text = _SPACES.sub(" ", heading.text_content()).strip()
        rest = text[len(title):]
        if text.startswith(title) and page_title.startswith(text) and len(page_title) > len(text) \
                and any(rest.startswith(sep) for sep in TITLE_SEPS):
            return text
    return None


TITLE_SEPS = (": ", " | ", " – ", " — ", " - ", " :: ", " · ")


_APOSTROPHES = re.compile(r"['’ʼ`´]")
_AMPERSAND = re.compile(r"\s*&\s*|\s+(?:and|und|et|en|y|e|och|og|i|и|és|ja)\s+", re.I)


def _title_words(text: str) -> list[str]:
    """A title's words to compare: casefolded, its leading review label off ("Review: T"), apostrophes dropped and
    "&" read as "and" (any language's), punctuation and brackets gone ("T (A)" as "T – A")."""
    from .book import REVIEW_PREFIX  # (lazily: book's modules read this one)
    text = _SPACES.sub(" ", text).strip()
    text = REVIEW_PREFIX.sub("", text, count=1) or text
    return re.findall(r"\w+", _AMPERSAND.sub(" & ", _APOSTROPHES.sub("", text)).casefold())


def _carries(heading: list[str], own: list[str]) -> bool:
    """The heading is the title's own: it holds most (three in four) of the title's words and adds few of its own."""
    shared = len(set(heading) & set(own))
    return bool(heading) and shared * 4 >= len(set(own)) * 3 and shared * 4 >= len(set(heading)) * 3


def banner_heading(tree: HtmlElement, text: str, page_title: str) -> bool:
    """The h1 that is the site's name in its masthead, a board's or a hand-made theme's ("<div role='banner'><h1>Site
    </h1>", the topic's own title an h2 further down): the h1 sits in the page's banner (ARIA's role for the masthead,
    or a <header> outside any article), and the <title> closes on it after a separator ("Topic - Site"), the title
    before it being the page's own, which a heading of its own (an h2 or h3) carries: a one-page site whose h1 is the
    post's title ("Site - Post", <header><h1>Post</h1>) has no such heading."""
    own = next((page_title[:-len(sep.rstrip() + " " + text)].strip() for sep in TITLE_SEPS
                if page_title.endswith(sep.rstrip() + " " + text) and len(page_title) > len(text) + 3), None)
    if not own:
        return False
    own_words = _title_words(own)
    if not own_words or not any(_carries(_title_words(h.text_content()), own_words)
                                for h in tree.xpath("//h2 | //h3")):
        return False
    headings = [h for h in tree.iter("h1") if _SPACES.sub(" ", h.text_content()).strip() == text.strip()]
    return len(headings) == 1 and any(
        a.get("role") == "banner" or a.tag == "header" and next(a.iterancestors("article", "main"), None) is None
        for a in headings[0].iterancestors())


def domain_heading(tree: HtmlElement, text: str, page_title: str, url: str) -> bool:
    """The one h1 that is the blog's name: the name the host spells ("Zettelkasten" on zettelkasten.example.de,
    "Slow Shelves" on slowshelves.example.org) and the <title>'s lead before the post's own title ("Site: Post", a
    separator after it), as Blosxom and hand-made themes print their masthead; a post's h1 that opens the <title> is
    named by no host label."""
    words = re.findall(r"[^\W_]+", text.casefold())
    host = urlsplit(url).hostname or ""
    labels = [re.sub(r"[^a-z0-9]", "", label) for label in host.split(".")[:-1]]
    if not words or "".join(words) not in [label for label in labels if len(label) >= 4]:
        return False
    rest = page_title[len(text):] if page_title.startswith(text) else ""
    return sum(1 for _ in tree.iter("h1")) == 1 and bool(re.match(r"\s*(?:[:|·–—-]|::)\s+\S", rest))


def masthead_name(headings: list[HtmlElement], page_title: str) -> str | None:
    """The blog's name where no meta tag gives it: the h1/h2 that is only a link to the front page (a classic theme's
    masthead, "<h1><a href='/'>Name</a></h1>") and that the <title> sets before or after the post's own title ("Name:
    Post", "Post | Name"), as Blogger and old themes print both. `headings`: the page's h1 and h2, in order (metadata's
    marks)."""
    for heading in headings:
        text = _SPACES.sub(" ", heading.text_content()).strip()
        if not text or site_heading_link(heading, headings) is None:
            continue
        if any(page_title.startswith(text + sep) or page_title.endswith(sep.rstrip() + " " + text)
               for sep in TITLE_SEPS):
            return text
    return None


def logo_name(tree: HtmlElement, page_title: str, host: str) -> str | None:
    """The site's name a modern theme's masthead gives as its logo's text, no heading round it ("<header><a href='/'
    class='logo'>Name</a>"): the <title>'s first or last part ("Name | Post", "Post | Name"), that a link to this site's
    front page outside the post's own box (its article, its main) reads whole. A post's own words in <title> are no link
    home; a breadcrumb's link home reads "Home", not the site's name; a link to another site's front page (the book's
    author's own site, in the text or an "author sites" widget: "Author – Title") names that site, not this one: the
    link must be relative, or lead to the page's `host` (www. aside) or a host above or below it (blog.x and x)."""
    parts = {page_title.split(sep, 1)[0].strip() for sep in TITLE_SEPS if sep in page_title}
    parts |= {page_title.rsplit(sep, 1)[1].strip() for sep in TITLE_SEPS if sep in page_title}
    parts = {p for p in parts if 2 < len(p) <= 80}
    if not parts:
        return None
    found = set()
    for link in tree.iter("a"):  # (one pass over the links, their text first: few read a part)
        text = " ".join(link.text_content().split())
        if text in parts and text not in found and link_kind(link) == "home" \
                and same_site((urlsplit(link.get("href", "").strip()).hostname or "").removeprefix("www."), host) \
                and next(link.iterancestors("article", "main"), None) is None:
            found.add(text)
    return min(found) if found else None


def same_site(other: str, host: str) -> bool:
    """`other` (a link's host, www. aside; empty for a relative link) is the page's own `host`, or one above or below
    it ("blog.x" and "x")."""
    return not other or not host or other == host or other.endswith("." + host) or host.endswith("." + other)
