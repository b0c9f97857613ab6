"""scraper/settings.py: a real blog is crawled politely; only `fast` (`--no-throttle`, a site of one's own) lifts it."""

from scraper.settings import FAST_CONCURRENCY, crawl_settings
from scraper.sources import Source


def source(**politeness) -> Source:
    return Source(slug="quay-reads", name="Quay Reads", home_url="https://quayreads.example/", politeness=politeness)


def test_a_blog_is_crawled_as_its_source_allows_with_robots_txt_and_autothrottle():
    settings = crawl_settings(source(), db_path="a.db", crawl_id=1)
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1 and settings.getfloat("DOWNLOAD_DELAY") == 1.0
    assert settings.getint("CONCURRENT_REQUESTS") == 2
    faster = crawl_settings(source(concurrency=4, download_delay=0.5), db_path="a.db", crawl_id=1)
    assert faster.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 4 and faster.getfloat("DOWNLOAD_DELAY") == 0.5
    assert faster.getbool("AUTOTHROTTLE_ENABLED")


def test_fast_lifts_delays_and_sends_many_requests_at_once_but_still_reads_robots_txt():
    settings = crawl_settings(source(), db_path="a.db", crawl_id=1, fast=True)
    assert settings.getbool("ROBOTSTXT_OBEY") and not settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getfloat("DOWNLOAD_DELAY") == 0
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == FAST_CONCURRENCY == 32
    assert settings.getint("CONCURRENT_REQUESTS") == FAST_CONCURRENCY
