"""Scrapy settings for Shelfmark: polite by default.

robots.txt is obeyed, AutoThrottle is on with one request at a time per
domain, and the User-Agent names the project and where to read about it.
The telnet console and the remote-control server are off: nobody should be
able to run code in a crawler from outside.
"""

from __future__ import annotations

import os

from typing import TYPE_CHECKING

from . import __version__
from .sources import Source

if TYPE_CHECKING:
    from scrapy.settings import Settings

MAX_EXTRACT_WORKERS = 4  # each worker holds its own parsed pages and trafilatura (~100 MB)
FAST_CONCURRENCY = 32  # requests at a time to one site under `fast` (a site of one's own, `--no-throttle`)


def extract_workers() -> int:
    """Extraction processes: one per core this process may run on, at most ``MAX_EXTRACT_WORKERS``."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_EXTRACT_WORKERS))


def __getattr__(name: str):
    # Scrapy imported only when a crawl asks for its stats class (STATS_CLASS below, by name): `reextract` and `check`
    # import this module for extract_workers and USER_AGENT, and importing Scrapy cost them ~0.5 s of CPU a run
    if name != "PlainStats":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from scrapy.statscollectors import MemoryStatsCollector

    class PlainStats(MemoryStatsCollector):
        """Scrapy's stats without its deprecation shim, which looks up and wraps a method on every
        access (to warn about a ``spider`` argument nobody here passes): ~15 calls a page."""

        __getattribute__ = object.__getattribute__

    PlainStats.__module__, PlainStats.__qualname__ = __name__, "PlainStats"
    globals()["PlainStats"] = PlainStats
    return PlainStats


USER_AGENT = f"Shelfmark/{__version__} (book-review archive; +https://github.com/shelfmark/shelfmark)"

BASE = {
    "BOT_NAME": "shelfmark",
    "USER_AGENT": USER_AGENT,
    "ROBOTSTXT_OBEY": True,
    "ROBOTSTXT_PARSER": "scraper.robots.SitemapAwareRobotParser",
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 1.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    "DOWNLOAD_DELAY": 1.0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "CONCURRENT_REQUESTS": 16,
    # Scrapy starts this many tasks for the output of every response, however little it yields
    # (a page: one item and a few requests); 100, the default, cost the crawl process ~3 ms a page, 16 ~0.2 ms more
    # than 4 (the item waits for its extraction while the others schedule the page's requests)
    "CONCURRENT_ITEMS": 4,
    "TELNETCONSOLE_ENABLED": False,
    "REMOTE_CONTROL_ENABLED": False,
    "COOKIES_ENABLED": False,
    "DOWNLOAD_TIMEOUT": 30,
    "DOWNLOAD_MAXSIZE": 16 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 4 * 1024 * 1024,
    "RETRY_TIMES": 2,
    "REDIRECT_MAX_TIMES": 5,
    # only an immediate <meta http-equiv=refresh> is a redirect; a page that reloads itself
    # (or sends readers elsewhere) after a delay is still a page, and is archived as one
    "METAREFRESH_MAXDELAY": 1,
    "DEPTH_PRIORITY": 1,
    # pending requests wait on disk, in a folder of the crawl's own (scraper/queue.py): a sitemap of
    # 100,000 posts would otherwise hold 100,000 requests in memory
    "SCHEDULER": "scraper.queue.DiskQueueScheduler",
    "SCHEDULER_DISK_QUEUE": "scraper.queue.RequestDiskQueue",
    "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
    "LOG_LEVEL": "INFO",
    "ITEM_PIPELINES": {
        "scraper.pipelines.extract.ExtractPipeline": 300,
        "scraper.pipelines.archive.ArchivePipeline": 800,
    },
    "STATS_CLASS": "scraper.settings.PlainStats",
    # per-request counters nobody reads (the crawl's own counts are shelfmark/*), and a check that
    # only warns about meta copied from a response (the spider never copies it): off, for CPU
    "DOWNLOADER_STATS": False,
    # a developer's warning: each time no request holding the callback is alive (they wait on disk), Scrapy
    # parses the callback's source again (~20 ms) to look for a `return value` in a generator
    "WARN_ON_GENERATOR_RETURN_VALUE": False,
    "SPIDER_MIDDLEWARES": {"scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None},
    # Both on the downloader side of HttpCompressionMiddleware (590): the WARC
    # sees bodies as sent, and archived bodies handed back are decoded like fresh ones.
    "DOWNLOADER_MIDDLEWARES": {
        "scraper.middlewares.incremental.IncrementalMiddleware": 940,
        "scraper.middlewares.warc.WarcCaptureMiddleware": 950,
        # Servers that misbehave (scraper/middlewares/faults.py): redirects off the site are
        # refused before RobotsTxtMiddleware (100) would ask the other site for robots.txt, a
        # gzip body is checked whole before HttpCompressionMiddleware (590) keeps what it can
        # of it, and retries wait for Retry-After (in place of Scrapy's RetryMiddleware).
        "scraper.middlewares.faults.OffsiteRedirectMiddleware": 60,
        "scraper.middlewares.faults.IntactGzipMiddleware": 595,
        "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
        "scraper.middlewares.faults.RetryAfterMiddleware": 550,
        # Scrapy's, asking whether a host bypasses the environment's proxy once per host, not per request
        "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware": None,
        "scraper.middlewares.proxy.HostProxyMiddleware": 750,
    },
    # Longest Retry-After (seconds) a crawl waits for; a longer one fails the page until the next crawl.
    "SHELFMARK_MAX_RETRY_AFTER": 300,
    "SHELFMARK_WARC_MAX_BYTES": 1_000_000_000,
    "SHELFMARK_RESPECT_NOARCHIVE": True,
    # Extraction runs in worker processes; see scraper/pipelines/extract.py.
    "SHELFMARK_EXTRACT_WORKERS": extract_workers(),
    "SHELFMARK_BATCH_SIZE": 50,
}


def crawl_settings(source: Source, *, db_path: str, crawl_id: int, fast: bool = False, overrides: dict | None = None) -> Settings:
    """Settings for one source's crawler: the base, the source's politeness, and the run's archive."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setdict(BASE, priority="project")
    settings.set("DOWNLOAD_DELAY", source.politeness.download_delay, priority="spider")
    settings.set("AUTOTHROTTLE_START_DELAY", max(source.politeness.download_delay, 0.1), priority="spider")
    settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", source.politeness.concurrency, priority="spider")
    # One crawler per blog: the engine hands the downloader only what the blog may
    # serve soon, so Ctrl-C stops after a few requests, not after a queue of delayed ones.
    settings.set("CONCURRENT_REQUESTS", 2 * source.politeness.concurrency, priority="spider")
    settings.set("DEPTH_LIMIT", source.limits.max_depth, priority="spider")
    settings.set("SHELFMARK_DB", db_path, priority="spider")
    settings.set("SHELFMARK_CRAWL_ID", crawl_id, priority="spider")
    if fast:
        # Local demo and test sites only: politeness limits lifted, robots.txt still obeyed. Requests in
        # flight are many enough that fetching keeps ahead of the extraction workers on an idle machine
        # (8 at a time left them waiting); the scraper's 5 MB of responses in progress still bounds memory.
        # No more than that is handed to the downloader: what it holds when a site goes away fails.
        settings.setdict({"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": FAST_CONCURRENCY,
                          "CONCURRENT_REQUESTS": FAST_CONCURRENCY}, priority="cmdline")
    if overrides:
        settings.setdict(overrides, priority="cmdline")
    return settings
