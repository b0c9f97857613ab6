"""scraper/middlewares/proxy.py: the same proxy for every request as Scrapy's HttpProxyMiddleware, asked once a host."""

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.httpproxy import HttpProxyMiddleware

from scraper.middlewares.proxy import HostProxyMiddleware

URLS = ["http://quayreads.example/post-1/", "https://quayreads.example/post-2/", "http://lamplit.localhost:8080/a/",
        "http://internal.lan/x", "http://sub.internal.lan/y", "ftp://files.example/book.epub", "http://127.0.0.1:9/z",
        "http://QUAYREADS.example/post-3/"]
ENVIRONMENTS = [
    {},
    {"http_proxy": "http://127.0.0.1:3128"},
    {"http_proxy": "http://user:secret@127.0.0.1:3128", "https_proxy": "http://127.0.0.1:3129", "no_proxy": "internal.lan,127.0.0.1"},
    {"HTTP_PROXY": "http://127.0.0.1:3128", "no_proxy": "*"},
]


def answer(request: Request) -> tuple:
    return (request.meta.get("proxy"), request.meta.get("_scheme_proxy"), request.meta.get("_auth_proxy"),
            request.headers.get(b"Proxy-Authorization"))


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_each_request_gets_the_proxy_scrapy_gives_it(monkeypatch, environment):
    for name in ("http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    scrapys, ours = HttpProxyMiddleware(), HostProxyMiddleware()
    proxied = 0
    for _ in range(2):  # the second time round, the hosts' answers are remembered
        for url in URLS:
            for meta in ({}, {"proxy": "http://127.0.0.1:8888"}, {"proxy": None}):
                theirs, mine = Request(url, meta=dict(meta)), Request(url, meta=dict(meta))
                scrapys.process_request(theirs)
                ours.process_request(mine)
                assert answer(mine) == answer(theirs), (url, meta)
                proxied += answer(mine)[0] is not None
    assert proxied > 0
    if environment.get("no_proxy") == "internal.lan,127.0.0.1":
        request = Request("http://internal.lan/x")
        ours.process_request(request)
        assert request.meta.get("proxy") is None and ours.bypass.cache_info().hits > 0
