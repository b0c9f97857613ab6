"""Ask only for what changed, and never fetch again what this crawl already archived.

A downloader middleware, on the engine side of the WARC capture (so the real
304 is captured) and on the downloader side of HttpCompressionMiddleware (so
the archived bodies it hands back are decoded like fresh ones):

- a request for an archived page carries ``If-None-Match`` / ``If-Modified-Since``
  from the page's last capture;
- a 304 answer is replaced by the archived response, read from its WARC
  record and marked ``meta["shelfmark_unchanged"]``: the spider still follows its
  links and reads its feed entries, but nothing is extracted or written again;
- when a stopped crawl resumes, a URL it had already captured is answered from
  that capture without a request (``meta["shelfmark_replayed"]``;
  ``meta["shelfmark_saved"]`` when its row was written too).

It reads the spider's ``known`` (:class:`scraper.known.KnownPages`). Settings:
``SHELFMARK_DB`` and ``SHELFMARK_WARC_DIR`` (where the captures are).
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from archive.captures import CaptureError, read_capture, warc_dir

log = logging.getLogger(__name__)


class IncrementalMiddleware:
    def __init__(self, crawler, folder: Path):
        self.crawler = crawler
        self.folder = folder

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.get("SHELFMARK_DB"):
            raise NotConfigured("SHELFMARK_DB is not set: no archive to compare with")
        return cls(crawler, Path(settings.get("SHELFMARK_WARC_DIR") or warc_dir(settings["SHELFMARK_DB"])))

    @property
    def known(self):
        return getattr(self.crawler.spider, "known", None)

    def process_request(self, request):
        known = self.known
        if known is None or request.meta.get("shelfmark_replayed"):
            return None
        url = request.url
        if url in known.resumed:
            name, offset, status = known.resumed[url]
            saved = url in known.saved
            if status == 304 and known.capture(url):
                return self._replay(request, *known.capture(url), unchanged="not modified (304)", saved=saved)
            if status != 304:
                return self._replay(request, name, offset, saved=saved, warc=(name, offset))
        row = known.pages.get(url)
        if row and known.capture(url):
            if row["etag"] and b"If-None-Match" not in request.headers:
                request.headers[b"If-None-Match"] = row["etag"]
            if row["last_modified"] and b"If-Modified-Since" not in request.headers:
                request.headers[b"If-Modified-Since"] = row["last_modified"]
        return None

    def process_response(self, request, response):
        known = self.known
        if response.status != 304 or known is None or request.meta.get("shelfmark_replayed"):
            return response
        capture = known.capture(request.url)
        if capture is None:
            return response  # a 304 for something we never archived: the spider records it as it is
        request.meta["shelfmark_304"] = True
        return self._replay(request, *capture, unchanged="not modified (304)", saved=False, mark_request=False) or response

    def _replay(self, request, name: str, offset: int, *, unchanged: str | None = None, saved: bool = False,
                warc: tuple[str, int] | None = None, mark_request: bool = True):
        try:
            capture = read_capture(self.folder, name, offset)
        except CaptureError as exc:
            log.warning("%s: archived copy unreadable, fetching again: %s", request.url, exc)
            return None
        if mark_request:
            request.meta["shelfmark_replayed"] = True
            self.crawler.stats.inc_value("shelfmark/replayed")
        request.meta["shelfmark_saved"] = saved
        if unchanged:
            request.meta["shelfmark_unchanged"] = unchanged
        if warc:
            request.meta["shelfmark_warc"] = warc
        headers = Headers([(k, v) for k, v in capture.headers])
        cls = responsetypes.from_args(headers=headers, url=request.url, body=capture.raw_body)
        return cls(url=request.url, status=capture.status, headers=headers, body=capture.raw_body,
                   request=request, protocol="HTTP/1.1")
