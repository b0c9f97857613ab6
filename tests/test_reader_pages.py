"""The reader pages (search, book, author, blog, review, feed) and canned queries, on the real Datasette."""

from __future__ import annotations

import csv
import gzip
import io
import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from markupsafe import escape

from archive.serve import make_datasette
from archive.store import Archive
from tests.reader_archive import build_archive, review_id

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def db_path(tmp_path):
    return build_archive(tmp_path / "shelfmark.db")


@pytest.fixture
def ds(db_path):
    return make_datasette(db_path)


def book_id(db_path, title):
    with sqlite3.connect(db_path) as conn:
        return conn.execute("select id from books where title = ?", [title]).fetchone()[0]


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# -- search ------------------------------------------------------------------

async def test_search_page_ranks_highlights_and_folds_accents(ds):
    html = (await ds.client.get("/search", params={"q": "Paramo"})).text
    assert "1 review for" in text_of(html)
    assert "<mark>Páramo</mark>" in html  # accent folded, the original spelling highlighted
    assert 'href="/review/' in html and 'href="/book/' in html
    ranked = (await ds.client.get("/search", params={"q": "memory clones"})).text
    titles = re.findall(r'class="review-title" href="/review/\d+">([^<]+)<', ranked)
    # Both reviews match; the one with "clones" and "memory" in its title ranks first.
    assert titles == ["Clones and memory", "Never let me go"]


async def test_search_stems(ds):
    rows = (await ds.client.get("/shelfmark/search.json", params={"q": "reviewed", "_shape": "array"})).json()
    assert [r["url"] for r in rows] == ["http://alpha.test/nlmg"]
    assert "<mark>reviewing</mark>" in rows[0]["snippet"]


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, {"http://alpha.test/nlmg", "http://beta.test/nlmg", "http://alpha.test/remains"}),
        ({"author": "Ishiguro, Kazuo"}, {"http://alpha.test/nlmg", "http://beta.test/nlmg", "http://alpha.test/remains"}),
        ({"book": "never let"}, {"http://alpha.test/nlmg", "http://beta.test/nlmg"}),
        ({"blog": "beta"}, {"http://beta.test/nlmg"}),
        ({"min_stars": "4"}, {"http://alpha.test/nlmg", "http://alpha.test/remains"}),
        ({"since": "2024-05"}, {"http://beta.test/nlmg", "http://alpha.test/remains"}),
        ({"until": "2024-03"}, {"http://alpha.test/nlmg"}),
        ({"since": "2024-05", "until": "2024-05-05"}, {"http://alpha.test/remains"}),
    ],
)
async def test_search_filters(ds, filters, expected):
    params = {"q": "a", "_shape": "array", **filters}
    rows = (await ds.client.get("/shelfmark/search.json", params={**params, "q": "Ishiguro"})).json()
    assert {r["url"] for r in rows} == expected
    page = (await ds.client.get("/search", params={"q": "Ishiguro", **filters})).text
    assert len(re.findall(r'class="review-item"', page)) == len(expected)


async def test_search_book_filter_folds_accents(ds):
    rows = (await ds.client.get("/shelfmark/search.json", params={"q": "comala", "book": "paramo", "_shape": "array"})).json()
    assert [r["book_title"] for r in rows] == ["Pedro Páramo"]


@pytest.mark.parametrize("q", ["", "it's", '"unbalanced', "clones AND", "-hyphen", "<script>"])
async def test_search_page_survives_odd_input(ds, q):
    response = await ds.client.get("/search", params={"q": q})
    assert response.status_code == 200
    assert "message-error" not in response.text
    assert f'name="q" value="{escape(q)}"' in response.text  # typed text comes back escaped, never as markup


async def test_search_snippet_escapes_review_html(ds):
    html = (await ds.client.get("/search", params={"q": "pwned"})).text
    assert "<mark>pwned</mark>" in html
    snippets = "".join(re.findall(r'<p class="snippet">(.*?)</p>', html, re.S))
    assert "&lt;script&gt;" in snippets and "<script" not in snippets


# -- book, author, blog --------------------------------------------------------

