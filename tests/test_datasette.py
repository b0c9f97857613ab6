"""The Datasette app readers and researchers use, exercised in-process."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
import yaml

from archive.serve import CONFIG_DIR, ServeError, datasette_settings, make_datasette
from archive.store import Archive

HOSTILE_MARKDOWN = """A *haunting* book.

<script>alert(1)</script>

<img src=x onerror=alert(1)>

[click me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)

<iframe src="http://evil.test/"></iframe>

<p style="background:url(http://evil.test/)" onclick="alert(1)">styled</p>

[the author's site](/about)
"""


def _record(url, title, book_title, book_author, body, rating):
    return {
        "url": url, "canonical_url": url, "title": title, "author": "Ann Reader",
        "published": "2024-03-01", "categories": ["Reviews"], "tags": [], "language": "en",
        "sitename": "Alpha", "kind": "review", "is_review": True, "reason": "a review",
        "book_title": book_title, "book_author": book_author, "book_year": 2005,
        "book_publisher": None, "rating_raw": "4/5", "rating": rating,
        "body_markdown": body, "body_text": body, "word_count": len(body.split()),
        "extractor_version": "test-1",
    }


@pytest.fixture
def db_path(tmp_path) -> Path:
    path = tmp_path / "shelfmark.db"
    archive = Archive(path)
    archive.upsert_sources(
        [
            {"slug": "alpha", "name": "Alpha Reads", "home_url": "http://alpha.test/"},
            {"slug": "beta", "name": "Beta Books", "home_url": "http://beta.test/"},
        ]
    )
    crawl = archive.start_crawl(["alpha", "beta"])
    rows = [
        ("alpha", "http://alpha.test/nlmg", "Clones and memory", "Never Let Me Go", "Kazuo Ishiguro",
         "A *quiet* novel about clones, memory and reviewing a life. Devastating.", 0.8),
        ("beta", "http://beta.test/nlmg", "Never let me go", "‘Never let me go’", "Ishiguro, Kazuo",
         "Memory again: the clones of Hailsham remember everything.", 0.6),
        ("beta", "http://beta.test/paramo", "Comala", "Pedro Páramo", "Juan Rulfo",
         "Ghosts whisper in Comala; Páramo is the father.", 1.0),
        ("alpha", "http://alpha.test/hostile", "Hostile markup", "Dangerous Book", "Eve",
         HOSTILE_MARKDOWN, 0.4),
    ]
    archive.save_pages(
        [
            {"crawl_id": crawl, "source_slug": src, "url": url, "status": 200,
             "fetched_at": "2024-03-02T10:00:00+00:00", "content_hash": "0" * 64,
             "content_type": "text/html", "bytes": 100,
             "record": _record(url, title, bt, ba, body, rating), "error": None}
            for src, url, title, bt, ba, body, rating in rows
        ]
    )
    archive.finish_crawl(crawl, {"pages_fetched": 4})
    archive.close()
    return path


@pytest.fixture
def ds(db_path):
    return make_datasette(db_path)


def review_id(db_path, url):
    archive = Archive(db_path)
    try:
        return next(archive.db["reviews"].rows_where("url = ?", [url]))["id"]
    finally:
        archive.close()


def cell(html: str, column: str) -> str:
    match = re.search(rf'<td class="col-{column}[^"]*">(.*?)</td>', html, re.S)
    assert match, f"no {column} cell in page"
    return match.group(1)


async def test_home_page_lists_shelfmark(ds):
    response = await ds.client.get("/")
    assert response.status_code == 200
    assert "<h1>Shelfmark</h1>" in response.text
    assert 'href="/shelfmark"' in response.text
    assert 'href="/shelfmark/search"' in response.text
    assert "/static/shelfmark.css" in response.text


async def test_database_named_after_file_gets_metadata(tmp_path, db_path):
    other = tmp_path / "my-archive.db"
    other.write_bytes(db_path.read_bytes())
    ds = make_datasette(other)
    response = await ds.client.get("/my-archive/reviews.json?_facet=source_slug")
    assert response.status_code == 200
    page = await ds.client.get("/my-archive/reviews")
    assert "The URL the review was fetched from" in page.text
    home = await ds.client.get("/")
    assert 'href="/my-archive/search"' in home.text


def test_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(ServeError, match="run a crawl"):
        make_datasette(tmp_path / "nope.db")


async def test_review_row_renders_markdown_as_html(ds, db_path):
    rid = review_id(db_path, "http://alpha.test/nlmg")
    response = await ds.client.get(f"/shelfmark/reviews/{rid}")
    assert response.status_code == 200
    body = cell(response.text, "body_markdown")
    assert '<div class="shelfmark-review">' in body
    assert "<em>quiet</em>" in body
    assert "*quiet*" not in body
    url = cell(response.text, "url")
    assert url == '<a href="http://alpha.test/nlmg" rel="nofollow noopener">http://alpha.test/nlmg</a>'
    assert "★★★★☆" in cell(response.text, "stars")


async def test_hostile_markdown_is_neutralised(ds, db_path):
    rid = review_id(db_path, "http://alpha.test/hostile")
    response = await ds.client.get(f"/shelfmark/reviews/{rid}")
    body = cell(response.text, "body_markdown")
    assert "<em>haunting</em>" in body  # the harmless markup survives
    lowered = body.lower()
    for live in ("<script", "onerror", "onclick", "javascript:", "data:text", "<iframe", "style=", "alert(1)<"):
        assert live not in lowered, f"{live!r} survived sanitising: {body}"
    # Relative links are resolved against the review's own URL, and marked nofollow.
    assert 'href="http://alpha.test/about"' in body
    assert "nofollow" in body
    # The plain-text column shows the same markup escaped, never live.
    text = cell(response.text, "body_text")
    assert "&lt;script&gt;" in text and "<script" not in text


async def test_reviews_table_has_facets_and_no_suggestions(ds):
    response = await ds.client.get("/shelfmark/reviews.json")
    data = response.json()
    assert set(data["facet_results"]) == {"source_slug", "book_author", "stars"}
    sources = {r["value"]: r["count"] for r in data["facet_results"]["source_slug"]["results"]}
    assert sources == {"alpha": 2, "beta": 2}
    assert data["suggested_facets"] == []
    settings = (await ds.client.get("/-/settings.json")).json()
    assert settings["suggest_facets"] is False
    assert settings["max_csv_mb"] == 0
    assert settings == {**settings, **datasette_settings()}


async def test_reviews_searchable_and_browsed_newest_first(ds):
    response = await ds.client.get("/shelfmark/reviews.json?_search=paramo&_shape=objects")
    rows = response.json()["rows"]
    assert [r["book_title"] for r in rows] == ["Pedro Páramo"]
    # The raw table keeps archive (id) order, so its CSV streams by rowid seeks; readers browse newest first.
    ids = [r["id"] for r in (await ds.client.get("/shelfmark/reviews.json?_shape=array")).json()]
    assert ids == sorted(ids)
    html = (await ds.client.get("/shelfmark/review_index")).text
    assert "sorted by published descending" in html


async def test_canned_search_ranks_and_highlights(ds):
    response = await ds.client.get("/shelfmark/search.json?q=memory+clones&_shape=array")
    assert response.status_code == 200
    rows = response.json()
    assert [r["url"] for r in rows] == ["http://alpha.test/nlmg", "http://beta.test/nlmg"] or \
        [r["url"] for r in rows] == ["http://beta.test/nlmg", "http://alpha.test/nlmg"]
    assert all("<mark>" in r["snippet"] for r in rows)
    # Stemming: "reviewed" finds "reviewing"; only one review uses the word.
    stemmed = (await ds.client.get("/shelfmark/search.json?q=reviewed&_shape=array")).json()
    assert [r["url"] for r in stemmed] == ["http://alpha.test/nlmg"]
    assert "<mark>reviewing</mark>" in stemmed[0]["snippet"]
    # bm25 ordering: a book title match ranks a review above a passing mention.
    ranked = (await ds.client.get("/shelfmark/search.json?q=comala&_shape=array")).json()
    assert ranked[0]["url"] == "http://beta.test/paramo"


async def test_canned_search_html_shows_marks_and_escapes_the_rest(ds):
    response = await ds.client.get("/shelfmark/search?q=alert")
    assert response.status_code == 200
    snippet = cell(response.text, "snippet")
    assert "<mark>alert</mark>" in snippet
    assert "<script" not in snippet and "&lt;script&gt;" in snippet


@pytest.mark.parametrize("q", ["", "it's", '"unbalanced', "clones AND", "-hyphen"])
async def test_canned_search_survives_odd_input(ds, q):
    response = await ds.client.get("/shelfmark/search", params={"q": q})
    assert response.status_code == 200
    assert "message-error" not in response.text


async def test_book_query_shows_all_reviews_side_by_side(ds):
    books = (await ds.client.get("/shelfmark/books.json?_shape=array")).json()
    nlmg = next(b for b in books if b["title"] == "Never Let Me Go")
    response = await ds.client.get(f"/shelfmark/book.json?id={nlmg['id']}&_shape=array")
    rows = response.json()
    assert sorted(r["source_name"] for r in rows) == ["Alpha Reads", "Beta Books"]
    html = (await ds.client.get(f"/shelfmark/book?id={nlmg['id']}")).text
    assert "<em>quiet</em>" in html


async def test_most_reviewed_and_newest(ds):
    top = (await ds.client.get("/shelfmark/most_reviewed_books.json?_shape=array")).json()
    assert top[0]["title"] == "Never Let Me Go" and top[0]["review_count"] == 2
    newest = (await ds.client.get("/shelfmark/newest_reviews.json?_shape=array")).json()
    assert len(newest) == 4


async def test_csv_and_json_downloads_carry_provenance(ds):
    response = await ds.client.get("/shelfmark/reviews.csv?_stream=on&_size=max")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 4
    for row in rows:
        assert row["url"].startswith("http://")
        assert re.fullmatch(r"[0-9a-f]{64}", row["content_hash"])
        assert row["first_seen"] and row["last_seen"]
    data = (await ds.client.get("/shelfmark/reviews.json?_shape=array&_col=url&_col=content_hash")).json()
    assert len(data) == 4 and all(len(r["content_hash"]) == 64 for r in data)


async def test_internal_tables_hidden(ds):
    data = (await ds.client.get("/shelfmark.json")).json()
    visible = {t["name"] for t in data["tables"] if not t["hidden"]}
    assert visible == {"sources", "crawls", "crawl_sources", "pages", "books", "reviews", "review_versions",
                       "source_moves", "review_moves"}
    assert {"book_summary", "reviews_by_book"} <= {v["name"] for v in data["views"]}


async def test_em_is_not_greyed(ds):
    css = (await ds.client.get("/static/shelfmark.css")).text
    assert re.search(r"\.shelfmark-review em[^{]*\{[^}]*color:\s*inherit", css)


async def test_every_column_is_documented(ds, db_path):
    metadata = yaml.safe_load((CONFIG_DIR / "metadata.yml").read_text())
    tables = metadata["databases"]["shelfmark"]["tables"]
    archive = Archive(db_path)
    try:
        names = [t for t in archive.db.table_names() if not t.startswith(("reviews_fts", "_sqlite"))]
        names += archive.db.view_names()
        for name in names:
            columns = {c.name for c in archive.db[name].columns}
            documented = set(tables.get(name, {}).get("columns", {}))
            assert columns == documented, f"{name}: undocumented {columns - documented}, stale {documented - columns}"
            assert tables[name].get("description"), f"{name} has no description"
    finally:
        archive.close()


def test_serve_runs_the_app_over_http(db_path):
    """serve() as a real process: the path `shelfmark serve` will take."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen(
        [sys.executable, "-c", f"from archive.serve import serve; serve({str(db_path)!r}, port={port})"],
        cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/shelfmark/search.json?q=comala&_shape=array") as r:
                    body = r.read().decode()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"server did not start: {proc.stderr.read().decode()[-2000:]}")
                time.sleep(0.2)
        assert "http://beta.test/paramo" in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)
