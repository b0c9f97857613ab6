"""Run extraction on every fetched HTML page, in worker processes.

Extraction (trafilatura plus our cleaning) costs 10–25 ms of CPU per page; on
the crawl's event loop it would stall every download. It runs instead in a
process pool shared by all crawlers of the run, and the pipeline awaits the
result, so downloads go on while pages are extracted on both cores.

Settings: ``SHELFMARK_EXTRACT_WORKERS`` (processes, by default one per core up to
four: ``scraper.settings.extract_workers``; 0 extracts inline, for debugging).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor

from ..charset import decode_html
from ..extract import Hints, extract_page
from ..extract.warmup import warm as warm_up
from ..settings import extract_workers

log = logging.getLogger(__name__)

# What an archived review must not be replaced by on a re-crawl: a page with no text, or one the extractor choked on.
HOLLOW = ("empty", "unparsed")
# A worker's young generation collected every GC_YOUNG allocations net (Python's default: 700). A page's extraction
# allocates thousands and frees nearly all of them by reference count: at 700 the collector ran ~0.35 times a page and
# found little; at 5,000 the garbage in cycles it does free waits longer (a worker's peak RSS ~20 MB higher).
GC_YOUNG = 5000


def hints_for(source) -> Hints:
    return Hints(
        drop_selectors=tuple(source.cleaning.drop_selectors),
        review_url_patterns=tuple(source.reviews.url_patterns),
        review_categories=tuple(source.reviews.categories),
        review_tags=tuple(source.reviews.tags),
    )


def extract_to_dict(body: bytes, url: str, hints: Hints, content_type: str | None = None) -> dict:
    """Worker entry point: plain data in and out, so it pickles cheaply.

    The bytes are decoded here (``scraper.charset``: byte-order mark, the
    HTTP charset, the page's own, then a guess), not left to the extractor,
    which would ignore what the server and the page declare.
    """
    try:
        if isinstance(body, bytes):
            body, _ = decode_html(body, content_type)
        record = extract_page(body, url, hints).to_dict()
        if record.get("kind") in ("empty", "other") and (problem := markup_problem(body)):
            record["reason"] = f"{record.get('reason')}; {problem}"
        return record
    except Exception as exc:  # a page that breaks the extractor is recorded, never crashes the crawl
        log.exception("extraction failed on %s", url)
        return {"url": url, "kind": "unparsed", "is_review": False, "reason": f"extraction failed: {type(exc).__name__}: {exc}"[:300]}


def markup_problem(text: str) -> str | None:
    """What stopped the HTML parser before the end of the page (nesting too deep, say), or None."""
    from lxml import etree, html as lxml_html

    parser = lxml_html.HTMLParser()
    try:
        lxml_html.document_fromstring(text, parser=parser)
    except (ValueError, etree.ParserError):
        return None
    fatal = [e.message for e in parser.error_log if e.level == etree.ErrorLevels.FATAL]
    return f"the page's markup stopped the parser ({fatal[0][:120]}), so the text after that point was lost" if fatal else None


def _warm(_: int = 0) -> int:
    return os.getpid()


def start_worker() -> None:
    """Worker initializer: die with the parent, and freeze what is alive then.

    ``gc.freeze()`` moves every object alive (the modules, their patterns, what the worker inherited from its
    parent) out of the collector's reach: the oldest generation's collections, a few in a thousand pages, walked
    all of them, and touched memory shared with the parent, which the kernel then copied page by page (gc cost a
    worker 0.36 ms a page of CPU before, 0.15 after: an A/B when this was merged at 68b5c10). The young generation's
    threshold is raised to GC_YOUNG.
    """
    _die_with_parent()
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


def _die_with_parent() -> None:
    """End when the crawl process ends, even if it was killed (Linux).

    A killed parent cannot shut its pool down, and a worker blocked on the task
    queue would otherwise wait forever.
    """
    try:
        import ctypes
        import signal

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


class SharedPool:
    """One process pool for all crawlers in this process, closed when the last one closes.

    Workers are forked, and forked early (``acquire`` before the reactor runs,
    as ``scraper.run`` does): a fork copies only the calling thread, so the
    children start clean, and unlike spawn or forkserver a fork does not
    re-import the caller's ``__main__``.
    """

    pool: Executor | None = None
    users = 0

    @classmethod
    def acquire(cls, workers: int, warm: bool = True) -> Executor:
        if cls.pool is None:
            if warm:  # (what each worker would build on its first pages, built once here and inherited: extract.warmup)
                warm_up()
            cls.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                           initializer=start_worker)
            # start every worker now, while this is the only thread that matters
            list(cls.pool.map(_warm, range(workers * 2)))
        cls.users += 1
        return cls.pool

    @classmethod
    def release(cls) -> None:
        cls.users -= 1
        if cls.users <= 0 and cls.pool is not None:
            cls.pool.shutdown(wait=True)
            cls.pool, cls.users = None, 0


class ExtractPipeline:
    def __init__(self, crawler, workers: int):
        self.crawler = crawler
        self.workers = workers
        self.pool: Executor | None = None
        self.hints = Hints()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getint("SHELFMARK_EXTRACT_WORKERS", extract_workers()))

    def open_spider(self):
        self.hints = hints_for(self.crawler.spider.source)
        if self.workers > 0:
            self.pool = SharedPool.acquire(self.workers)

    def close_spider(self):
        if self.pool is not None:
            SharedPool.release()
            self.pool = None

    async def process_item(self, item: dict) -> dict:
        body = item.pop("body", None)
        item.pop("encoding", None)  # an older item's Scrapy guess; scraper.charset decides now
        if body is None:
            return item
        job = (body, item["url"], self.hints, item.get("content_type"))
        if self.pool is None:
            record = extract_to_dict(*job)
        else:
            record = await asyncio.get_running_loop().run_in_executor(self.pool, extract_to_dict, *job)
        known = getattr(getattr(self.crawler.spider, "known", None), "pages", {}).get(item["url"])
        if record.get("kind") in HOLLOW and known and known["kind"] == "review":
            # an archived review answering with nothing readable is a bad answer, not an edit: the review stays
            self.crawler.stats.inc_value("shelfmark/errors")
            self.crawler.stats.inc_value("shelfmark/failure/an archived review came back hollow")
            for key in ("warc_file", "warc_offset", "etag", "last_modified"):
                item.pop(key, None)
            item.update(record=None, error=f"HTTP {item.get('status')}, but the page came back {record.get('kind')} "
                                           f"({record.get('reason')}); the archived review is kept"[:500])
            return item
        item["record"] = record
        self.crawler.stats.inc_value(f"shelfmark/kind/{record.get('kind')}")
        return item
