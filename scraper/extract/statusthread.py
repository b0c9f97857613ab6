"""One status's page on a fediverse server: the status, the author's own thread and others' replies (scraper.extract).

A fediverse server (Mastodon, GoToSocial, Pleroma and Akkoma, Misskey and its forks, Friendica) gives each status a
page of its own, at an address that names the one status: ``/@user/109876543210987654`` (Mastodon),
``/@user/statuses/01J…`` (GoToSocial), ``/users/user/statuses/…``, ``/notice/…`` and ``/objects/<uuid>`` (Pleroma,
Akkoma), ``/notes/…`` (Misskey), ``/display/…`` (Friendica). The page prints the status in its conversation: the
statuses it answers, the status itself, and the replies to it, each an ``<article>`` with its author's profile link in
its header. That is no listing of several posts: it is one post, and a review too long for one status goes on in the
author's own replies to it (a self-thread, "1/3", "2/3" …), printed right after it.

So, on such an address, when every top-level ``<article>`` names its author by a profile link (``/@name``,
``/users/name``, ``/u/name``) and one of them is the status the address names (its id, or failing that the first by
the address's own user), the status and the run of the same author's statuses around it are the post: they are
joined into the first of them (without the toggle, a button in a content warning's ``<summary>``, that shows the
rest). Every other status is someone else's (a reply, or what the status answers), or the
author's later word in the discussion under other people's replies: it goes, as readers' comments do.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

RULE = "others' statuses"
# the address of one status (module docstring); group "user": the address's own user where it names one, "id": the status
_STATUS_URL = re.compile(
    r"^/(?:@(?P<user>[\w.-]+)(?:@[\w.-]+)?/(?:statuses/|posts/)?|users/(?P<user2>[\w.-]+)/statuses/|notice/|objects/|notes/|"
    r"display/)(?P<id>[0-9A-Za-z-]{8,})/?$")
# a profile's address: "/@name" (and "/@name@host"), "/users/name", "/u/name"
_PROFILE = re.compile(r"^/(?:@(?P<a>[\w.-]+)(?:@[\w.-]+)?|users/(?P<b>[\w.-]+)|u/(?P<c>[\w.-]+))/?$")


def _status_address(url: str) -> tuple[str | None, str] | None:
    """(the address's user as host/name or None, the status's id) when the URL is one status's page."""
    parts = urlsplit(url)
    found = _STATUS_URL.match(parts.path or "")
    if not found or not any(ch.isdigit() for ch in found.group("id")):
        return None
    user = found.group("user") or found.group("user2")
    return (f"{(parts.hostname or '').lower()}/{user.lower()}" if user else None), found.group("id")


def _author(article: HtmlElement, base: str) -> str | None:
    """The article's author as host/name: its first link to a profile (its header comes first in every engine)."""
    for link in article.iter("a"):
        href = link.get("href")
        if not href:
            continue
        parts = urlsplit(urljoin(base, href.strip()))
        found = _PROFILE.match(parts.path or "")
        if found:
            name = found.group("a") or found.group("b") or found.group("c")
            return f"{(parts.hostname or '').lower()}/{name.lower()}"
    return None


def keep_thread(tree: HtmlElement, url: str, report) -> bool:
    """On one status's page, keep the status and its author's run of statuses as one article, the others gone
    (module docstring). Whether the page changed."""
    address = _status_address(url)
    if address is None:
        return False
    owner, status_id = address
    root = tree.getroottree().getroot()
    articles = [a for a in root.iter("article") if next(a.iterancestors("article"), None) is None]
    if len(articles) < 2:
        return False
    authors = [_author(a, url) for a in articles]
    if any(author is None for author in authors):
        return False
    focal = next((n for n, a in enumerate(articles)
                  if status_id in (a.get("id") or "", a.get("data-id") or "")), None)
    if focal is None and owner is not None:
        focal = next((n for n, author in enumerate(authors) if author == owner), None)
    if focal is None:
        return False
    start = end = focal
    while start > 0 and authors[start - 1] == authors[focal]:
        start -= 1
    while end + 1 < len(articles) and authors[end + 1] == authors[focal]:
        end += 1
    own = articles[start:end + 1]
    for n, article in enumerate(articles):
        if not start <= n <= end and article.getparent() is not None:
            report.add(RULE, article)
            article.drop_tree()
    first = own[0]
    # (the content warning's toggle, "Show more", a button inside each status's <summary>: the engine's, not the post's)
    for article in own:
        for toggle in article.xpath(".//summary//*[@role='button' or self::button]"):
            toggle.drop_tree()
    for article in own[1:]:  # (their parts moved into the first, side by side with its own: the article goes)
        for part in list(article):
            first.append(part)
        article.drop_tree()
    return True
