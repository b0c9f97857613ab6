"""URL scope, normalisation and crawl traps.

A blog offers endless URLs for a finite set of posts: comment-reply links,
share links, print and AMP views, date archives, tag clouds, calendars, feeds
per post. ``normalize`` folds the harmless variants into one URL and
``trap_reason`` names the rest, so the crawl stays bounded by what the blog
really holds.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from .sources import Source

# Query keys that never change the page (tracking, mobile views): dropped.
DROP_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|source|m|amp;.*|_ga|spref|hl)$", re.I)
# Query keys that make a page a trap: never fetched.
TRAP_PARAMS = re.compile(
    r"^(replytocom|share|print|printpage|tmpl|output|amp|showcomment|like_comment|action|nb|doing_wp_cron|_wpnonce|preview|"
    r"calendar|ical|outlook-ical|format|orderby|order|filter_\w+|redirect_to|lang|s|q|search|view|sort|attachment_id|"
    r"unapproved|moderation-hash|dl|download|shared)$",
    re.I,
)
# Keys that paginate a listing: allowed, but bounded by max_listing_pages.
PAGE_PARAMS = re.compile(r"^(start|paged|page|updated-max|max-results|limitstart)$", re.I)

TRAP_PATHS = [
    (re.compile(r"/(amp|print|embed|trackback|feed)/?$", re.I), "a print, AMP, embed, trackback or per-post feed view"),
    (re.compile(r"/attachment/", re.I), "an attachment page"),
    (re.compile(r"/comment-page-\d+", re.I), "a comment page"),
    (re.compile(r"/(wp-admin|wp-login\.php|xmlrpc\.php|wp-json|wp-content|wp-includes|cgi-bin)\b", re.I), "an engine's internal path"),
    # a year alone counts only in a plausible blogging range, so a post slugged /1984/ is still a post
    (re.compile(r"/(199\d|20\d\d)(/\d{1,2}){0,2}/?$|/\d{4}/\d{1,2}(/\d{1,2})?/?$"), "a date archive"),
    (re.compile(r"/(tag|tags|author|search)/|/itemlist/(user|tag|date)\b", re.I), "a tag, author or search listing"),
    (re.compile(r"/(calendar|events?/\d{4}-\d{2})", re.I), "a calendar"),
    (re.compile(r"\.(jpe?g|png|gif|webp|svg|ico|pdf|zip|gz|mp3|mp4|mov|avi|css|js|woff2?|ttf|epub|mobi|docx?)$", re.I), "not a web page"),
]
LISTING_PATH = re.compile(r"/page/\d+/?$|/search/label/|/category/|/categories/", re.I)
PAGE_NUMBER = re.compile(r"/page/(\d+)/?$", re.I)


# A URL of unreserved characters only, lower-case scheme and host, no user, no percent sign: `_plain` spells it
# as `normalize` would at a sixth of the cost (a page brings ~16 new links, most of them reply and share links).
PLAIN = re.compile(r"(https?)://([a-z0-9.-]+)(?::([1-9][0-9]{0,4}))?(/[A-Za-z0-9._~/-]*)?(?:\?([A-Za-z0-9._~=&-]*))?(?:#.*)?", re.S)
PLAIN_HOST = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*")
DEFAULT_PORTS = {"http": "80", "https": "443"}


def _plain(url: str) -> str | None:
    """``normalize(url)`` for a plain URL (``PLAIN``), or None for any other: left to the full path."""
    match = PLAIN.fullmatch(url)
    if match is None:
        return None
    scheme, host, port, path, query = match.groups()
    if "--" in host or not PLAIN_HOST.fullmatch(host) or path and "/." in path or port and int(port) > 65535:
        return None  # punycode, dot segments, a port no client takes: the full path decides
    pairs = []
    for pair in (query or "").split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        if "=" in value:
            return None
        if not DROP_PARAMS.match(key):
            pairs.append((key, value))
    pairs.sort()
    netloc = host if port is None or DEFAULT_PORTS[scheme] == port else f"{host}:{port}"
    return f"{scheme}://{netloc}{path or '/'}" + ("?" + "&".join(f"{k}={v}" for k, v in pairs) if pairs else "")


def normalize(url: str) -> str:
    """One spelling per page: no fragment, no tracking parameters, sorted query, lower-case host."""
    if (plain := _plain(url)) is not None:
        return plain
    return _normalize(url)


def _normalize(url: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not DROP_PARAMS.match(k)]
    netloc = parts.netloc.lower()
    if (parts.scheme.lower(), netloc.rsplit(":", 1)[-1]) in (("http", "80"), ("https", "443")):
        netloc = netloc.rsplit(":", 1)[0]
    cleaned = urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))
    return canonicalize_url(cleaned, keep_fragments=False)


def _host(netloc: str) -> str:
    """Host and port, without www. and without the scheme's default port."""
    netloc = netloc.lower()
    netloc = re.sub(r":(80|443)$", "", netloc)
    return netloc[4:] if netloc.startswith("www.") else netloc


def same_host(url: str, source: Source) -> bool:
    return _host(urlsplit(url).netloc) == _host(source.netloc)


def same_site(url: str, source: Source) -> bool:
    """On the source's host and, for a blog in a folder (example.org/blog/), inside that folder."""
    if not same_host(url, source):
        return False
    base = (urlsplit(source.home_url).path or "/").rstrip("/")
    path = urlsplit(url).path or "/"
    return not base or path == base or path.startswith(base + "/")


def trap_reason(url: str, source: Source, max_listing_pages: int) -> str | None:
    """Why this URL must not be fetched, or None when it may be."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "not http(s)"
    if not same_site(url, source):
        return "outside the source's site"
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if TRAP_PARAMS.match(key):
            return f"a trap parameter ({key}=)"
        if PAGE_PARAMS.match(key) and value.isdigit():
            # ?page=N counts pages; ?start=N and the like count posts (up to 50 a page)
            limit = max_listing_pages if key.lower() in ("page", "paged") else max_listing_pages * 50
            if int(value) > limit:
                return "pagination beyond the listing limit"
    for pattern, reason in TRAP_PATHS:
        if pattern.search(parts.path):
            return reason
    page = PAGE_NUMBER.search(parts.path)
    if page and int(page.group(1)) > max_listing_pages:
        return "pagination beyond the listing limit"
    if source.scope.include and not any(re.search(p, url) for p in source.scope.include):
        return "not matched by scope.include"
    if any(re.search(p, url) for p in source.scope.exclude):
        return "matched by scope.exclude"
    return None
