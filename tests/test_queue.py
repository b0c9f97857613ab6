"""scraper/queue.py: pending requests wait on disk, in order, and only for the crawl that wrote them.

A real Crawler (scrapy.utils.test.get_crawler), a real BlogSpider over a real
(empty) archive file, and Scrapy's scheduler writing real files.
"""

from scrapy.core.engine import ExecutionEngine
from scrapy.core.scheduler import Scheduler
from scrapy.utils.test import get_crawler

from archive.store import Archive
from scraper.queue import DiskQueueScheduler
from scraper.settings import BASE
from scraper.sources import Source
from scraper.spiders.blog import BlogSpider

SOURCE = Source(slug="quay-reads", name="Quay Reads", home_url="https://quayreads.example/",
                limits={"max_pages": 100_000})


def crawler_for(tmp_path):
    db = tmp_path / "archive.db"
    with Archive(db):
        pass
    crawler = get_crawler(BlogSpider, {**BASE, "SHELFMARK_DB": str(db), "SHELFMARK_CRAWL_ID": 1,
                                       "SHELFMARK_WARC_DIR": str(tmp_path / "warcs")})
    crawler.spider = BlogSpider.from_crawler(crawler, source=SOURCE)
    return crawler


def opened(crawler) -> DiskQueueScheduler:
    # Scrapy's default priority queue spreads requests over the downloader's slots: it needs the engine's downloader
    crawler.engine = ExecutionEngine(crawler, lambda _: None)
    scheduler = DiskQueueScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    return scheduler


def test_pending_requests_wait_on_disk_in_priority_then_arrival_order(tmp_path):
    crawler = crawler_for(tmp_path)
    spider = crawler.spider
    scheduler = opened(crawler)
    folder = tmp_path / "warcs" / "queues" / SOURCE.slug
    assert scheduler.folder == folder
    # as a sitemap names its posts (priority 10) while links from pages come in (0)
    for n in range(3000):
        request = spider._request(f"https://quayreads.example/{2024 - n % 3}/post-{n}/", spider.parse_page,
                                  priority=10 if n % 2 else 0, meta={"depth": 2})
        assert scheduler.enqueue_request(request)
    stats = crawler.stats.get_stats()
    assert stats["scheduler/enqueued/disk"] == 3000 and "scheduler/enqueued/memory" not in stats
    assert "scheduler/unserializable" not in stats
    assert sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) > 3000 * 100  # the requests are in files
    assert len(scheduler) == 3000
    out = []
    while (request := scheduler.next_request()) is not None:
        out.append(request)
    numbers = [int(r.url.rstrip("/").rsplit("-", 1)[1]) for r in out]
    assert numbers == list(range(1, 3000, 2)) + list(range(0, 3000, 2))
    first = out[0]
    assert first.callback == spider.parse_page and first.errback == spider.failed
    assert first.priority == 10 and first.dont_filter and first.meta["depth"] == 2
    scheduler.close("finished")
    assert not folder.exists()


def test_a_killed_crawls_queue_is_never_resumed(tmp_path):
    crawler = crawler_for(tmp_path)
    scheduler = opened(crawler)
    for n in range(50):
        scheduler.enqueue_request(crawler.spider._request(f"https://quayreads.example/post-{n}/", crawler.spider.parse_page))
    # what Scrapy's own scheduler leaves for a JOBDIR resume: the queue files and their state
    Scheduler.close(scheduler, "shutdown")
    assert (scheduler.folder / "requests.queue" / "active.json").exists()
    # the next crawl of the source finds its pages again by discovery; the old queue is dropped
    again = opened(crawler_for(tmp_path))
    assert not again.has_pending_requests() and again.next_request() is None
    again.close("finished")


def test_without_an_archive_requests_stay_in_memory(tmp_path):
    crawler = get_crawler(BlogSpider, dict(BASE))
    crawler.spider = BlogSpider.from_crawler(crawler, source=SOURCE)
    scheduler = opened(crawler)
    assert scheduler.folder is None and scheduler.dqs is None
    scheduler.enqueue_request(crawler.spider._request("https://quayreads.example/post-1/", crawler.spider.parse_page))
    assert crawler.stats.get_value("scheduler/enqueued/memory") == 1
    assert scheduler.next_request().url == "https://quayreads.example/post-1/"
    scheduler.close("finished")


def test_every_callback_of_the_spider_is_named_and_found_again_as_over_the_spider_itself(tmp_path):
    from scrapy.http.request import _find_method
    from scrapy.utils.request import request_from_dict

    from scraper.queue import SpiderMethods

    spider = crawler_for(tmp_path).spider
    methods = SpiderMethods(spider)
    for callback in (spider.parse_home, spider.parse_xml, spider.parse_wp_api, spider.parse_page, spider.failed,
                     spider.revisit_known):
        # the name Scrapy writes, found over the spider's methods alone, is the one found over the whole spider
        name = _find_method(methods, callback)
        assert name == _find_method(spider, callback) == callback.__name__
        request = spider._request(f"https://quayreads.example/{name}/", callback)
        again = request_from_dict(request.to_dict(spider=methods), spider=methods)
        assert again.callback == callback and again.errback == spider.failed


def test_a_callback_that_is_not_a_spider_method_stays_in_memory(tmp_path):
    crawler = crawler_for(tmp_path)
    scheduler = opened(crawler)
    request = crawler.spider._request("https://quayreads.example/post-1/", lambda response: None)
    assert scheduler.enqueue_request(request)
    stats = crawler.stats.get_stats()
    assert stats["scheduler/unserializable"] == 1 and stats["scheduler/enqueued/memory"] == 1
    assert scheduler.next_request() is request
    scheduler.close("finished")
