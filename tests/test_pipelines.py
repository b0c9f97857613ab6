"""scraper.pipelines: ExtractPipeline and ArchivePipeline called directly, without a crawl.

A real Crawler (scrapy.utils.test.get_crawler) and a real BlogSpider for a Source give
the pipelines their settings, stats and spider; the archive is a real SQLite file.
"""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from archive.store import Archive
from scraper.pipelines.archive import ArchivePipeline
from scraper.pipelines.extract import ExtractPipeline, SharedPool, extract_to_dict, hints_for
from scraper.sources import Source
from scraper.spiders.blog import BlogSpider

SOURCE = Source(
    slug="tidal-pages",
    name="Tidal Pages",
    home_url="https://tidalpages.example/",
    cleaning={"drop_selectors": [".tip-jar"]},
    reviews={"categories": ["Reviews"]},
)

REVIEW_SENTENCES = [
    "Ines Marlow's novel follows a ferry pilot through the last winter before the bridge opens, and it is patient in the best way.",
    "The pilot's logbook entries break up the chapters, terse and funny, and they carry more feeling than the dialogue around them.",
    "Marlow is good on work: the tides, the engine, the regulars who ride across every morning and never say where they are going.",
    "The middle sags a little when a subplot about a lost inheritance takes over, but the final crossing earns every page before it.",
    "I came to it for the premise and stayed for the sentences, which are plain, exact and now and then startlingly beautiful.",
]


def review_html(title: str = "The Glass Road by Ines Marlow") -> bytes:
    body = "".join(f"<p>{s}</p>" for s in REVIEW_SENTENCES)
    return (
        f"<html><head><title>{title}</title></head><body class='single-post'><article>"
        f"<h1>{title}</h1><div class='entry-content'>{body}<p>Rating: 4/5</p>"
        "<div class='tip-jar'><p>Leave a tip in the jar</p></div></div></article></body></html>"
    ).encode("utf-8")


ABOUT_HTML = (
    "<html><head><title>About</title></head><body class='page'><article><div class='entry-content'>"
    + "".join(f"<p>{s.replace('novel', 'blog')}</p>" for s in REVIEW_SENTENCES)
    + "</div></article></body></html>"
).encode("utf-8")


def make_crawler(**settings):
    crawler = get_crawler(BlogSpider, settings)
    crawler.spider = BlogSpider.from_crawler(crawler, source=SOURCE)
    return crawler


def fetched(url: str, body: bytes, **extra) -> dict:
    return {
        "source_slug": SOURCE.slug, "url": url, "status": 200, "fetched_at": "2025-03-14T09:00:00Z",
        "content_type": "text/html; charset=utf-8", "bytes": len(body), "content_hash": hashlib.sha256(body).hexdigest(),
        "body": body, "encoding": "utf-8", **extra,
    }


# -- ExtractPipeline -----------------------------------------------------------------------------


def test_hints_for_a_source():
    hints = hints_for(SOURCE)
    assert hints.drop_selectors == (".tip-jar",)
    assert hints.review_categories == ("Reviews",)


async def test_extract_inline_turns_body_into_record():
    crawler = make_crawler(SHELFMARK_EXTRACT_WORKERS=0)
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.open_spider()
    assert pipeline.pool is None
    item = await pipeline.process_item(fetched("https://tidalpages.example/the-glass-road/", review_html()))
    pipeline.close_spider()

    assert "body" not in item and "encoding" not in item
    record = item["record"]
    assert record["url"] == "https://tidalpages.example/the-glass-road/"
    assert record["kind"] == "review" and record["is_review"] is True
    assert (record["book_title"], record["book_author"]) == ("The Glass Road", "Ines Marlow")
    assert record["rating"] == pytest.approx(0.8)
    # the source's drop selector reached the extractor
    assert "tip in the jar" not in record["body_text"]
    assert any(r["rule"] == "source hint" for r in record["removed"])
    # fetch fields pass through untouched
    assert item["status"] == 200 and item["source_slug"] == SOURCE.slug
    assert crawler.stats.get_value("shelfmark/kind/review") == 1


async def test_extract_counts_each_kind():
    crawler = make_crawler(SHELFMARK_EXTRACT_WORKERS=0)
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.open_spider()
    for url, body in [
        ("https://tidalpages.example/the-glass-road/", review_html()),
        ("https://tidalpages.example/salt-harbour/", review_html("Salt Harbour by Tomas Averill")),
        ("https://tidalpages.example/about/", ABOUT_HTML),
    ]:
        await pipeline.process_item(fetched(url, body))
    pipeline.close_spider()
    assert crawler.stats.get_value("shelfmark/kind/review") == 2
    assert crawler.stats.get_value("shelfmark/kind/about") == 1


async def test_item_without_body_passes_through():
    crawler = make_crawler(SHELFMARK_EXTRACT_WORKERS=0)
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.open_spider()
    item = {"source_slug": SOURCE.slug, "url": "https://tidalpages.example/gone/", "status": 404, "record": None, "error": "HTTP 404"}
    out = await pipeline.process_item(dict(item))
    assert out == item
    assert not any(k.startswith("shelfmark/kind/") for k in crawler.stats.get_stats())


def test_extraction_failure_becomes_an_unparsed_record():
    record = extract_to_dict(12345, "https://tidalpages.example/broken/", hints_for(SOURCE))  # not str or bytes
    assert record["kind"] == "unparsed" and record["is_review"] is False
    assert record["reason"].startswith("extraction failed")


