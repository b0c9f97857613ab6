"""robots.txt parsing that also tells the spider which sitemaps robots.txt names.

Scrapy's RobotsTxtMiddleware already fetches and obeys robots.txt; this parser
(set as ``ROBOTSTXT_PARSER``) is Scrapy's Protego parser plus one step: it hands
the ``Sitemap:`` lines to the spider, so robots.txt is fetched once per site,
not once for the rules and again for discovery.
"""

from __future__ import annotations

from scrapy.robotstxt import ProtegoRobotParser


class SitemapAwareRobotParser(ProtegoRobotParser):
    @classmethod
    def from_crawler(cls, crawler, robotstxt_body: bytes):
        parser = super().from_crawler(crawler, robotstxt_body)
        spider = crawler.spider if crawler else None
        if spider is not None and hasattr(spider, "robots_sitemaps"):
            spider.robots_sitemaps(list(parser.rp.sitemaps))
        return parser
