"""Where a blog lists its posts: feeds, sitemaps, robots.txt, and the engine's usual paths.

Parsing is pure and safe: a document type declaration is dropped before
parsing, and XML is read without entity expansion or network access
(``resolve_entities=False``, ``no_network=True``), so a hostile feed can
neither expand an entity bomb nor reach outside, and the entries after one
are still read.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

# Where each engine keeps its feed and sitemap (tried when the page does not say).
ENGINE_PATHS: dict[str, dict[str, list[str]]] = {
    "wordpress": {"feeds": ["/feed/"], "sitemaps": ["/wp-sitemap.xml", "/sitemap_index.xml", "/sitemap.xml"]},
    "wordpress-com": {"feeds": ["/feed/"], "sitemaps": ["/sitemap.xml"]},
    "blogger": {"feeds": ["/feeds/posts/default"], "sitemaps": ["/sitemap.xml"]},
    "ghost": {"feeds": ["/rss/"], "sitemaps": ["/sitemap.xml"]},
    "substack": {"feeds": ["/feed"], "sitemaps": ["/sitemap.xml"]},
    "joomla": {"feeds": ["/index.php?format=feed&type=rss"], "sitemaps": ["/sitemap.xml"]},
    "medium": {"feeds": [], "sitemaps": ["/sitemap/sitemap.xml"]},
    "static": {"feeds": ["/feed.xml", "/index.xml", "/atom.xml", "/rss.xml"], "sitemaps": ["/sitemap.xml"]},
}
MAX_XML_BYTES = 50 * 1024 * 1024
DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(\[.*?\]\s*)?>", re.S | re.I)
CHAR_REF = re.compile(rb"&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});")


def _no_surrogate(match: re.Match) -> bytes:
    """A character reference to a UTF-16 surrogate becomes U+FFFD: lxml would keep bytes it cannot decode later."""
    ref = match.group(1)
    code = int(ref[1:], 16) if ref[:1] in (b"x", b"X") else int(ref)
    return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF else match.group(0)


@dataclass
class Listing:
    """What one feed or sitemap points to."""

    kind: str  # rss, atom, urlset, sitemapindex, unknown
    pages: list[tuple[str, str | None]] = field(default_factory=list)  # (url, lastmod)
    sitemaps: list[str] = field(default_factory=list)
    next_page: str | None = None
    error: str | None = None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False, remove_comments=True)


def _join(base_url: str, link: str) -> str | None:
    """`link` made absolute; None for one no client could fetch (``http://[oops/``: urljoin raises)."""
    try:
        return urljoin(base_url, link.strip())
    except ValueError:
        return None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_xml_listing(body: bytes, base_url: str) -> Listing:
    if body[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as gz:
                body = gz.read(MAX_XML_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            return Listing("unknown", error=f"corrupt gzip: {exc}")
        if len(body) > MAX_XML_BYTES:
            return Listing("unknown", error="decompressed sitemap over 50 MB")
    # a feed or sitemap never needs a DTD: dropping it leaves entity bombs and external entities undefined
    body = DOCTYPE.sub(b"", body[:100_000], count=1) + body[100_000:]
    body = CHAR_REF.sub(_no_surrogate, body)
    try:
        root = etree.fromstring(body, parser=_parser())
    except etree.XMLSyntaxError as exc:
        return Listing("unknown", error=f"not XML: {exc}")
    if root is None:
        return Listing("unknown", error="empty XML document")
    kind = _local(root.tag)
    listing = Listing(kind if kind in ("rss", "feed", "urlset", "sitemapindex", "rdf") else "unknown")
    if kind == "feed":
        listing.kind = "atom"
        for entry in root:
            if _local(entry.tag) == "link" and entry.get("rel") == "next":
                listing.next_page = _join(base_url, entry.get("href", ""))
            if _local(entry.tag) != "entry":
                continue
            link, updated = None, None
            for child in entry:
                name = _local(child.tag)
                if name == "link" and child.get("rel", "alternate") == "alternate" and child.get("href"):
                    link = child.get("href")
                elif name in ("updated", "published") and child.text and not updated:
                    updated = child.text.strip()
            if link and (url := _join(base_url, link)):
                listing.pages.append((url, updated))
    elif kind in ("rss", "rdf"):
        listing.kind = "rss"
        for item in root.iter():
            if _local(item.tag) != "item":
                continue
            link, date = None, None
            for child in item:
                name = _local(child.tag)
                if name == "link" and child.text:
                    link = child.text.strip()
                elif name == "guid" and child.text and not link and child.get("isPermaLink", "true") != "false":
                    link = child.text.strip()
                elif name in ("pubdate", "date", "updated") and child.text:
                    date = child.text.strip()
            if link and (url := _join(base_url, link)):
                listing.pages.append((url, date))
    elif kind in ("urlset", "sitemapindex"):
        for entry in root:
            loc, lastmod = None, None
            for child in entry:
                name = _local(child.tag)
                if name == "loc" and child.text:
                    loc = child.text.strip()
                elif name == "lastmod" and child.text:
                    lastmod = child.text.strip()
            if not loc or not (url := _join(base_url, loc)):
                continue
            if kind == "sitemapindex":
                listing.sitemaps.append(url)
            else:
                listing.pages.append((url, lastmod))
    else:
        listing.error = f"XML root <{kind}> is neither a feed nor a sitemap"
    return listing


def sitemaps_from_robots(text: str, base_url: str) -> list[str]:
    found = (_join(base_url, m.group(1)) for m in re.finditer(r"(?im)^\s*sitemap\s*:\s*(\S+)", text))
    return [url for url in found if url]


def feeds_from_html(links: list[tuple[str, str]], base_url: str) -> list[str]:
    """`links` are (type, href) of <link rel="alternate"> elements; comment feeds are skipped."""
    feeds = []
    for type_, href in links:
        type_ = (type_ or "").strip().lower()
        if type_ in ("application/rss+xml", "application/atom+xml") and href and "comments" not in href.lower():
            if url := _join(base_url, href):
                feeds.append(url)
    return feeds
