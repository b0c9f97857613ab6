"""Write fetched pages to the archive in batched transactions.

Settings: ``SHELFMARK_DB`` (the SQLite file), ``SHELFMARK_CRAWL_ID`` (the
crawls row of this run), ``SHELFMARK_BATCH_SIZE`` (pages per transaction).
Outcome counts (new, changed, unchanged reviews; non-reviews; failures) go to
the crawl stats as ``shelfmark/<outcome>``, where the run's record reads them.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import NotConfigured

from archive.store import Archive

log = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(self, crawler, db_path: str, crawl_id: int, batch_size: int):
        self.crawler = crawler
        self.db_path = db_path
        self.crawl_id = crawl_id
        self.batch_size = batch_size
        self.batch: list[dict] = []
        self.archive: Archive | None = None

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

    def flush(self) -> None:
        if not self.batch or self.archive is None:
            return
        outcomes = self.archive.save_pages(self.batch)
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
