"""Downloader middlewares for servers that misbehave.

- ``RetryAfterMiddleware`` replaces Scrapy's retry middleware (same
  settings: ``RETRY_TIMES``, ``RETRY_HTTP_CODES``, ``RETRY_EXCEPTIONS``) and
  honours ``Retry-After`` on a 429 or 503: the blog's whole crawler pauses
  that long before the retry. A wait over ``SHELFMARK_MAX_RETRY_AFTER``
  seconds (default 300) is not waited for: the page is recorded as a failure
  that names the wait, and the next crawl asks again.
- ``OffsiteRedirectMiddleware`` refuses a redirect that leaves the source's
  site (host, and folder for a blog in a folder): the page fails with
  ``OffsiteRedirect`` naming the target, which is never fetched.
- ``IntactGzipMiddleware`` checks a gzip-encoded body is whole before
  Scrapy decompresses it (Scrapy keeps whatever a cut stream yields, which
  would archive half a review as if it were the post).

A middleware's failure is an exception the spider's errback records on the
page row, so every one of these leaves a reason in the archive.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
import zlib

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message

log = logging.getLogger(__name__)


class OffsiteRedirect(Exception):
    """A redirect to a page outside the source's site (not followed)."""


class TruncatedBody(Exception):
    """The page's compressed body was cut short or garbled."""


class RetryAfterRefused(Exception):
    """The server asked to be left alone for longer than we wait within a crawl."""


def retry_after_seconds(value: bytes | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time()) if when else None


class RetryAfterMiddleware(RetryMiddleware):
    RETRY_AFTER_CODES = (429, 503)

    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("SHELFMARK_MAX_RETRY_AFTER", 300)
        self.resume_at = 0.0

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry") or response.status not in self.RETRY_AFTER_CODES:
            return super().process_response(request, response)
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is None:
            return super().process_response(request, response)
        if wait > self.max_wait:
            self.crawler.stats.inc_value("shelfmark/retry_after_refused")
            raise RetryAfterRefused(f"HTTP {response.status} with Retry-After {wait:.0f} s, longer than the "
                                    f"{self.max_wait:.0f} s a crawl waits; asked again next crawl")
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await self._pause(wait, request)
        return retry

    async def _pause(self, wait: float, request) -> None:
        """Hold the whole crawler of this blog (one per source), not only this request.

        The engine stops handing requests to the downloader, and the blog's
        download slot stops starting the ones it already queued.
        """
        engine = self.crawler.engine
        self.resume_at = max(self.resume_at, time.monotonic() + wait)
        log.info("%s: the server asked for a pause of %.1f s (Retry-After); waiting", request.url, wait)
        if engine is not None:
            engine.pause()
            _hold_slot(engine.downloader, request, wait)
        try:
            while (left := self.resume_at - time.monotonic()) > 0:
                await asyncio.sleep(left)
        finally:
            if engine is not None and time.monotonic() >= self.resume_at:
                engine.unpause()


def _hold_slot(downloader, request, wait: float) -> None:
    """Keep the download slot of `request` from starting queued requests for `wait` seconds.

    Scrapy 2.19 internals (``Slot.latercall``, the same hold its DOWNLOAD_DELAY uses);
    without them only the engine's pause applies.
    """
    try:
        from scrapy.utils.asyncio import call_later

        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is None:
            return
        if slot.latercall is not None:
            slot.latercall.cancel()
        slot.latercall = call_later(wait, downloader._latercall, slot)
    except (AttributeError, ImportError):  # pragma: no cover (another Scrapy)
        log.debug("cannot hold the download slot; the engine's pause alone applies")


class OffsiteRedirectMiddleware:
    """Placed before RobotsTxtMiddleware (100): a refused target is not even asked for its robots.txt.

    Every redirect Scrapy follows (a 3xx, or a ``<meta http-equiv=refresh>``)
    comes back through the downloader as a new request carrying
    ``redirect_urls``; that is where it is checked, so both kinds are caught.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        from ..urls import same_host, same_site

        source = getattr(self.crawler.spider, "source", None)
        if not request.meta.get("redirect_urls") or source is None or request.meta.get("dont_obey_robotstxt"):
            return None  # not a redirect, or robots.txt (Scrapy's own business)
        # feeds and sitemaps of a blog in a folder may sit at the host's root
        inside = same_host if request.meta.get("shelfmark_discovery") else same_site
        if inside(request.url, source):
            return None
        self.crawler.stats.inc_value("shelfmark/refused/a redirect outside the source's site")
        how = request.meta.get("redirect_reasons", ["?"])[-1]
        how = f"HTTP {how}" if isinstance(how, int) else str(how)
        raise OffsiteRedirect(f"{how} redirect to {request.url}: outside the source's site, not followed")


class IntactGzipMiddleware:
    """Placed on the downloader side of HttpCompressionMiddleware (order above 590)."""

    def __init__(self, max_size: int):
        self.max_size = max_size

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getint("DOWNLOAD_MAXSIZE"))

    def process_response(self, request, response, spider=None):
        encodings = [e.strip().lower() for e in b",".join(response.headers.getlist("Content-Encoding")).split(b",")]
        if encodings != [b"gzip"] and encodings != [b"x-gzip"] or request.method == "HEAD":
            return response
        problem = gzip_problem(response.body, self.max_size)
        if problem:
            raise TruncatedBody(f"{problem}; the page was not archived")
        return response


def gzip_problem(data: bytes, max_size: int, chunk: int = 1 << 20) -> str | None:
    """Why a gzip body is not whole (cut short, garbled), or None. Decompresses at most `max_size` bytes.

    A body may hold several gzip members one after another (readers join them); each must end.
    """
    produced = 0
    received = len(data)
    while data[:2] == b"\x1f\x8b":
        inflater = zlib.decompressobj(31)
        try:
            pending = data
            while pending and not inflater.eof:
                produced += len(inflater.decompress(pending, chunk))
                pending = inflater.unconsumed_tail
                if max_size and produced > max_size:
                    return None  # too big: HttpCompressionMiddleware refuses it with its own message
        except zlib.error as exc:
            return f"corrupt gzip body ({exc})"
        if not inflater.eof:
            return f"gzip body cut short ({received} compressed bytes received, the stream never ends)"
        data = inflater.unused_data
    return None
