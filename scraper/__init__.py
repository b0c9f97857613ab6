"""The Scrapy side of Shelfmark: sources, the blog spider, pipelines and extraction."""

__version__ = "0.1.0"
