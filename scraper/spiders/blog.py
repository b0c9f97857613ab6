"""The one blog spider: a source in, every page of the blog out as a fetched-page item.

Posts are found three ways, all bounded: feeds (RSS/Atom, with their
pagination), sitemaps (indexes, the ones robots.txt names, the engine's usual
paths), and links from listing and post pages (depth-limited, traps refused by
``scraper.urls``). Engine knowledge is data in ``scraper.discovery`` and
``scraper.extract.platforms``; this class never forks per engine.

Items are dicts: source_slug, url, status, fetched_at, content_type, bytes,
content_hash, the capture (warc_file, warc_offset) and validators (etag,
last_modified), and ``body`` (HTML pages only, for the extraction pipeline)
or a ready ``record`` (feeds, sitemaps) or ``error``; or, for a page that has
not changed since it was archived, ``unchanged`` with the reason and nothing
to extract.

Re-crawls (``known``, loaded from the archive when the spider is made) skip
what feed, sitemap and WordPress REST API dates say is unchanged, and, once
discovery is done, revisit every archived page discovery did not reach, so
edits are seen and vanished pages are marked gone.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections import Counter
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.utils.response import get_base_url
from scrapy import signals
from scrapy.exceptions import DontCloseSpider

from archive.moves import at_site

from ..challenge import binary_reason, page_problem
from ..discovery import ENGINE_PATHS, feeds_from_html, parse_xml_listing
from ..extract.platforms import detect_platform
from ..failures import UNAVAILABLE
from ..known import KnownPages, load_known
from ..links import LinkMemo, canonical_href, shown
from ..sources import Source
from ..urls import LISTING_PATH, normalize, same_host, trap_reason
from .failing import FailureRecording, utc_stamp

log = logging.getLogger(__name__)

XML_TYPES = ("xml", "rss", "atom")
RECORDED_ERRORS = [304, 404, 410, 429, 500, 502, 503, 504, 403, 401]
# Listings whose dates mean "last modified" (an RSS pubDate does not change when a post is edited).
MODIFIED_DATES = ("urlset", "atom")
WP_API = "wp-json/wp/v2/posts?per_page=100&_fields=link,modified_gmt"
NOT_REVISITED = ("feed", "sitemap", "api", "unparsed", "not-html")


class BlogSpider(FailureRecording, scrapy.Spider):
    name = "blog"
    custom_settings = {"HTTPERROR_ALLOWED_CODES": RECORDED_ERRORS}

    def __init__(self, source: Source, **kwargs):
        super().__init__(name=f"blog:{source.slug}", **kwargs)
        self.source = source
        self.platform = source.platform
        self.seen: set[str] = set()
        self.pages_requested = 0
        self.refused: Counter[str] = Counter()
        self.known = KnownPages()
        self.revisited = False
        self.links = LinkMemo()
        self.unreachable = 0  # requests in a row that never got an answer
        self.copies: dict[str, str] = {}  # URL → the canonical URL it is a copy of

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if settings.get("SHELFMARK_DB"):
            spider.known = load_known(settings["SHELFMARK_DB"], spider.source.slug, settings.getint("SHELFMARK_CRAWL_ID"),
                                      settings.get("SHELFMARK_WARC_DIR"))
        crawler.signals.connect(spider.revisit_known, signal=signals.spider_idle)
        crawler.signals.connect(spider.answered, signal=signals.response_received)
        return spider

    # -- requests -------------------------------------------------------------

    def _request(self, url: str, callback, *, discovery: bool = False, priority: int = 0, defer_known: bool = True,
                 **kwargs) -> scrapy.Request | None:
        """A request for `url` unless it was seen, is a trap, or the page budget is spent.

        A link to a page already archived waits until discovery is done
        (``revisit_known``): by then a feed, sitemap or API date may have
        said it is unchanged, and it is not asked for at all.
        """
        try:
            url = normalize(url)
        except ValueError:  # a link no client can fetch (port 99999, "http://[oops/"): one refusal, not a crash
            self.crawler.stats.inc_value("shelfmark/refused/not a fetchable URL")
            return None
        if url in self.seen:
            return None
        if defer_known and not discovery and not self.revisited and self.known.capture(url):
            return None
        if not discovery and self.known.dead(url):
            self.crawler.stats.inc_value("shelfmark/refused/a dead link (404 last time)")
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
        if discovery:
            kwargs["meta"] = {**kwargs.get("meta", {}), "shelfmark_discovery": True}
        # `seen` already keeps each URL to one request; Scrapy's own duplicate filter would only
        # drop redirects to a URL already asked for, silently (a redirect loop would leave no trace)
        return scrapy.Request(url, callback=callback, errback=self.failed, priority=priority, dont_filter=True, **kwargs)

    async def start(self):
        home = self._request(self.source.home_url, self.parse_home, priority=100, defer_known=False)
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
            if req := self._request(url, self.parse_page, priority=70, defer_known=False):
                yield req

    def _engine_requests(self):
        """The engine's usual feed and sitemap paths, once the engine is known."""
        paths = ENGINE_PATHS.get(self.platform, ENGINE_PATHS["static"])
        d = self.source.discovery
        urls = (paths["feeds"] if d.use_feeds and not d.feeds else []) + (paths["sitemaps"] if d.use_sitemaps and not d.sitemaps else [])
        home_path = urlsplit(self.source.home_url).path.rstrip("/")
        guesses = [(urljoin(self.source.home_url, home_path + path), self.parse_xml) for path in urls]
        if self.platform == "wordpress" and self.source.discovery.use_sitemaps:
            # the REST API lists every post with its modified date: the cheapest way to see what changed
            guesses.append((urljoin(self.source.home_url, home_path + "/" + WP_API), self.parse_wp_api))
        found = self.known.listings()
        for url, callback in guesses:
            # a re-crawl asks again only at the usual paths that answered before (robots.txt
            # and the home page still name any new feed or sitemap)
            if found and normalize(url) not in found:
                continue
            if req := self._request(url, callback, discovery=True, priority=82 if callback == self.parse_wp_api else 80):
                yield req

    def revisit_known(self):
        """On the first idle: ask again for archived pages discovery did not reach (edits, or now gone)."""
        if self.revisited:
            return
        self.revisited = True
        scheduled = 0
        for url, row in self.known.pages.items():
            if url in self.seen or row["kind"] in NOT_REVISITED or not self.known.archived(url):
                continue
            if not at_site(url, self.source.home_url):
                continue  # archived at an address the blog moved away from (archive/moves.py): kept, not asked again
            if req := self._request(url, self.parse_page, priority=-10):
                self.crawler.engine.crawl(req)
                scheduled += 1
        if scheduled:
            log.info("%s: revisiting %d archived pages", self.source.slug, scheduled)
            raise DontCloseSpider

    def _skip_unchanged(self, url: str, modified: str | None, why: str) -> dict | None:
        """A page a listing's date says is unchanged since archived: noted, not fetched."""
        try:
            url = normalize(url)
        except ValueError:
            return None  # _request refuses it, and says why
        if url in self.seen or not self.known.unchanged_since(url, modified):
            return None
        self.seen.add(url)
        self.crawler.stats.inc_value("shelfmark/skipped_by_date")
        if url in self.known.saved:
            return None
        return {"source_slug": self.source.slug, "url": url, "fetched_at": utc_stamp(), "unchanged": why}

    # -- items ----------------------------------------------------------------

    def _item(self, response: Response, **extra) -> dict | None:
        """The page's item; None when a resumed crawl already wrote it."""
        meta = response.meta
        if meta.get("shelfmark_saved"):
            return None
        body = response.body
        item = {
            "source_slug": self.source.slug,
            "url": response.url,
            "status": response.status,
            "fetched_at": utc_stamp(),
            "content_type": (response.headers.get("Content-Type") or b"").decode("latin-1") or None,
            "bytes": len(body),
            "content_hash": hashlib.sha256(body).hexdigest(),
        }
        known = self.known.pages.get(response.url)
        unchanged = meta.get("shelfmark_unchanged")
        if not unchanged and response.status == 200 and known and self.known.capture(response.url) and known["content_hash"] == item["content_hash"]:
            unchanged = "same content"
        if unchanged:
            self.crawler.stats.inc_value(f"shelfmark/unchanged/{unchanged}")
            return {**item, "status": 304 if meta.get("shelfmark_304") else response.status, "unchanged": unchanged,
                    "etag": _header(response, "ETag"), "last_modified": _header(response, "Last-Modified")}
        if meta.get("shelfmark_noarchive"):
            self.crawler.stats.inc_value("shelfmark/refused/noarchive")
            return {**item, "record": {"kind": "noarchive", "is_review": False,
                                       "reason": f"the page asks not to be archived ({meta['shelfmark_noarchive']})"}}
        warc = meta.get("shelfmark_warc") or (None, None)
        item.update({"warc_file": warc[0], "warc_offset": warc[1],
                     "etag": _header(response, "ETag"), "last_modified": _header(response, "Last-Modified")})
        item.update(extra)
        return item

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
            if response.status not in (404, 410) and (item := self._error_item(response)):
                yield item
            return
        listing = parse_xml_listing(response.body, response.url)
        if listing.error:
            if item := self._item(response, record={"kind": "unparsed", "is_review": False, "reason": listing.error}):
                yield item
            return
        if item := self._item(response, record={
            "kind": "sitemap" if listing.kind in ("urlset", "sitemapindex") else "feed", "is_review": False,
            "reason": f"{listing.kind}: {len(listing.pages)} pages, {len(listing.sitemaps)} sitemaps",
        }):
            yield item
        for url in listing.sitemaps:
            if req := self._request(url, self.parse_xml, discovery=True, priority=85):
                yield req
        if listing.next_page:
            if req := self._request(listing.next_page, self.parse_xml, discovery=True, priority=75):
                yield req
        for url, modified in listing.pages:
            if listing.kind in MODIFIED_DATES and (skip := self._skip_unchanged(url, modified, f"{listing.kind} date")):
                yield skip
            elif req := self._request(url, self.parse_page, priority=10):
                yield req

    def parse_wp_api(self, response: Response):
        """WordPress's REST API: every post's link and modified date, a page of 100 at a time."""
        if response.status != 200:
            return  # the site does not offer it (or hides it): feeds and sitemaps still work
        try:
            posts = json.loads(response.body)
        except ValueError:
            posts = None
        if not isinstance(posts, list):
            return
        if item := self._item(response, record={"kind": "api", "is_review": False, "reason": f"WordPress REST API: {len(posts)} posts"}):
            yield item
        for post in posts:
            if not isinstance(post, dict) or not isinstance(post.get("link"), str):
                continue
            modified = post.get("modified_gmt")
            modified = modified + "+00:00" if isinstance(modified, str) and "+" not in modified else modified
            if skip := self._skip_unchanged(post["link"], modified, "WordPress API date"):
                yield skip
            elif req := self._request(post["link"], self.parse_page, priority=10):
                yield req
        pages = int(_header(response, "X-WP-TotalPages") or 1)
        if "page=" not in urlsplit(response.url).query:
            for number in range(2, min(pages, self.source.limits.max_listing_pages) + 1):
                if req := self._request(f"{response.url}&page={number}", self.parse_wp_api, discovery=True, priority=82):
                    yield req

    def parse_page(self, response: Response):
        if response.status != 200:
            if item := self._error_item(response):
                yield item
            if response.status in UNAVAILABLE:  # (after its retries)
                self._unanswered(f"HTTP {response.status}", gone=False)
            return
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
        if not isinstance(response, TextResponse) or any(t in content_type for t in XML_TYPES) and "html" not in content_type:
            if any(t in content_type for t in XML_TYPES):
                yield from self.parse_xml(response)
            elif item := self._item(response, record={"kind": "not-html", "is_review": False, "reason": f"not a web page ({content_type or 'no type'})"}):
                yield item
            return
        problem = binary_reason(response.body, content_type) or page_problem(response.text, response.body, response.encoding)
        if problem:
            # not the page: recorded as a failed fetch, so an archived review is neither replaced nor dropped
            error = f"HTTP {response.status}, but {problem}"
            self._count_error(error, response.request)
            if item := self._failure_item(self._item(response, error=error)):
                yield item
            return
        text = shown(response.text)  # read twice below: for the canonical link and for the links
        if copy_of := self._canonical_elsewhere(response, text):
            # the same post under another URL: one review, at the URL the blog calls canonical
            if item := self._item(response, record={"kind": "duplicate", "is_review": False,
                                                    "reason": f"a copy of {copy_of} (its canonical link)"}):
                yield item
            if req := self._request(copy_of, self.parse_page, priority=10, defer_known=False):
                yield req
        elif item := self._item(response, body=response.body):
            yield item
        if self.source.discovery.follow_links:
            listing = response.url == self._home or bool(LISTING_PATH.search(urlsplit(response.url).path))
            # each distinct link once per crawl: menus, sidebars and tag clouds repeat on every page
            for url in self.links.new_links(text, get_base_url(response), shown=True):
                if req := self._request(url, self.parse_page, priority=5 if listing else 0):
                    yield req

    @functools.cached_property
    def _home(self) -> str | None:
        """The home page's URL, normalised (None if it cannot be: then nothing is the home page)."""
        try:
            return normalize(self.source.home_url)
        except ValueError:
            return None

    def _canonical_elsewhere(self, response: TextResponse, text: str) -> str | None:
        """The page's canonical URL when that is another page of the site, else None.

        Ignored when it is the home page (themes that point every page there),
        outside the site or a trap, or when that page named this one as its
        canonical (a pair pointing at each other keeps the one fetched second).
        `text`: the page's ``links.shown`` text.
        """
        href = canonical_href(text, shown=True)
        if not href:
            return None
        try:
            here, canonical = normalize(response.url), normalize(response.urljoin(href))
        except ValueError:  # a canonical link no client could fetch: the page stands for itself
            return None
        if canonical in (here, self._home) or self.copies.get(canonical) == here:
            return None
        if trap_reason(canonical, self.source, self.source.limits.max_listing_pages):
            return None
        self.copies[here] = canonical
        return canonical


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _tree(response: TextResponse):
    from lxml import html as lxml_html

    return lxml_html.fromstring(response.text[:2_000_000] or "<html></html>")
