"""A page's links, read from its text without building a tree.

The crawl's event loop needs only the ``<a href>`` values of a fetched page;
the page is parsed once, in an extraction worker. Building an lxml tree here
as well would cost the crawl process 2–3 ms a page, and resolving and
normalising the same sidebar links on every page far more: a blog repeats
its menus, recent posts, archives and tag cloud on every page.
``LinkMemo`` lets the spider look at each distinct link once per crawl.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin, urlsplit

# what a browser would never see as a link: comments, scripts, styles, templates
# (a script's or style's body is skipped a run of non-"<" at a time up to the first closing tag: the same match as
# ".*?</\1\s*>", which tried the closing tag at every character, in under half the time)
HIDDEN = re.compile(r"<!--.*?(?:-->|$)|<(script|style|template)\b[^>]*>[^<]*+(?:<(?!/\1\s*>)[^<]*+)*+</\1\s*>", re.I | re.S)
A_HREF = re.compile(r"""<a\s(?:[^>"']|"[^"]*"|'[^']*')*?(?<![\w-])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
SPACES = re.compile(r"[\t\n\r]")
LINK_TAG = re.compile(r"""<link\s(?:[^>"']|"[^"]*"|'[^']*')*>""", re.I)
ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


def shown(text: str) -> str:
    """The page's text without what a browser never shows as markup (comments, scripts, styles, templates).

    ``hrefs`` and ``canonical_href`` take it with ``shown=True``, so that a page read for both is cut once.
    """
    return HIDDEN.sub(" ", text)


def hrefs(text: str, shown: bool = False) -> list[str]:
    """The href of every ``<a>`` in the page, as written (entities decoded, surrounding space and tabs removed)."""
    if not shown:
        text = HIDDEN.sub(" ", text)
    out = []
    for match in A_HREF.finditer(text):
        href = match.group(1) if match.group(1) is not None else match.group(2) if match.group(2) is not None else match.group(3)
        if "\n" in href or "\t" in href or "\r" in href:  # (a regex call on every href costs more than the tests)
            href = SPACES.sub("", href)
        href = href.strip()
        if "&" in href:
            href = unescape(href)
        if href:
            out.append(href)
    return out


def canonical_href(text: str, shown: bool = False) -> str | None:
    """The href of the page's first ``<link rel="canonical">``, as written (entities decoded, stripped); None if none.

    Read from the text, as ``hrefs`` reads links: a parsed tree of every page
    would cost the crawl process a few hundred kilobytes a page while the page
    waits for its worker.
    """
    for tag in LINK_TAG.finditer(text if shown else HIDDEN.sub(" ", text)):
        attributes = {}
        for match in ATTRIBUTE.finditer(tag.group(0), 5):
            name = match.group(1).lower()
            if name not in attributes:  # the first of a repeated attribute counts, as in a parser
                value = next((v for v in match.group(2, 3, 4) if v is not None), "")
                attributes[name] = unescape(value) if "&" in value else value
        if "canonical" in attributes.get("rel", "").lower().split() and "href" in attributes:
            return attributes["href"].strip() or None
    return None


class LinkMemo:
    """Absolute URLs of links, each one given out once per crawl (while the memo holds it).

    Bounded: every page of a blog brings a few links of its own (reply and share
    links), so the memo keeps two generations of at most `size` URLs and forgets
    the older one when the newer fills. A link still in use (a menu, a sidebar)
    is carried into the newer generation; one given out again after being
    forgotten is only judged again by the spider, which never requests a URL twice.
    """

    def __init__(self, size: int = 50_000) -> None:
        self.size = size
        self.done: set[str] = set()
        self.older: set[str] = set()

    def new_links(self, text: str, base_url: str, shown: bool = False) -> list[str]:
        """Absolute URLs of the page's links that no earlier page had (`base_url`: the page's base;
        `shown`: `text` is already ``links.shown(page)``)."""
        parts = urlsplit(base_url)
        origin = f"{parts.scheme}://{parts.netloc}"
        out = []
        for href in hrefs(text, shown):
            if href.startswith("/") and not href.startswith("//"):
                url = origin + href
            elif href.startswith(("http://", "https://")):
                url = href
            else:
                try:
                    url = urljoin(base_url, href)
                except ValueError:  # "//[oops/": a link no client could follow
                    continue
            if url in self.done:
                continue
            self.done.add(url)
            if url in self.older:
                continue
            out.append(url)
        if len(self.done) > self.size:
            self.older, self.done = self.done, set()
        return out
