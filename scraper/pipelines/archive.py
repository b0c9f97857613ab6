"""Write fetched pages to the archive in batched transactions.

Settings: ``SHELFMARK_DB`` (the SQLite file), ``SHELFMARK_CRAWL_ID`` (the
crawls row of this run), ``SHELFMARK_BATCH_SIZE`` (pages per transaction).
Outcome counts (new, changed, unchanged reviews; non-reviews; failures) go to
the crawl stats as ``shelfmark/<outcome>``, where the run's record reads them.
With each batch, the source's ``crawl_sources`` row gets the counts of the
batch and of the stats since the last batch (fetched, bytes received, dropped
by reason) in the same transaction, so a killed crawl's record matches its rows.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import NotConfigured
from twisted.python.failure import Failure

from archive.store import Archive

log = logging.getLogger(__name__)

# Sent before each batch is committed: the WARC capture middleware writes out the
# records the batch's rows name (scraper/middlewares/warc.py buffers them).
warc_flush = object()


class ArchivePipeline:
    def __init__(self, crawler, db_path: str, crawl_id: int, batch_size: int):
        self.crawler = crawler
        self.db_path = db_path
        self.crawl_id = crawl_id
        self.batch_size = batch_size
        self.batch: list[dict] = []
        self.archive: Archive | None = None
        self.tallied: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        db_path = crawler.settings.get("SHELFMARK_DB")
        if not db_path:
            raise NotConfigured("SHELFMARK_DB is not set")
        return cls(crawler, db_path, crawler.settings.getint("SHELFMARK_CRAWL_ID"), crawler.settings.getint("SHELFMARK_BATCH_SIZE", 50))

    def open_spider(self):
        self.archive = Archive(self.db_path)

    def process_item(self, item: dict) -> dict:
        item["crawl_id"] = self.crawl_id
        self.batch.append(item)
        if len(self.batch) >= self.batch_size:
            self.flush()
        return item

    def _tally(self) -> dict | None:
        """Stats counted since the last batch, for the source's crawl record."""
        stats = self.crawler.stats.get_stats()
        current = {"fetched": stats.get("shelfmark/fetched", 0), "bytes": stats.get("shelfmark/bytes_received", 0)}
        current.update({k: v for k, v in stats.items() if k.startswith("shelfmark/refused/")})
        delta = {k: v - self.tallied.get(k, 0) for k, v in current.items() if v != self.tallied.get(k, 0)}
        source = getattr(self.crawler.spider, "source", None)
        if source is None or not delta and not self.batch:
            return None  # (a batch of failures alone still counts them on the record)
        self.tallied = current
        reasons = {k.split("/", 2)[2]: v for k, v in delta.items() if k.startswith("shelfmark/refused/")}
        return {"crawl_id": self.crawl_id, "source_slug": source.slug, "fetched": delta.get("fetched", 0),
                "bytes": delta.get("bytes", 0), "dropped": sum(reasons.values()), "dropped_reasons": reasons}

    def flush(self) -> None:
        if self.archive is None:
            return
        tally = self._tally()
        if not self.batch and tally is None:
            return
        for _, result in self.crawler.signals.send_catch_log(signal=warc_flush):
            if isinstance(result, Failure):
                result.raiseException()  # no row may name a capture that did not reach the disk
        outcomes = self.archive.save_pages(self.batch, tally=tally)
        for outcome, count in outcomes.items():
            if count:
                self.crawler.stats.inc_value(f"shelfmark/{outcome}", count)
        self.crawler.stats.inc_value("shelfmark/bytes", sum(i.get("bytes") or 0 for i in self.batch))
        self.batch = []

    def close_spider(self):
        try:
            self.flush()
        finally:
            if self.archive is not None:
                self.archive.close()
                self.archive = None
