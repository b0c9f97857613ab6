"""Run a crawl of some sources into an archive and leave a record of it.

One Scrapy crawler per source, all in one process so they share the
extraction workers; one ``crawls`` row for the whole run, and one
``crawl_sources`` row per source that the archive pipeline keeps counting into
as it writes. A source is locked for the run (``scraper.locks``); a crawl that
was stopped, by Ctrl-C or by being killed, is resumed by the next run of its
sources under the same crawl id.
"""

from __future__ import annotations

import gc
import logging
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from scrapy.crawler import Crawler, CrawlerProcess

from archive import moves
from archive.store import Archive
from archive.withdraw import withdrawn as withdrawals

from .extract import EXTRACTOR_VERSION
from .locks import SourceLocks, lock_dir
from .progress import Progress
from .pipelines.extract import GC_YOUNG, SharedPool
from .settings import BASE, USER_AGENT, crawl_settings
from .sources import Source
from .spiders.blog import BlogSpider

log = logging.getLogger(__name__)

COUNTED = ["reviews_new", "reviews_changed", "reviews_unchanged", "non_reviews", "reviews_unreviewed", "failed", "bytes"]
TOTALS = ["pages_fetched", "pages_failed", "reviews_new", "reviews_changed", "reviews_unchanged", "non_reviews",
          "reviews_unreviewed", "bytes"]


@dataclass
class CrawlSummary:
    crawl_id: int
    status: str
    per_source: dict[str, dict] = field(default_factory=dict)
    seconds: float = 0.0
    record_totals: dict[str, int] | None = None

    @property
    def pages(self) -> int:
        return self.totals["pages_fetched"]

    @property
    def totals(self) -> dict[str, int]:
        if self.record_totals is not None:
            return self.record_totals
        return {key: sum(s.get(key, 0) for s in self.per_source.values()) for key in TOTALS}


def _source_row(source: Source) -> dict:
    return {
        "slug": source.slug, "name": source.name, "home_url": source.home_url, "platform": source.platform,
        "feeds": source.discovery.feeds, "sitemaps": source.discovery.sitemaps,
    }


def _stats_counts(stats: dict) -> dict:
    counts = {key: int(stats.get(f"shelfmark/{key}", 0)) for key in COUNTED}
    counts["pages_failed"] = counts.pop("failed")
    counts["pages_fetched"] = int(stats.get("shelfmark/fetched", 0))
    counts["refused"] = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("shelfmark/refused/")}
    counts["kinds"] = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("shelfmark/kind/")}
    counts["failures"] = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("shelfmark/failure/")}
    counts["finish_reason"] = str(stats.get("finish_reason", ""))
    if stats.get("shelfmark/refetched"):
        counts["refetched"] = int(stats["shelfmark/refetched"])
    if stats.get("shelfmark/home_error"):
        counts["home_error"] = str(stats["shelfmark/home_error"])
    return counts