def test_extract_in_a_worker_process(tmp_path):
    """workers=1: the record comes back from the shared process pool, equal to the inline one."""
    body = review_html()
    url = "https://tidalpages.example/the-glass-road/"
    inline = extract_to_dict(body, url, hints_for(SOURCE))

    import asyncio

    SharedPool.acquire(1)  # forked before any event loop runs, as scraper.run does
    try:
        crawler = make_crawler(SHELFMARK_EXTRACT_WORKERS=1)
        pipeline = ExtractPipeline.from_crawler(crawler)
        pipeline.open_spider()
        assert pipeline.pool is SharedPool.pool and pipeline.pool is not None
        assert SharedPool.users == 2
        item = asyncio.run(pipeline.process_item(fetched(url, body)))
        pipeline.close_spider()
        assert pipeline.pool is None
        assert SharedPool.pool is not None and SharedPool.users == 1  # still held by this test
    finally:
        SharedPool.release()
    assert SharedPool.pool is None and SharedPool.users == 0

    assert "body" not in item
    assert item["record"] == inline
    assert item["record"]["kind"] == "review"
    assert crawler.stats.get_value("shelfmark/kind/review") == 1


# -- ArchivePipeline -----------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        archive.upsert_sources([{"slug": SOURCE.slug, "name": SOURCE.name, "home_url": SOURCE.home_url, "platform": "wordpress"}])
        crawl_id = archive.start_crawl([SOURCE.slug])
    return path, crawl_id


def rows(path, sql):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def archived_item(url: str, body: bytes) -> dict:
    item = fetched(url, body)
    item["record"] = extract_to_dict(item.pop("body"), url, hints_for(SOURCE))
    item.pop("encoding")
    return item


def test_archive_pipeline_needs_a_database():
    with pytest.raises(NotConfigured):
        ArchivePipeline.from_crawler(make_crawler())


def test_archive_pipeline_writes_batches_and_flushes_on_close(db):
    path, crawl_id = db
    crawler = make_crawler(SHELFMARK_DB=str(path), SHELFMARK_CRAWL_ID=crawl_id, SHELFMARK_BATCH_SIZE=2)
    pipeline = ArchivePipeline.from_crawler(crawler)
    assert (pipeline.crawl_id, pipeline.batch_size) == (crawl_id, 2)
    pipeline.open_spider()

    items = [
        archived_item("https://tidalpages.example/the-glass-road/", review_html()),
        archived_item("https://tidalpages.example/about/", ABOUT_HTML),
        {"source_slug": SOURCE.slug, "url": "https://tidalpages.example/gone/", "status": 404, "bytes": 0,
         "record": None, "error": "HTTP 404"},
    ]
    out = pipeline.process_item(items[0])
    assert out["crawl_id"] == crawl_id
    assert rows(path, "select count(*) from pages") == [(0,)]  # first item waits for its batch

    pipeline.process_item(items[1])  # the batch is full: written
    assert rows(path, "select url, kind from pages order by url") == [
        ("https://tidalpages.example/about/", "about"),
        ("https://tidalpages.example/the-glass-road/", "review"),
    ]
    assert rows(path, "select count(*) from reviews") == [(1,)]

    pipeline.process_item(items[2])
    assert rows(path, "select count(*) from pages") == [(2,)]  # the third waits
    pipeline.close_spider()
    assert pipeline.archive is None
    assert rows(path, "select url, status, error, crawl_id from pages where url like '%gone%'") == [
        ("https://tidalpages.example/gone/", 404, "HTTP 404", crawl_id)
    ]

    stats = crawler.stats
    assert stats.get_value("shelfmark/reviews_new") == 1
    assert stats.get_value("shelfmark/non_reviews") == 1
    assert stats.get_value("shelfmark/failed") == 1
    assert stats.get_value("shelfmark/reviews_changed") is None  # zero counts are not recorded
    assert stats.get_value("shelfmark/bytes") == sum(i["bytes"] for i in items)


def test_archive_pipeline_second_crawl_sees_unchanged_reviews(db):
    path, crawl_id = db
    item = archived_item("https://tidalpages.example/the-glass-road/", review_html())
    for expected in ("reviews_new", "reviews_unchanged"):
        crawler = make_crawler(SHELFMARK_DB=str(path), SHELFMARK_CRAWL_ID=crawl_id, SHELFMARK_BATCH_SIZE=50)
        pipeline = ArchivePipeline.from_crawler(crawler)
        pipeline.open_spider()
        pipeline.process_item(dict(item))
        pipeline.close_spider()
        assert crawler.stats.get_value(f"shelfmark/{expected}") == 1
    assert rows(path, "select count(*) from reviews") == [(1,)]


def test_archive_pipeline_close_without_items(db):
    path, crawl_id = db
    crawler = make_crawler(SHELFMARK_DB=str(path), SHELFMARK_CRAWL_ID=crawl_id)
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    pipeline.close_spider()
    assert rows(path, "select count(*) from pages") == [(0,)]
    assert not any(k.startswith("shelfmark/") for k in crawler.stats.get_stats())


async def test_extract_then_archive_chain(db):
    path, crawl_id = db
    crawler = make_crawler(SHELFMARK_EXTRACT_WORKERS=0, SHELFMARK_DB=str(path), SHELFMARK_CRAWL_ID=crawl_id)
    extract, archive = ExtractPipeline.from_crawler(crawler), ArchivePipeline.from_crawler(crawler)
    extract.open_spider()
    archive.open_spider()
    item = await extract.process_item(fetched("https://tidalpages.example/the-glass-road/", review_html()))
    archive.process_item(item)
    archive.close_spider()
    extract.close_spider()
    assert rows(path, "select p.url, p.kind from pages p join reviews r on r.page_id = p.id") == [
        ("https://tidalpages.example/the-glass-road/", "review")
    ]
    assert crawler.stats.get_value("shelfmark/kind/review") == 1
    assert crawler.stats.get_value("shelfmark/reviews_new") == 1
