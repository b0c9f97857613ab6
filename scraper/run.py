"""Run a crawl of some sources into an archive and leave a record of it.

One Scrapy crawler per source, all in one process so they share the
extraction workers; one ``crawls`` row for the whole run, with the counts of
each source under ``counts``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from scrapy.crawler import Crawler, CrawlerProcess

from archive.store import Archive

from .extract import EXTRACTOR_VERSION
from .pipelines.extract import _SharedPool
from .settings import BASE, USER_AGENT, crawl_settings
from .sources import Source
from .spiders.blog import BlogSpider

log = logging.getLogger(__name__)

COUNTED = ["reviews_new", "reviews_changed", "reviews_unchanged", "non_reviews", "failed", "bytes"]
TOTALS = ["pages_fetched", "pages_failed", "reviews_new", "reviews_changed", "reviews_unchanged", "non_reviews", "bytes"]


@dataclass
class CrawlSummary:
    crawl_id: int
    status: str
    per_source: dict[str, dict] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def pages(self) -> int:
        return sum(s.get("pages_fetched", 0) for s in self.per_source.values())

    @property
    def totals(self) -> dict[str, int]:
        return {key: sum(s.get(key, 0) for s in self.per_source.values()) for key in TOTALS}


def _source_row(source: Source) -> dict:
    return {
        "slug": source.slug, "name": source.name, "home_url": source.home_url, "platform": source.platform,
        "feeds": source.discovery.feeds, "sitemaps": source.discovery.sitemaps,
    }


def _stats_counts(stats: dict) -> dict:
    counts = {key: int(stats.get(f"shelfmark/{key}", 0)) for key in COUNTED}
    counts["pages_failed"] = counts.pop("failed")
    counts["pages_fetched"] = int(stats.get("response_received_count", 0))
    counts["refused"] = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("shelfmark/refused/")}
    counts["kinds"] = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("shelfmark/kind/")}
    counts["finish_reason"] = str(stats.get("finish_reason", ""))
    return counts


def run_crawl(sources: list[Source], db_path: str, *, fast: bool = False, overrides: dict | None = None,
              log_level: str = "INFO") -> CrawlSummary:
    import time

    with Archive(db_path) as archive:
        archive.upsert_sources([_source_row(s) for s in sources])
        crawl_id = archive.start_crawl([s.slug for s in sources], user_agent=USER_AGENT, extractor_version=EXTRACTOR_VERSION)

    started = time.monotonic()
    process = CrawlerProcess({**BASE, "LOG_LEVEL": log_level, "LOG_INSTALL_ROOT_HANDLER": True})
    crawlers: dict[str, Crawler] = {}
    for index, source in enumerate(sources):
        settings = crawl_settings(source, db_path=str(db_path), crawl_id=crawl_id, fast=fast, overrides={"LOG_LEVEL": log_level, **(overrides or {})})
        # the first crawler installs the (asyncio) reactor, as CrawlerProcess.create_crawler would
        crawler = Crawler(BlogSpider, settings, init_reactor=index == 0)
        crawlers[source.slug] = crawler
        process.crawl(crawler, source=source)
    status = "finished"
    workers = BASE["SHELFMARK_EXTRACT_WORKERS"] if overrides is None else overrides.get("SHELFMARK_EXTRACT_WORKERS", BASE["SHELFMARK_EXTRACT_WORKERS"])
    if workers:
        _SharedPool.acquire(workers)
    try:
        process.start()
    except KeyboardInterrupt:
        status = "interrupted"
    finally:
        if workers:
            _SharedPool.release()
    per_source = {slug: _stats_counts(c.stats.get_stats()) for slug, c in crawlers.items()}
    if any(c["finish_reason"] not in ("finished", "") for c in per_source.values()):
        status = "interrupted" if status == "finished" and any(c["finish_reason"] == "shutdown" for c in per_source.values()) else status
    summary = CrawlSummary(crawl_id, status, per_source, time.monotonic() - started)
    totals = summary.totals
    with Archive(db_path) as archive:
        archive.finish_crawl(crawl_id, {**totals, "sources": per_source, "seconds": round(summary.seconds, 2)}, status=status)
    return summary