class _Below(logging.Filter):
    """Drops records below a level: Scrapy's own loggers say only warnings and errors during a crawl unless asked
    (`verbose`); its settings, middlewares and stats made ~400 lines a run around our progress lines."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= self.level


class CrawlRefused(Exception):
    """A source may not be crawled now (withdrawn); the message says why and how to undo it."""


def _source_status(finish_reason: str) -> str:
    if finish_reason == "finished":
        return "finished"
    return "interrupted" if finish_reason in ("shutdown", "") else "failed"


def _first_crawl(sources: list[Source], db_path: str) -> bool:
    """Whether one of `sources` has no page in the archive yet. A first crawl extracts every page, so building the
    workers' start-up once before they fork pays (extract.warmup, ~1.5 s of CPU); an incremental re-crawl extracts
    the few pages that changed, and a worker builds only what those need."""
    if not Path(db_path).exists():
        return True
    try:
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            return any(conn.execute("SELECT 1 FROM pages WHERE source_slug = ? LIMIT 1", (source.slug,)).fetchone() is None
                       for source in sources)
    except sqlite3.Error:  # (no pages table yet: a new archive)
        return True


def run_crawl(sources: list[Source], db_path: str, *, fast: bool = False, overrides: dict | None = None,
              log_level: str = "INFO", progress: TextIO | None = None, skip_busy: bool = False,
              verbose: bool = False) -> CrawlSummary | None:
    """Crawl `sources` into the archive; a crawl of them that was stopped is resumed, not restarted.

    `log_level` is for our own loggers; Scrapy's (its settings, middlewares, stats: ~400 lines a run) say only
    warnings and errors unless `verbose`. Raises `SourceBusy` when another run is crawling one of them (with
    `skip_busy`, leaves those out, and returns None when none is left), `CrawlRefused` when one is withdrawn.
    """
    workers = (overrides or {}).get("SHELFMARK_EXTRACT_WORKERS", BASE["SHELFMARK_EXTRACT_WORKERS"])
    # the workers are forked before the locks are taken: a child holding a copy of a
    # lock would keep a killed crawl's sources locked
    if workers:
        SharedPool.acquire(workers, warm=_first_crawl(sources, db_path))
    quiet = None if verbose else max(logging.WARNING, logging.getLevelName(log_level))
    scrapy_log, level = logging.getLogger("scrapy"), logging.getLogger("scrapy").level
    # Scrapy says its versions while it sets its loggers up (a level set before is reset; a filter stays)
    versions = _Below(quiet or 0)
    logging.getLogger("scrapy.utils.log").addFilter(versions)
    try:
        return _run_with_locks(sources, db_path, fast=fast, overrides=overrides, log_level=log_level,
                               progress=progress, skip_busy=skip_busy, quiet=quiet)
    finally:
        # a caller running crawls one after another gets its logging back as it was
        logging.getLogger("scrapy.utils.log").removeFilter(versions)
        scrapy_log.setLevel(level)
        if workers:
            SharedPool.release()


def _run_with_locks(sources, db_path, *, fast, overrides, log_level, progress, skip_busy, quiet) -> CrawlSummary | None:
    with SourceLocks(lock_dir(db_path)) as locks:
        if skip_busy:
            busy = [s.slug for s in sources if not locks.try_lock(s.slug)]
            for slug in busy:
                log.warning("%s is being crawled by another run; skipped", slug)
            sources = [s for s in sources if s.slug not in busy]
            if not sources:
                return None
        else:
            locks.lock_all([s.slug for s in sources])
        return _run_locked(sources, db_path, fast=fast, overrides=overrides, log_level=log_level, progress=progress,
                           quiet=quiet)


def _run_locked(sources, db_path, *, fast, overrides, log_level, progress, quiet) -> CrawlSummary:
    slugs = [s.slug for s in sources]
    withdrawn = withdrawals(db_path)
    with Archive(db_path) as archive:
        refused = [s for s in slugs if s in withdrawn]
        if refused:
            row = withdrawn[refused[0]]
            raise CrawlRefused(f"{refused[0]} was withdrawn on {row['withdrawn_at'][:10]} ({row['reason']}); "
                               f"run `shelfmark withdraw {refused[0]} --restore` to crawl it again")
        with archive.db.atomic():  # a move is recorded with the new home, or neither
            moved = moves.record(archive.db, sources)
            if moved:  # `shelfmark crawl` leaves these out first, by name; this guards every other caller
                raise CrawlRefused("\n".join(moved))
            archive.upsert_sources([_source_row(s) for s in sources])
        crawl_id = archive.unfinished_crawl(slugs)
        if crawl_id is not None:
            records = archive.source_records(crawl_id)
            sources = [s for s in sources if records.get(s.slug, {}).get("status") != "finished"]
            archive.resume_crawl(crawl_id, [s.slug for s in sources])
            log.warning("resuming crawl %d (%s)", crawl_id, ", ".join(s.slug for s in sources))
        else:
            crawl_id = archive.start_crawl(slugs, user_agent=USER_AGENT, extractor_version=EXTRACTOR_VERSION)

    started = time.monotonic()
    process = CrawlerProcess({**BASE, "LOG_LEVEL": log_level, "LOG_INSTALL_ROOT_HANDLER": True})
    if quiet:  # after the process is made: it sets the "scrapy" logger to DEBUG
        logging.getLogger("scrapy").setLevel(quiet)
    crawlers: dict[str, Crawler] = {}
    for index, source in enumerate(sources):
        settings = crawl_settings(source, db_path=str(db_path), crawl_id=crawl_id, fast=fast, overrides={"LOG_LEVEL": log_level, **(overrides or {})})
        # the first crawler installs the (asyncio) reactor, as CrawlerProcess.create_crawler would
        crawler = Crawler(BlogSpider, settings, init_reactor=index == 0)
        crawlers[source.slug] = crawler
        process.crawl(crawler, source=source)
    board = Progress(crawlers, progress) if progress is not None and crawlers else None
    if board is not None:
        from twisted.internet import reactor, task

        loop = task.LoopingCall(board.tick)
        reactor.callWhenRunning(loop.start, board.interval, False)
    status = "finished"
    try:
        if crawlers:
            with _quiet_gc():
                process.start()
    except KeyboardInterrupt:
        status = "interrupted"
    if board is not None:
        board.finish()
    per_source = {slug: _stats_counts(c.stats.get_stats()) for slug, c in crawlers.items()}
    statuses = {slug: "failed" if c.get("home_error") else _source_status(c["finish_reason"]) for slug, c in per_source.items()}
    if status == "finished" and any(v != "finished" for v in statuses.values()):
        status = "interrupted" if "interrupted" in statuses.values() else "failed"
    summary = CrawlSummary(crawl_id, status, per_source, time.monotonic() - started)
    # one transaction: a run killed while closing its records leaves them all open, to be resumed
    with Archive(db_path) as archive, archive.db.atomic():
        for slug, source_status in statuses.items():
            archive.finish_source(crawl_id, slug, source_status)
        records = archive.source_records(crawl_id)
        for slug, record in records.items():
            per_source.setdefault(slug, {}).update(record=record, failed_pages=archive.failed_pages(crawl_id, slug))
        totals = _record_totals(records, per_source)
        summary.record_totals = totals
        archive.finish_crawl(crawl_id, {**totals, "sources": per_source, "seconds": round(summary.seconds, 2)}, status=status)
    return summary


class _quiet_gc:
    """While the crawl runs: what is alive when it starts (the modules, extraction's patterns, the settings) out of
    the collector's reach (``gc.freeze``), and the young generation collected every ``GC_YOUNG`` allocations (as in the
    extraction workers).

    The oldest generation's collections walked every object of the process each time, the startup's ~100,000
    among them, though none of those becomes garbage during the crawl; the young one ran ~0.7 times a page.
    Undone when the crawl ends (a caller running crawls one after another gets its objects back as they were).
    """

    def __enter__(self):
        self.threshold = gc.get_threshold()
        gc.freeze()
        gc.set_threshold(GC_YOUNG, *self.threshold[1:])
        return self

    def __exit__(self, *exc) -> None:
        gc.set_threshold(*self.threshold)
        gc.unfreeze()


def _record_totals(records: dict[str, dict], per_source: dict[str, dict]) -> dict:
    """The run's totals from the per-source records, which carry on across a resumed crawl."""
    total = lambda key: sum(int(r.get(key) or 0) for r in records.values())  # noqa: E731
    return {
        "pages_fetched": total("fetched"), "pages_failed": total("failed"), "reviews_new": total("reviews_new"),
        "reviews_changed": total("reviews_changed"), "non_reviews": total("non_reviews"), "dropped": total("dropped"),
        "bytes": total("bytes"),
        "reviews_unchanged": sum(s.get("reviews_unchanged", 0) for s in per_source.values()),
        "pages_new": total("new"), "pages_changed": total("changed"), "pages_unchanged": total("unchanged"),
        "pages_gone": total("gone"),
        # reviews no longer read as reviews (m010): null, not counted, if a record was opened before m010
        "reviews_unreviewed": None if any(r.get("reviews_unreviewed") is None for r in records.values())
        else total("reviews_unreviewed"),
    }
