"""The site's own box closing the post: a short box whose button leads to a page of the site's main menu.

A magazine or a blog closes each post with a box of its own: a heading, a sentence and a button to the page where the
reader supports the site, subscribes to its letter or joins its club ("<the magazine> lives thanks to its readers …
Support us now", "Get our weekly letter … Sign up"). Its wording has no end and comes in every language; its shape
is the site's, not the review's:

- a box (a div, a section, an aside) short of the body, 60 words at most, no score, after the review: every block
  after it in the body was removed already (the writer's bio, the share row);
- it holds a heading, or a link standing alone on its line (a button);
- and that link goes to a page the site's main menu (a ``<nav>``, or a box named for its menu or navigation) links to
  as well, not the home page: the box sends the reader where the site's header does, to the site's own page.

A review's closing record box (two label:value fields or more: "Author: …", "Publisher: …") stays, wherever it links; a
link to a tag or category page inside the review's own paragraphs is no box of its own and stays.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .nodes import text_of
from .rating import has_score
from .words import count_words

RULE = "site's own box"
_MAX_WORDS = 60
_BOXES = ("div", "section", "aside")
# a label and its colon, then a value ("Author: …", "出版社: …"): two of them make the box the book's record, not the site's
_FIELD = re.compile(r"[^\W\d_]{2,}\s?[:：]\s*\S")
_MENU = re.compile(r"(?:^|[-_\s])(?:nav|navigation|navbar|menu|main-menu|primary-menu)(?:$|[-_\s])", re.I)


def _path(href: str, host: str) -> str:
    parts = urlsplit(href.strip())
    if parts.netloc and parts.netloc.removeprefix("www.") != host:
        return ""
    return parts.path.rstrip("/")


def _menu_paths(root: HtmlElement, host: str) -> set[str]:
    paths = set()
    for a in root.iter("a"):
        if any(e.tag == "nav" or _MENU.search(f"{e.get('class') or ''} {e.get('id') or ''}") for e in a.iterancestors()):
            path = _path(a.get("href") or "", host)
            if path:  # (not the home page)
                paths.add(path)
    return paths


def mark(items: list[HtmlElement], body: HtmlElement, host: str, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the site's own box closing the post (module docstring) in ``drop`` and ``boxes``."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    if len(live) < 4:
        return
    root = body.getroottree().getroot()
    host = (host or "").removeprefix("www.")
    menu = None
    seen: set[int] = set()
    for i in reversed(live[-4:]):
        box = items[i].getparent()
        if box is None or box is body or box.tag not in _BOXES or id(box) in seen:
            continue
        seen.add(id(box))
        inside = [k for k in range(len(items)) if any(a is box for a in items[k].iterancestors())]
        if not inside or any(k not in drop and text_of(items[k]) for k in range(inside[-1] + 1, len(items))):
            continue
        text = text_of(box)
        if count_words(text) > _MAX_WORDS or has_score(text) or len(inside) == len(live) or len(_FIELD.findall(text)) >= 2:
            continue
        links = list(box.iter("a"))
        lone = [a for a in links if a.getparent() is not None and text_of(a.getparent()) == text_of(a)]
        heading = next(box.iter("h2", "h3", "h4", "h5", "h6"), None) is not None
        if not links or not (heading or lone):
            continue
        if menu is None:
            menu = _menu_paths(root, host)
        if any(_path(a.get("href") or "", host) in menu for a in (links if heading else lone)):
            for k in inside:
                drop.setdefault(k, RULE)
                boxes.setdefault(k, box)
