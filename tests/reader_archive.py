"""A small archive for the reader-page, export and browser tests, built through `Archive.save_pages`."""

from __future__ import annotations

import asyncio
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from archive.store import Archive

# Scripts, event handlers and javascript: links, each written so that, were it
# to run, it would leave a mark in the DOM the browser test looks for.
HOSTILE_MARKDOWN = """A *haunting* book about a locked house.

<script>document.documentElement.setAttribute('data-pwned', 'script')</script>

<img src=x onerror="document.documentElement.setAttribute('data-pwned', 'onerror')">

[click me](javascript:document.documentElement.setAttribute('data-pwned','href'))

<p onclick="alert(1)" style="color:red">styled paragraph</p>
"""

SOURCES = [
    {"slug": "alpha", "name": "Alpha Reads", "home_url": "http://alpha.test/"},
    {"slug": "beta", "name": "Beta Books", "home_url": "http://beta.test/"},
]

# (source, url, post title, book title, book author, published, body, rating 0-1)
REVIEWS = [
    ("alpha", "http://alpha.test/nlmg", "Clones and memory", "Never Let Me Go", "Kazuo Ishiguro", "2024-03-01",
     "A *quiet* novel about clones, memory and reviewing a life. Devastating and tender; Kathy remembers everything.", 0.8),
    ("beta", "http://beta.test/nlmg", "Never let me go", "‘Never let me go’", "Ishiguro, Kazuo", "2024-05-10",
     "Memory again: the clones of Hailsham remember everything, and I could not stop reading.", 0.6),
    ("beta", "http://beta.test/paramo", "Comala", "Pedro Páramo", "Juan Rulfo", "2023-11-20",
     "Ghosts whisper in Comala; Páramo is the father. A short, strange, essential novel.", 1.0),
    ("alpha", "http://alpha.test/remains", "Stevens at dusk", "The Remains of the Day", "Kazuo Ishiguro", "2024-05-02",
     "A butler drives west and slowly understands what his dignity cost him.", 0.9),
    ("alpha", "http://alpha.test/hostile", "Hostile markup", "Dangerous Book", "Eve Mallory", "2024-01-15",
     HOSTILE_MARKDOWN, 0.4),
]


def record(url, title, book_title, book_author, published, body, rating):
    return {
        "url": url, "canonical_url": url, "title": title, "author": "Ann Reader",
        "published": published, "categories": ["Reviews"], "tags": [], "language": "en",
        "sitename": "Alpha", "kind": "review", "is_review": True, "reason": "a review",
        "book_title": book_title, "book_author": book_author, "book_year": 2005,
        "book_publisher": None, "rating_raw": f"{round(rating * 5)}/5" if rating is not None else None,
        "rating": rating, "body_markdown": body, "body_text": body, "word_count": len(body.split()),
        "extractor_version": "test-1",
    }


def page_item(crawl_id, source, url, rec):
    return {
        "crawl_id": crawl_id, "source_slug": source, "url": url, "status": 200,
        "fetched_at": "2024-06-02T10:00:00+00:00", "content_hash": "0" * 64,
        "content_type": "text/html", "bytes": 100, "record": rec, "error": None,
    }


def add_reviews(path: Path, reviews=REVIEWS, sources=SOURCES) -> None:
    archive = Archive(path)
    try:
        archive.upsert_sources(sources)
        crawl = archive.start_crawl([s["slug"] for s in sources])
        archive.save_pages([page_item(crawl, src, url, record(url, *rest)) for src, url, *rest in reviews])
        archive.finish_crawl(crawl, {"pages_fetched": len(reviews)})
    finally:
        archive.close()


def build_archive(path: Path) -> Path:
    add_reviews(path)
    return path


def review_id(path: Path, url: str) -> int:
    archive = Archive(path)
    try:
        return next(archive.db["reviews"].rows_where("url = ?", [url]))["id"]
    finally:
        archive.close()


@contextmanager
def serve_datasette(db: Path):
    """The archive's Datasette under uvicorn on 127.0.0.1, port 0, in a thread; yields (Datasette, base URL)."""
    import uvicorn

    from archive.serve import make_datasette

    ds = make_datasette(db)
    asyncio.run(ds.invoke_startup())
    server = uvicorn.Server(uvicorn.Config(ds.app(), host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield ds, f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
