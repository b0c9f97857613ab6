"""Pending requests kept on disk, so a blog of 100,000 posts does not hold 100,000 requests in memory.

A sitemap names every post at once, and Scrapy's scheduler keeps each
pending request as Python objects: about 3 KB a request in the crawl
process, 300 MB for a blog of 100,000 posts (and as many long-lived objects
make Python's garbage collector run its full passes ever more rarely).
``DiskQueueScheduler`` is Scrapy's own scheduler with its disk queues
(``SCHEDULER_DISK_QUEUE``, one file queue per priority, in the same order as
the memory queues) in a folder of the source's own,
``<archive's WARC folder>/queues/<slug>``.

Scrapy's ``JOBDIR`` would resume a stopped crawl from that folder; Shelfmark
resumes its own way (``scraper.known``: what the stopped crawl captured is
replayed from its WARC files, and discovery runs again), so the folder only
ever serves the crawl that made it: it is emptied when the scheduler opens
(after a killed crawl) and removed when it closes. The source is locked for
the run (``scraper.locks``), so no other crawl shares the folder. A request
that cannot be written (a callback that is not a spider method) stays in
memory, as Scrapy does (``scheduler/unserializable`` in the stats).

Without ``SHELFMARK_DB`` (no archive, no folder of its own) pending requests
stay in memory.

``RequestDiskQueue`` (``SCHEDULER_DISK_QUEUE``) is Scrapy's pickled FIFO disk
queue with a cheaper way to name a request's callback: Scrapy looks for it
with ``inspect.getmembers`` over the whole spider, every attribute read,
twice a request (~0.2 ms); here it looks over the spider's methods alone.
"""

from __future__ import annotations

import inspect
import logging
import shutil
from pathlib import Path

from scrapy.core.scheduler import Scheduler
from scrapy.dupefilters import BaseDupeFilter
from scrapy.squeues import PickleFifoDiskQueue
from scrapy.utils.misc import build_from_crawler, load_object

from archive.captures import warc_dir

log = logging.getLogger(__name__)


def queue_folder(settings, name: str) -> Path | None:
    """Where the crawl of source `name` keeps its pending requests; None without an archive."""
    if not settings.get("SHELFMARK_DB"):
        return None
    return Path(settings.get("SHELFMARK_WARC_DIR") or warc_dir(settings["SHELFMARK_DB"])) / "queues" / name


class DiskQueueScheduler(Scheduler):
    """Scrapy's scheduler, its pending requests on disk in a folder used by this crawl alone."""

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        source = getattr(crawler.spider, "source", None)
        folder = queue_folder(settings, source.slug if source is not None else crawler.spider.name.replace(":", "-"))
        if folder is not None and folder.exists():
            # left by a crawl that was killed: Shelfmark's resume does not read it
            shutil.rmtree(folder)
        scheduler = cls(
            dupefilter=build_from_crawler(load_object(settings["DUPEFILTER_CLASS"]), crawler),
            jobdir=str(folder) if folder is not None else None,
            dqclass=load_object(settings["SCHEDULER_DISK_QUEUE"]),
            mqclass=load_object(settings["SCHEDULER_MEMORY_QUEUE"]),
            logunser=settings.getbool("SCHEDULER_DEBUG"),
            stats=crawler.stats,
            pqclass=load_object(settings["SCHEDULER_PRIORITY_QUEUE"]),
            crawler=crawler,
        )
        scheduler.folder = folder
        return scheduler

    def __init__(self, dupefilter: BaseDupeFilter, *args, **kwargs):
        super().__init__(dupefilter, *args, **kwargs)
        self.folder: Path | None = None

    def close(self, reason: str):
        result = super().close(reason)
        if self.folder is not None:
            # what was still pending is found again by the next crawl's discovery
            shutil.rmtree(self.folder, ignore_errors=True)
        return result


class SpiderMethods:
    """The spider's methods, by name, and nothing else: what Scrapy's request (de)serialisation reads.

    Scrapy names a callback by comparing it with every member of the object it is given
    (``scrapy.http.request._find_method``) and finds it again by name (``getattr``): both
    give the same answers over this object as over the spider, for every method of its class.
    """

    def __init__(self, spider) -> None:
        for klass in reversed(type(spider).__mro__[:-1]):  # not `object`
            for name, value in vars(klass).items():
                if inspect.isfunction(value) and not name.startswith("__"):
                    setattr(self, name, getattr(spider, name))


class RequestDiskQueue(PickleFifoDiskQueue):
    """Scrapy's ``PickleFifoDiskQueue``, naming callbacks from ``SpiderMethods``."""

    def __init__(self, crawler, key: str):
        super().__init__(crawler, key)
        self.spider = SpiderMethods(self.spider)