async def test_book_page_puts_every_review_side_by_side(ds, db_path):
    bid = book_id(db_path, "Never Let Me Go")
    response = await ds.client.get(f"/book/{bid}")
    assert response.status_code == 200
    html = response.text
    cards = re.findall(r'<section class="review-card">(.*?)</section>', html, re.S)
    # ‘Never let me go’ / Ishiguro, Kazuo and Never Let Me Go / Kazuo Ishiguro are one book.
    assert len(cards) == 2
    assert "Alpha Reads" in cards[0] and "2024-03-01" in cards[0] and "★★★★☆" in cards[0]
    assert "Beta Books" in cards[1] and "2024-05-10" in cards[1] and "★★★☆☆" in cards[1]
    assert "A *quiet* novel about clones" in cards[0]  # the opening lines
    page = text_of(html)
    assert "2 reviews from 2 blogs" in page and "3.5 of 5" in page
    assert "<h1><cite>Never Let Me Go</cite></h1>" in html
    assert 'href="/author/Kazuo+Ishiguro"' in html


async def test_book_page_download_link_gives_the_same_reviews(ds, db_path):
    bid = book_id(db_path, "Never Let Me Go")
    html = (await ds.client.get(f"/book/{bid}")).text
    href = re.search(r'<a href="([^"]+\.csv[^"]*)">CSV</a>', html).group(1).replace("&amp;", "&")
    rows = list(csv.DictReader(io.StringIO((await ds.client.get(href)).text)))
    assert [r["blog"] for r in rows] == ["Alpha Reads", "Beta Books"]


async def test_author_page_lists_books_under_any_spelling(ds):
    for spelling in ("Kazuo+Ishiguro", "Ishiguro~2C+Kazuo"):
        response = await ds.client.get(f"/author/{spelling}")
        assert response.status_code == 200
        html = response.text
        assert "<h1>Kazuo Ishiguro</h1>" in html
        books = re.findall(r'<a href="/book/\d+"><cite>([^<]+)</cite>', html)
        assert books == ["Never Let Me Go", "The Remains of the Day"]


async def test_blog_page_has_charts_and_reviews(ds):
    html = (await ds.client.get("/blog/alpha")).text
    assert "<h1>Alpha Reads</h1>" in html
    assert html.count('class="review-item"') == 3
    assert re.search(r"<svg class=\"chart column-chart\"[^>]*>.*<rect ", html, re.S)
    assert "4.5 ★" in html and "2 ★" in html  # the blog's rating distribution


