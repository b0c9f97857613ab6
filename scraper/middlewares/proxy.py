"""Scrapy's HttpProxyMiddleware, asking once per host whether the host bypasses the proxy.

With a proxy in the environment (``http_proxy``, ``https_proxy``), Scrapy's
middleware asks urllib's ``proxy_bypass`` about every request's host, and
that reads and parses every environment variable each time (~0.3 ms of the
crawl process a request, as much as reading the page's links). The
environment does not change during a crawl, so the answer is remembered per
host; everything else is Scrapy's own (``HttpProxyMiddleware``).
"""

from __future__ import annotations

from functools import lru_cache
from urllib.request import proxy_bypass

from scrapy.downloadermiddlewares.httpproxy import HttpProxyMiddleware
from scrapy.utils.httpobj import urlparse_cached


class HostProxyMiddleware(HttpProxyMiddleware):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.bypass = lru_cache(maxsize=4096)(proxy_bypass)

    def process_request(self, request, spider=None):
        if "proxy" in request.meta or not self.proxies:
            return super().process_request(request)
        # Scrapy's branch for proxies from the environment, with the answer for the host remembered
        creds, proxy_url, scheme = None, None, None
        parsed = urlparse_cached(request)
        if (parsed.scheme not in {"http", "https"} or (parsed.hostname and not self.bypass(parsed.hostname))) \
                and parsed.scheme in self.proxies:
            scheme = parsed.scheme
            creds, proxy_url = self.proxies[scheme]
        self._set_proxy_and_creds(request, proxy_url, creds, scheme)
        return None
