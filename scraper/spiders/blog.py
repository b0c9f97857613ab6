"""The one blog spider: a source in, every page of the blog out as a fetched-page item.

Posts are found three ways, all bounded: feeds (RSS/Atom, with their
pagination), sitemaps (indexes, the ones robots.txt names, the engine's usual
paths), and links from listing and post pages (depth-limited, traps refused by
``scraper.urls``). Engine knowledge is data in ``scraper.discovery`` and
``scraper.extract.platforms``; this class never forks per engine.

Items are dicts: source_slug, url, status, fetched_at, content_type, bytes,
content_hash, and ``body`` (HTML pages only, for the extraction pipeline) or a
ready ``record`` (feeds, sitemaps) or ``error``.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.exceptions import IgnoreRequest
from twisted.python.failure import Failure

from ..discovery import ENGINE_PATHS, feeds_from_html, parse_xml_listing
from ..extract.platforms import detect_platform
from ..sources import Source
from ..urls import LISTING_PATH, normalize, same_host, trap_reason

log = logging.getLogger(__name__)

XML_TYPES = ("xml", "rss", "atom")
RECORDED_ERRORS = [404, 410, 429, 500, 502, 503, 504, 403, 401]


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class BlogSpider(scrapy.Spider):
    name = "blog"
    custom_settings = {"HTTPERROR_ALLOWED_CODES": RECORDED_ERRORS}

    def __init__(self, source: Source, **kwargs):
        super().__init__(name=f"blog:{source.slug}", **kwargs)
        self.source = source
        self.platform = source.platform
        self.seen: set[str] = set()
        self.pages_requested = 0
        self.refused: Counter[str] = Counter()

    # -- requests -------------------------------------------------------------

    def _request(self, url: str, callback, *, discovery: bool = False, priority: int = 0, **kwargs) -> scrapy.Request | None:
        """A request for `url` unless it was seen, is a trap, or the page budget is spent."""
        url = normalize(url)
        if url in self.seen:
            return None
        if discovery:
            # feeds, sitemaps and robots.txt of a blog in a folder may sit at the host's root
            reason = None if same_host(url, self.source) else "outside the source's site"
        else:
            reason = trap_reason(url, self.source, self.source.limits.max_listing_pages)
        if reason:
            self.refused[reason] += 1
            self.crawler.stats.inc_value(f"shelfmark/refused/{reason}")
            return None
        if not discovery and self.pages_requested >= self.source.limits.max_pages:
            self.crawler.stats.inc_value("shelfmark/refused/max_pages")
            return None
        self.seen.add(url)
        if not discovery:
            self.pages_requested += 1
        return scrapy.Request(url, callback=callback, errback=self.failed, priority=priority, **kwargs)

    async def start(self):
        home = self._request(self.source.home_url, self.parse_home, priority=100)
        if home:
            yield home
        d = self.source.discovery
        for url in d.feeds if d.use_feeds else []:
            if req := self._request(url, self.parse_xml, discovery=True, priority=80):
                yield req
        for url in d.sitemaps if d.use_sitemaps else []:
            if req := self._request(url, self.parse_xml, discovery=True, priority=80):
                yield req
        for url in d.listings:
            if req := self._request(url, self.parse_page, priority=70):
                yield req

    def _engine_requests(self):
        """The engine's usual feed and sitemap paths, once the engine is known."""
        paths = ENGINE_PATHS.get(self.platform, ENGINE_PATHS["static"])
        d = self.source.discovery
        urls = (paths["feeds"] if d.use_feeds and not d.feeds else []) + (paths["sitemaps"] if d.use_sitemaps and not d.sitemaps else [])
        home_path = urlsplit(self.source.home_url).path.rstrip("/")
        for path in urls:
            if req := self._request(urljoin(self.source.home_url, home_path + path), self.parse_xml, discovery=True, priority=80):
                yield req

    # -- items ----------------------------------------------------------------

    def _item(self, response: Response, **extra) -> dict:
        body = response.body
        return {
            "source_slug": self.source.slug,
            "url": response.url,
            "status": response.status,
            "fetched_at": _now(),
            "content_type": (response.headers.get("Content-Type") or b"").decode("latin-1") or None,
            "bytes": len(body),
            "content_hash": hashlib.sha256(body).hexdigest(),
            **extra,
        }

    def _error_item(self, response: Response) -> dict:
        return self._item(response, record=None, error=f"HTTP {response.status}")

    def failed(self, failure: Failure):
        request = failure.request
        if failure.check(IgnoreRequest):
            # robots.txt said no (or a middleware dropped it on purpose): not a failure of the site
            self.crawler.stats.inc_value("shelfmark/refused/robots.txt or middleware")
            return
        log.warning("%s: fetch failed: %s", request.url, failure.getErrorMessage())
        yield {
            "source_slug": self.source.slug, "url": request.url, "status": None, "fetched_at": _now(),
            "content_type": None, "bytes": 0, "content_hash": None, "record": None,
            "error": f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500],
        }

    # -- callbacks --------------------------------------------------------------

    def robots_sitemaps(self, urls: list[str]) -> None:
        """Called by scraper.robots once Scrapy has read the site's robots.txt."""
        if not self.source.discovery.use_sitemaps:
            return
        for url in urls:
            if req := self._request(url, self.parse_xml, discovery=True, priority=85):
                self.crawler.engine.crawl(req)

    def parse_home(self, response: Response):
        if self.platform == "auto" and isinstance(response, TextResponse):
            tree_platform = detect_platform(_tree(response), response.text[:20000])
            self.platform = tree_platform
            log.info("%s: detected platform %s", self.source.slug, tree_platform)
        if isinstance(response, TextResponse) and self.source.discovery.use_feeds and not self.source.discovery.feeds:
            links = [(l.attrib.get("type", ""), l.attrib.get("href", "")) for l in response.css("link[rel~=alternate]")]
            for url in feeds_from_html(links, response.url):
                if req := self._request(url, self.parse_xml, discovery=True, priority=80):
                    yield req
        yield from self._engine_requests()
        yield from self.parse_page(response)

    def parse_xml(self, response: Response):
        if response.status != 200:
            # an engine path that is not there is normal; a listed one that fails is recorded
            if response.status not in (404, 410):
                yield self._error_item(response)
            return
        listing = parse_xml_listing(response.body, response.url)
        if listing.error:
            yield self._item(response, record={"kind": "unparsed", "is_review": False, "reason": listing.error})
            return
        yield self._item(response, record={
            "kind": "sitemap" if listing.kind in ("urlset", "sitemapindex") else "feed", "is_review": False,
            "reason": f"{listing.kind}: {len(listing.pages)} pages, {len(listing.sitemaps)} sitemaps",
        })
        for url in listing.sitemaps:
            if req := self._request(url, self.parse_xml, discovery=True, priority=85):
                yield req
        if listing.next_page:
            if req := self._request(listing.next_page, self.parse_xml, discovery=True, priority=75):
                yield req
        for url, _lastmod in listing.pages:
            if req := self._request(url, self.parse_page, priority=10):
                yield req

    def parse_page(self, response: Response):
        if response.status != 200:
            yield self._error_item(response)
            return
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
        if not isinstance(response, TextResponse) or any(t in content_type for t in XML_TYPES) and "html" not in content_type:
            if any(t in content_type for t in XML_TYPES):
                yield from self.parse_xml(response)
            else:
                yield self._item(response, record={"kind": "not-html", "is_review": False, "reason": f"not a web page ({content_type or 'no type'})"})
            return
        yield self._item(response, body=response.body, encoding=response.encoding)
        if self.source.discovery.follow_links:
            listing = response.url == normalize(self.source.home_url) or bool(LISTING_PATH.search(urlsplit(response.url).path))
            for href in response.css("a::attr(href)").getall():
                url = response.urljoin(href.strip())
                if req := self._request(url, self.parse_page, priority=5 if listing else 0):
                    yield req


def _tree(response: TextResponse):
    from lxml import html as lxml_html

    return lxml_html.fromstring(response.text[:2_000_000] or "<html></html>")
