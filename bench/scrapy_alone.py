"""Scrapy alone over a site: what the crawl's framework costs before Shelfmark does anything.

A bare Scrapy spider fetches the URLs a crawl fetched (one a line in a file),
reads each HTML page's links as the crawl does (``scraper.links.hrefs``, resolved
against the page) without following them, with the crawl's own concurrency under
``--no-throttle``, and does nothing else: no robots.txt, no extraction, no WARC,
no archive. Its CPU a page
beside the limit's (plain trafilatura over the same pages) bounds what any
Scrapy crawl extracting as trafilatura does could reach: limit CPU / (limit CPU +
Scrapy's CPU). bench/crawl.py runs it in the same run as the crawl.

    .venv/bin/python bench/scrapy_alone.py URLS.txt [--proxy http://127.0.0.1:PORT]

Prints {"pages": N} as JSON; the caller measures its time and CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from urllib.parse import urljoin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import scrapy  # noqa: E402
from scrapy.crawler import CrawlerProcess  # noqa: E402

from scraper.links import hrefs  # noqa: E402
from scraper.settings import FAST_CONCURRENCY  # noqa: E402


class Bare(scrapy.Spider):
    """Each URL once, its page's links read and resolved; nothing followed, nothing kept."""

    name = "scrapy-alone"

    def __init__(self, urls: list[str], **kwargs):
        super().__init__(**kwargs)
        self.urls = urls
        self.pages = self.links = 0

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, dont_filter=True)

    def parse(self, response):
        self.pages += 1
        if response.headers.get(b"Content-Type", b"").startswith(b"text/html"):
            self.links += len({urljoin(response.url, href).split("#", 1)[0] for href in hrefs(response.text)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", type=Path, help="a file of URLs, one a line")
    parser.add_argument("--proxy", help="send every request through this HTTP proxy (bench/static.py's nginx)")
    args = parser.parse_args()
    if args.proxy:
        os.environ["http_proxy"] = args.proxy
    process = CrawlerProcess({"LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": False,
                              "CONCURRENT_REQUESTS": FAST_CONCURRENCY, "CONCURRENT_REQUESTS_PER_DOMAIN": FAST_CONCURRENCY,
                              "DOWNLOAD_DELAY": 0, "USER_AGENT": "shelfmark-bench (scrapy alone; localhost only)"})
    crawler = process.create_crawler(Bare)
    process.crawl(crawler, urls=[u for u in args.urls.read_text(encoding="utf-8").split() if u])
    process.start()
    print(json.dumps({"pages": crawler.spider.pages, "links": crawler.spider.links}))


if __name__ == "__main__":
    main()
