"""The crawl's progress line for a source whose crawl has not started yet (Scrapy sets a crawler's stats only when
its crawl starts, and raises before): a tick that came early killed the run's progress thread under load."""

import io

import scrapy
from scrapy.crawler import Crawler

from scraper.progress import Progress


class _Quiet(scrapy.Spider):
    name = "quiet"


def test_a_tick_before_a_crawl_starts_reads_zero_and_does_not_raise():
    crawler = Crawler(_Quiet)  # a real crawler, not started: its stats are not set yet
    stream = io.StringIO()
    Progress({"quiet-shelf": crawler}, stream, interactive=False).tick()
    assert "quiet-shelf: done 0, queued 0" in stream.getvalue()
