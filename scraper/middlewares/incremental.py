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
  ``meta["shelfmark_saved"]`` when its row was written too);
- a page whose archived copy cannot be read is fetched in full
  (``meta["shelfmark_refetch"]``), so the archive heals with a fresh capture
  instead of recording a 304 it cannot show as a failure on every run: asked
  without validators when its WARC file is missing or cut short (an archive's
  ``.db`` copied without its ``warcs/``: ``KnownPages.unreadable``), asked
  once more without them when the record a 304 confirms turns out unreadable
  (damaged). The count goes to the crawl's record (``shelfmark/refetched``);
  older versions keep their rows.

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
        if known is None or request.meta.get("shelfmark_replayed") or request.meta.get("shelfmark_refetch"):
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
        elif known.lost_capture(url):
            request.meta["shelfmark_refetch"] = True  # asked without validators: its capture is to be replaced
            self.crawler.stats.inc_value("shelfmark/refetched")
        return None

    def process_response(self, request, response):
        known = self.known
        if response.status != 304 or known is None or request.meta.get("shelfmark_replayed"):
            return response
        capture = known.capture(request.url)
        if capture is None or request.meta.get("shelfmark_refetch"):
            return response  # a 304 for something we never archived (or asked unconditionally): recorded as it is
        request.meta["shelfmark_304"] = True
        replayed = self._replay(request, *capture, unchanged="not modified (304)", saved=False, mark_request=False)
        return replayed or self._refetch(request)

    def _unreadable(self, url: str, exc: CaptureError) -> None:
        """Said once a source (a lost warcs/ folder would say it for every page), then only at DEBUG."""
        first = not self.crawler.stats.get_value("shelfmark/unreadable_copies")
        self.crawler.stats.inc_value("shelfmark/unreadable_copies")
        log.log(logging.WARNING if first else logging.DEBUG, "%s: archived copy unreadable, fetching again%s: %s", url,
                " (so is any other page of this source like it: counted in the crawl record)" if first else "", exc)

    def _refetch(self, request):
        """The page again, without If-None-Match / If-Modified-Since: its archived copy is unreadable, so a 304
        confirms nothing we can show; the fresh capture replaces the lost one (older versions stay as they are)."""
        self.crawler.stats.inc_value("shelfmark/refetched")
        headers = request.headers.copy()
        for name in (b"If-None-Match", b"If-Modified-Since"):
            headers.pop(name, None)
        meta = {k: v for k, v in request.meta.items() if k not in ("shelfmark_304", "shelfmark_warc")}
        return request.replace(headers=headers, meta={**meta, "shelfmark_refetch": True}, dont_filter=True)

    def _replay(self, request, name: str, offset: int, *, unchanged: str | None = None, saved: bool = False,
                warc: tuple[str, int] | None = None, mark_request: bool = True):
        try:
            capture = read_capture(self.folder, name, offset)
        except CaptureError as exc:
            self._unreadable(request.url, exc)
            self.known.unreadable.add(request.url)  # from here on, the page is as if never captured
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
