"""What went wrong with a page, in words a person can act on, and in a few words for counting.

``failure_reason`` turns a Scrapy failure into the sentence stored in
``pages.error``; ``failure_kind`` folds any such sentence into the short kind
the crawl's summary counts per source (``HTTP 503``, ``timeout``, ``bot
challenge``...). ``UNREACHABLE`` failures and ``UNAVAILABLE`` answers in a
row mean the blog has gone away or is down: after ``SITE_GONE_AFTER`` of
them the spider stops the blog's crawl.
"""

from __future__ import annotations

from twisted.python.failure import Failure

# Pages in a row the blog did not serve (no connection, no answer, or "unavailable" after retries)
# before its crawl stops: gone away, or down for maintenance, for this crawl.
SITE_GONE_AFTER = 5
UNREACHABLE = ("DownloadConnectionRefusedError", "CannotResolveHostError", "DownloadTimeoutError", "DownloadFailedError",
               "ConnectionRefusedError", "TCPTimedOutError", "TimeoutError", "ConnectionLost", "ResponseNeverReceived",
               "RetryAfterRefused")
UNAVAILABLE = (429, 503)  # statuses by which a blog says it is not serving now


def failure_reason(failure: Failure, max_redirects: int) -> str:
    """What went wrong with a fetch, in words that say what happened."""
    name, message = failure.type.__name__, failure.getErrorMessage()
    if failure.type.__module__ == "scraper.middlewares.faults":
        return message  # our own: the message says it all
    if name == "HttpError" and getattr(failure.value, "response", None) is not None:
        return f"HTTP {failure.value.response.status}"
    if message == "max redirections reached":
        return f"more than {max_redirects} redirects (a redirect loop or an over-long chain)"
    if name == "ResponseDataLossError" or "DataLoss" in message:
        return "the connection was cut before the whole page arrived (fewer bytes than Content-Length)"
    if "DOWNLOAD_MAXSIZE" in message or "download max size" in message:
        return f"over the size limit, not archived: {message}"
    if name == "DownloadCancelledError" and not message:
        # Scrapy stops a body without a Content-Length once it passes DOWNLOAD_MAXSIZE, and says nothing
        return "over the size limit, not archived: more than DOWNLOAD_MAXSIZE bytes arrived and the download was stopped"
    return f"{name}: {message}"


FAILURE_KINDS = [  # (words in a page's error, the kind the crawl summary counts), first match wins
    ("bot challenge", "bot challenge"), ("an error page", "error page served with 200"),
    ("served as", "binary served as a page"), ("Retry-After", "Retry-After too long"),
    ("outside the source's site", "redirect off the site"), ("redirects (", "too many redirects"),
    ("took longer than", "timeout"), ("connection was cut", "cut mid-body"), ("size limit", "over the size limit"),
    ("gzip", "broken gzip"), ("refused", "connection refused"),
]


def failure_kind(error: str) -> str:
    """A failed page's error, in a few words for counting: `HTTP 503`, `timeout`, `bot challenge`..."""
    kind = next((kind for words, kind in FAILURE_KINDS if words in error), None)
    if kind is None and error.startswith("HTTP "):
        kind = error[:8]
    return kind or error.split(":", 1)[0][:40]