@pytest.mark.parametrize("path", ["/book/9999", "/review/9999", "/author/Nobody+At+All", "/blog/nope"])
async def test_missing_things_are_404(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 404


# -- review --------------------------------------------------------------------

async def test_review_page_reads_as_an_article(ds, db_path):
    rid = review_id(db_path, "http://alpha.test/nlmg")
    html = (await ds.client.get(f"/review/{rid}")).text
    article = re.search(r'<article class="review-article">(.*)</article>', html, re.S).group(1)
    assert "<h1>Clones and memory</h1>" in article
    assert "<em>quiet</em>" in article
    assert "Ann Reader" in article and 'href="/blog/alpha"' in article and "2024-03-01" in article
    assert "★★★★☆" in article and "the blog wrote “4/5”" in article
    assert '<a href="http://alpha.test/nlmg" rel="nofollow noopener" class="original">' in article


async def test_review_row_page_is_the_article_with_columns_folded(ds, db_path):
    rid = review_id(db_path, "http://alpha.test/nlmg")
    html = (await ds.client.get(f"/shelfmark/reviews/{rid}")).text
    assert html.index('<article class="review-article">') < html.index('<details class="all-columns">')
    assert html.index('<details class="all-columns">') < html.index('class="col-body_markdown')


async def test_table_page_folds_column_descriptions(ds):
    html = (await ds.client.get("/shelfmark/reviews")).text
    assert re.search(r'<details class="column-help"><summary>What the \d+ columns mean</summary>', html)
    css = (await ds.client.get("/static/shelfmark.css")).text
    assert re.search(r"dl\.column-descriptions\s*\{\s*display:\s*none", css)


async def test_hostile_review_renders_inert(ds, db_path):
    rid = review_id(db_path, "http://alpha.test/hostile")
    html = (await ds.client.get(f"/review/{rid}")).text
    article = re.search(r'<article class="review-article">(.*)</article>', html, re.S).group(1).lower()
    for live in ("<script", "onerror", "onclick", "javascript:", "style="):
        assert live not in article, live
    assert "<em>haunting</em>" in article


def _without_archivist_schema(path):
    """Make the archive look like one from before WARC captures and versions."""
    with sqlite3.connect(path) as conn:
        conn.execute("drop table if exists review_versions")
        columns = {r[1] for r in conn.execute("pragma table_info(pages)")}
        for column in ("warc_file", "warc_offset"):
            if column in columns:
                conn.execute(f"alter table pages drop column {column}")


def _with_archivist_schema(path):
    """Create the capture columns and versions table the crawler's m002 adds, if not there yet."""
    with sqlite3.connect(path) as conn:
        columns = {r[1] for r in conn.execute("pragma table_info(pages)")}
        for column, kind in (("warc_file", "text"), ("warc_offset", "integer")):
            if column not in columns:
                conn.execute(f"alter table pages add column {column} {kind}")
        conn.execute(
            "create table if not exists review_versions (id integer primary key, review_id integer not null,"
            " version integer not null, body_markdown text, body_text text, content_hash text, seen_at text)"
        )
        conn.execute("delete from review_versions")


async def test_review_page_without_captures_or_versions(db_path):
    _without_archivist_schema(db_path)
    ds = make_datasette(db_path)
    rid = review_id(db_path, "http://alpha.test/nlmg")
    response = await ds.client.get(f"/review/{rid}")
    assert response.status_code == 200
    assert "Archived copy" not in response.text and "versions of this review" not in response.text
    queries = (await ds.client.get("/shelfmark.json")).json()["queries"]
    assert not {"review_capture", "review_versions"} & {q["name"] for q in queries}


async def test_review_page_with_captures_and_versions(db_path):
    _with_archivist_schema(db_path)
    rid = review_id(db_path, "http://alpha.test/nlmg")
    # Two records in one WARC file; the review's page is the second, at its offset.
    folder = db_path.parent / "warcs" / db_path.stem
    folder.mkdir(parents=True)
    first = gzip.compress(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\nfirst\r\n\r\n")
    second = gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://alpha.test/nlmg\r\n\r\nsecond\r\n\r\n")
    (folder / "crawl-1.warc.gz").write_bytes(first + second + gzip.compress(b"WARC/1.1\r\nthird\r\n\r\n"))
    with sqlite3.connect(db_path) as conn:
        page_id = conn.execute("select page_id from reviews where id = ?", [rid]).fetchone()[0]
        conn.execute("update pages set warc_file = 'crawl-1.warc.gz', warc_offset = ? where id = ?", [len(first), page_id])
        conn.executemany(
            "insert into review_versions (review_id, version, body_markdown, content_hash, seen_at) values (?, ?, ?, ?, ?)",
            [(rid, 1, "The *first* text.", "a" * 64, "2024-01-01T00:00:00+00:00"),
             (rid, 2, "The current text.", "b" * 64, "2024-06-02T10:00:00+00:00")],
        )
    ds = make_datasette(db_path)
    html = (await ds.client.get(f"/review/{rid}")).text
    assert f'<a href="/-/capture/{page_id}/view" class="capture">Archived copy</a>' in html
    assert f'<a href="/-/capture/{page_id}" class="warc">WARC record</a>' in html
    assert "2 versions of this review" in html
    assert f'href="/review/{rid}?version=1"' in html
    old = (await ds.client.get(f"/review/{rid}", params={"version": "1"})).text
    assert "You are reading version 1" in old and "The <em>first</em> text." in old
    capture = await ds.client.get(f"/-/capture/{page_id}")
    assert capture.status_code == 200
    assert capture.content == second
    assert "attachment" in capture.headers["content-disposition"]
    assert (await ds.client.get("/-/capture/999999")).status_code == 404


# -- ways in -------------------------------------------------------------------

async def test_home_page_has_search_charts_and_ways_in(ds):
    html = (await ds.client.get("/")).text
    assert '<form action="/search"' in html
    assert "<h2>Newest reviews</h2>" in html and "<h2>Most reviewed books</h2>" in html
    assert html.count('class="review-item"') == 5
    assert re.search(r'<svg class="chart column-chart" role="img" aria-label="Reviews published per month"', html)
    assert html.count("<rect ") == 4  # 2023-11, 2024-01, 2024-03, 2024-05: one column per month with reviews
    for path in ("/books", "/authors", "/blogs", "/feed.atom", "/shelfmark/review_index"):
        assert f'href="{path}"' in html, path


async def test_month_chart_has_one_column_per_month(ds):
    months = (await ds.client.get("/shelfmark/reviews_per_month.json", params={"_shape": "array"})).json()
    assert [(m["month"], m["reviews"]) for m in months] == [("2023-11", 1), ("2024-01", 1), ("2024-03", 1), ("2024-05", 2)]


async def test_listing_pages(ds):
    books = (await ds.client.get("/books")).text
    assert re.findall(r"<cite>([^<]+)</cite>", books)[0] == "Never Let Me Go"
    authors = (await ds.client.get("/authors")).text
    assert authors.count('href="/author/Kazuo+Ishiguro"') == 1  # one row for both spellings
    blogs = (await ds.client.get("/blogs")).text
    assert 'href="/blog/alpha">Alpha Reads</a>' in blogs and 'href="/blog/beta">Beta Books</a>' in blogs


async def test_canned_queries_for_researchers(ds):
    async def rows(name, **params):
        response = await ds.client.get(f"/shelfmark/{name}.json", params={"_shape": "array", **params})
        assert response.status_code == 200, response.text
        return response.json()

    assert [r["title"] for r in await rows("highest_rated_books")] == ["Never Let Me Go"]
    assert [r["title"] for r in await rows("highest_rated_books", min_reviews="1")][:2] == ["Pedro Páramo", "The Remains of the Day"]
    per_blog = await rows("reviews_per_blog_per_month")
    assert {"source_slug": "alpha", "blog": "Alpha Reads", "month": "2024-05", "reviews": 1} in per_blog
    dist = await rows("rating_distribution", book=str((await rows("most_reviewed_books"))[0]["book_id"]))
    assert [(d["rating"], d["reviews"]) for d in dist] == [("4 ★", 1), ("3 ★", 1)]
    newest = await rows("newest_reviews")
    assert [r["published"] for r in newest] == sorted((r["published"] for r in newest), reverse=True)


async def test_review_index_facets_by_blog_author_rating_year(ds):
    data = (await ds.client.get("/shelfmark/review_index.json")).json()
    assert set(data["facet_results"]) == {"blog", "author", "stars", "year"}
    years = {r["value"]: r["count"] for r in data["facet_results"]["year"]["results"]}
    assert years == {2024: 4, 2023: 1}


async def test_atom_feed_lists_new_reviews(ds, db_path):
    response = await ds.client.get("/feed.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 5
    first = entries[0]
    assert first.find(f"{ATOM}title").text == "Never let me go"  # published 2024-05-10, the newest
    rid = review_id(db_path, "http://beta.test/nlmg")
    assert first.find(f"{ATOM}id").text.endswith(f"/review/{rid}")
    assert "Never Let Me Go by Kazuo Ishiguro" in first.find(f"{ATOM}summary").text


async def test_large_table_streams_in_full_as_csv(tmp_path):
    path = tmp_path / "big.db"
    archive = Archive(path)
    archive.upsert_sources([{"slug": "alpha", "name": "Alpha Reads", "home_url": "http://alpha.test/"}])
    crawl = archive.start_crawl(["alpha"])
    from tests.reader_archive import page_item, record

    n = 2500  # more than max_returned_rows (1000): only streaming gets them all
    archive.save_pages(
        [page_item(crawl, "alpha", f"http://alpha.test/{i}",
                   record(f"http://alpha.test/{i}", f"Review {i}", f"Book {i}", "Some One", "2024-01-01", f"Body {i}.", 0.5))
         for i in range(n)]
    )
    archive.close()
    ds = make_datasette(path)
    response = await ds.client.get("/big/reviews.csv", params={"_stream": "on", "_size": "max"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == n and len({r["url"] for r in rows}) == n
    assert [int(r["id"]) for r in rows] == sorted(int(r["id"]) for r in rows)  # the table's own order: by id
    limited = (await ds.client.get("/big/reviews.json", params={"_size": "max"})).json()
    assert len(limited["rows"]) == 1000 and limited["next"]
    # Each later page of a stream is a seek by id, not a scan from the first row (which slows a
    # million-row stream page by page until one passes the SQL time limit).
    page = (await ds.client.get("/big/reviews.json", params={"_size": "max", "_next": limited["next"]})).json()
    with sqlite3.connect(path) as conn:
        plan = " ".join(r[3] for r in conn.execute("explain query plan " + page["query"]["sql"], page["query"]["params"]))
    assert "USING INTEGER PRIMARY KEY (rowid>?)" in plan, plan
