"""End to end: the demo blogs served on 127.0.0.1 → `shelfmark crawl` → SQLite → Datasette.

The crawl runs as the real command in a subprocess (a Twisted reactor cannot
be restarted inside the test process); the blogs are served here, so the test
can see every request the crawler made.
"""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from archive.serve import make_datasette
from shelfmark.demo.run import DEMO_SOURCES
from shelfmark.demo.server import serve_sites

GOLD = json.loads((Path(__file__).parent / "fixtures" / "demo_gold.json").read_text(encoding="utf-8"))
SLUGS = [s for s in GOLD if not s.startswith("_")]


def run_cli(*args, timeout=180):
    return subprocess.run([sys.executable, "-m", "shelfmark.cli", *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crawl")
    with serve_sites() as servers:
        text = DEMO_SOURCES.read_text(encoding="utf-8")
        for slug, base in servers.urls.items():
            text = text.replace("{{site:%s}}" % slug, base)
        sources = tmp / "sources.yaml"
        sources.write_text(text, encoding="utf-8")
        db = tmp / "archive.db"
        result = run_cli("crawl", "--sources", str(sources), "--db", str(db), "--no-throttle", "--log-level", "WARNING")
        assert result.returncode == 0, result.stderr[-3000:]
        requests = list(servers.requests)
        urls = dict(servers.urls)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {"db": db, "conn": conn, "requests": requests, "urls": urls, "stdout": result.stdout}
    conn.close()


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def test_every_gold_page_is_recorded_with_its_decision(crawled):
    rows = {(r["source_slug"], _path(r["url"])): r for r in crawled["conn"].execute("select * from pages")}
    for slug in SLUGS:
        for path, gold in GOLD[slug].items():
            row = rows.get((slug, path))
            assert row is not None, f"{slug}{path} was never fetched"
            assert bool(row["is_review"]) == gold["is_review"], f"{slug}{path}: {row['kind']} ({row['reason']})"
            assert row["reason"], "every page carries the reason for its decision"
            if not gold["is_review"]:
                assert row["kind"] == gold["kind"], f"{slug}{path}: {row['kind']} ({row['reason']})"


def test_reviews_carry_book_and_rating(crawled):
    conn = crawled["conn"]
    reviews = {(r["source_slug"], _path(r["url"])): r for r in conn.execute("select * from reviews")}
    expected = [(slug, path, g) for slug in SLUGS for path, g in GOLD[slug].items() if g["is_review"]]
    assert len(reviews) == len(expected)
    for slug, path, gold in expected:
        review = reviews[(slug, path)]
        assert review["book_title"].casefold() == gold["book"]["title"].casefold()
        assert review["book_author"] == gold["book"]["author"]
        if gold["rating"]:
            assert review["rating_raw"] == gold["rating"]["raw"]
            assert review["rating"] == pytest.approx(gold["rating"]["normalized"])
        else:
            assert review["rating"] is None
        assert review["word_count"] > 150
        assert review["content_hash"] and review["url"].startswith(crawled["urls"][slug])


def test_one_book_row_per_book_across_blogs(crawled):
    rows = crawled["conn"].execute(
        "select b.title, b.author, count(*) n from books b join reviews r on r.book_id = b.id group by b.id"
    ).fetchall()
    got = {(r["title"].casefold(), r["author"]): r["n"] for r in rows}
    want = {(b["title"].casefold(), b["author"]): b["reviews"] for b in GOLD["_books"]}
    assert got == want
    # the four ways the seed pages write one book end as one row, shown in its best form
    (title,) = crawled["conn"].execute("select title from books where author = 'Ursula K. Le Guin' and title like '%darkness%'").fetchone()
    assert title == "The Left Hand of Darkness"


def test_no_boilerplate_in_any_review(crawled):
    bodies = " ".join(r[0] for r in crawled["conn"].execute("select body_text from reviews"))
    for phrase in ["Leave a Reply", "Subscribe to get the latest posts", "ko-fi", "Share this", "Like this",
                   "Related Items", "This email address is being protected", "Posted by", "Newer Post"]:
        assert phrase.lower() not in bodies.lower(), phrase


def test_polite_and_trap_free(crawled):
    paths = [(slug_path[0], slug_path[2]) for slug_path in crawled["requests"]]
    for slug, disallowed in GOLD["_robots_disallowed"].items():
        for prefix in disallowed:
            assert not [p for s, p in paths if s == slug and p.startswith(prefix) and not p.startswith("/robots.txt")], prefix
    for _, path in paths:
        assert not any(trap in path for trap in ("replytocom=", "share=", "print=", "m=1", "tmpl=component")), path
    assert len(paths) == len(set(paths)), "no URL is fetched twice"


def test_every_fetch_is_recorded_and_the_crawl_leaves_a_record(crawled):
    conn = crawled["conn"]
    crawl = conn.execute("select * from crawls").fetchone()
    assert crawl["status"] == "finished" and crawl["finished_at"] >= crawl["started_at"]
    pages = conn.execute("select count(*) from pages").fetchone()[0]
    assert crawl["reviews_new"] == conn.execute("select count(*) from reviews").fetchone()[0]
    assert crawl["pages_fetched"] >= pages - crawl["pages_failed"]
    counts = json.loads(crawl["counts"])
    assert set(counts["sources"]) == set(SLUGS)
    assert all(row["content_hash"] for row in conn.execute("select content_hash from pages where status = 200"))
    assert "pages/s" in crawled["stdout"]


async def test_datasette_shows_the_archive(crawled):
    ds = make_datasette(crawled["db"])
    name = Path(crawled["db"]).stem
    page = await ds.client.get(f"/{name}/reviews")
    assert page.status_code == 200
    assert "Piranesi" in page.text and "<h2" in page.text or "<p>" in page.text
    search = await ds.client.get(f"/{name}/search.json", params={"q": "glacier", "_shape": "array"})
    assert search.status_code == 200
    hits = search.json()
    assert hits and all("glacier" in (h.get("snippet") or "").lower() for h in hits)
    book = await ds.client.get(f"/{name}/book_summary.json", params={"_shape": "array", "title": "The Left Hand of Darkness"})
    assert book.json()[0]["review_count"] == 4
    csv = await ds.client.get(f"/{name}/reviews.csv", params={"_stream": "on"})
    assert csv.status_code == 200 and csv.text.count("\n") > len(GOLD["_books"])
