"""The section's label over a story: a short line or small heading that is only a link to the site's own section page.

News sites and magazines (public radio, papers, literary reviews) and many blog themes set over a story's headline the
name of the section it is filed in, linked to that section's page: "<h3 class='slug'><a href='/sections/book-reviews/'>
Book Reviews</a></h3>", "<p class='rubrik'><a href='/rubrik/buecher/'>Bücher</a></p>", "<div><a href='/category/resenas/'>
Reseñas</a> › <a href='/category/resenas/novela/'>Novela</a></div>". It says where the page is filed, not what the
review says. Its shape, whatever the language of its words:

- position: among the lines before the review's first paragraph, and either the body's first line or right beside the
  story's headline (an ``h1`` or ``h2``, the line before or after it);
- it is short (six words at most) and is nothing but links (three at most), and separators between them;
- every link goes to a section, category or rubric page of the site (its address says so, in the words the engines and
  newsrooms use in their addresses: ``/sections/``, ``/category/``, ``/rubrik/``, ``/rubrique/``, ``/ressort/``,
  ``/seccion/``, ``?cat=``), on the site itself (a relative address or the page's own host).

What stays: a tag's link (``/tag/…``, ``/topics/…``: tags are named after the book or its author, which the book rules
may still read), the headline itself, a line of the review that links a category in a sentence, a link to another
site's section, a section label that links nowhere.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .nodes import links_of, text_of
from .sitedomain import declared_hosts
from .words import count_words

RULE = "section label"
_MAX_WORDS, _MAX_LINKS = 6, 3
_PROSE = 40
_LINES = ("p", "div", "span", "small", "h2", "h3", "h4", "h5", "h6", "header", "nav")
_TITLES = ("h1", "h2")
# a site's section page, as engines and newsrooms write its address
SECTION_PATH = re.compile(
    r"[?&](?:cat|category|categoria|categorie|rubric|rubrique|rubrik|section|sezione|seccion|secao)=|"
    r"/(?:sections?|category|categories|categor[ií]as?|categorie|categorieen|kategori[ae]?n?|kategorie|"
    r"rubri(?:c|k|ques?|cas?|ek|ka|ky|ken)|rubryk[ai]?|ressorts?|secci(?:o|ó)n(?:es)?|sec(?:ç|c)(?:ã|a)o|se(?:ç|c)(?:õ|o)es|"
    r"sezion[ei]|afdeling|sektion|osasto|rovat|рубрик[аи]|раздел[ыа]?|категори[яи]|kategori)/", re.I)


def _own(href: str, host: str | None) -> bool:
    """A link on the site itself: a relative address, or the page's own host (a "www." aside)."""
    target = urlsplit(href).hostname
    if target is None:
        return True
    return host is not None and target.removeprefix("www.") == host.removeprefix("www.")


def section_label(block: HtmlElement, host: str | None = None) -> bool:
    """The block is only one to three links to the site's section pages, six words at most (see the module docstring)."""
    if block.tag not in _LINES:
        return False
    text = text_of(block)
    if not text or count_words(text) > _MAX_WORDS:
        return False
    links = links_of(block)
    if not 0 < len(links) <= _MAX_LINKS:
        return False
    rest = text
    for a in links:
        href = (a.get("href") or "").strip()
        if not SECTION_PATH.search(href) or not _own(href, host) or not text_of(a):
            return False
        rest = rest.replace(text_of(a), " ", 1)
    return not re.search(r"\w", rest)


def _host(block: HtmlElement) -> str | None:
    """The page's own host, from its first canonical link alone (a block cut off from its page has none; None for a
    relative one; ``sitedomain.declared_hosts``)."""
    return next(iter(declared_hosts(block, og_url=False)), None)


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the section's label among the lines over the review (see the module docstring)."""
    left = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    first = next((k for k, i in enumerate(left) if items[i].tag not in ("h1", "h2", "h3", "h4", "h5", "h6")
                  and count_words(text_of(items[i])) >= _PROSE), len(left))
    host: list = []
    for k, i in enumerate(left[:first]):
        block = items[i]
        neighbours = [items[left[n]] for n in (k - 1, k + 1) if 0 <= n < len(left)]
        if not (k == 0 or any(n.tag in _TITLES for n in neighbours)) or block.tag == "h1":
            continue
        if not host:
            host.append(_host(block))
        if section_label(block, host[0]):
            drop[i], boxes[i] = RULE, block
