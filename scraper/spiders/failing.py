"""How the blog spider records what went wrong: error pages, failed fetches, and a blog that stops answering.

A mixin of ``scraper.spiders.blog.BlogSpider`` (it uses the spider's ``source``, ``crawler``, ``_item`` and
``parse_home``): each failure becomes an item for the archive (the last good capture of the page stays), is
counted by kind for the crawl's record, and enough pages in a row without an answer end the blog's crawl.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import scrapy
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from ..challenge import page_problem
from ..failures import SITE_GONE_AFTER, UNAVAILABLE, UNREACHABLE, failure_kind, failure_reason

log = logging.getLogger("scraper.spiders.blog")


def utc_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class FailureRecording:
    """Error pages, failed fetches and unanswered requests, recorded (see the module docstring); the spider
    sets ``unreachable``, the count of requests in a row that never got an answer."""

    def answered(self, response=None, **kwargs) -> None:
        if response is None or response.status not in UNAVAILABLE:
            self.unreachable = 0

    def _unanswered(self, error: str, gone: bool) -> None:
        """One more page in a row the blog did not serve; enough of them end the blog's crawl."""
        self.unreachable += 1
        if self.unreachable >= SITE_GONE_AFTER:
            self.crawler.stats.set_value("shelfmark/site_gone", error[:300])
            what = "site gone away" if gone else "site unavailable (it says so)"
            raise CloseSpider(f"{what}: {self.unreachable} pages in a row got no answer ({error[:200]})")

    def _error_item(self, response: Response) -> dict | None:
        if response.meta.get("shelfmark_saved"):
            return None
        problem = page_problem(response.text) if isinstance(response, TextResponse) else None
        challenge = f" ({problem})" if problem and "challenge" in problem else ""
        error = f"HTTP {response.status}{challenge}"
        if response.status not in (404, 410):
            self._count_error(error, response.request)
        elif response.request is not None and response.request.callback == self.parse_home:
            self.crawler.stats.set_value("shelfmark/home_error", f"{error}: no page at that address")
        return self._failure_item(self._item(response, record=None, error=error))

    def _count_error(self, error: str, request: scrapy.Request | None) -> None:
        """Count a failed page, and its kind, for the crawl's record and summary."""
        self.crawler.stats.inc_value("shelfmark/errors")
        self.crawler.stats.inc_value(f"shelfmark/failure/{failure_kind(error)}")
        if request is not None and request.callback == self.parse_home:
            # the start URL itself: the run reports it as a mistake to fix
            self.crawler.stats.set_value("shelfmark/home_error", error[:300])

    def _failure_item(self, item: dict | None) -> dict | None:
        if item is None:
            return None
        item["record"] = None
        for key in ("warc_file", "warc_offset", "etag", "last_modified"):
            item.pop(key, None)  # an error page is not the page's capture; the last good one stays
        return item

    def failed(self, failure: Failure):
        request = failure.request
        if failure.check(IgnoreRequest) and "robots.txt" in failure.getErrorMessage():
            # robots.txt said no: not a failure of the site
            self.crawler.stats.inc_value("shelfmark/refused/robots.txt or middleware")
            return
        url = (request.meta.get("redirect_urls") or [request.url])[0]  # the URL the spider asked for
        error = failure_reason(failure, self.crawler.settings.getint("REDIRECT_MAX_TIMES"))
        log.warning("%s: fetch failed: %s", url, error)
        self._count_error(error, request)
        yield {
            "source_slug": self.source.slug, "url": url, "status": None, "fetched_at": utc_stamp(),
            "content_type": None, "bytes": 0, "content_hash": None, "record": None, "error": error[:500],
        }
        if failure.type.__name__ in UNREACHABLE:
            self._unanswered(error, gone=failure.type.__name__ != "RetryAfterRefused")
        else:
            self.unreachable = 0
