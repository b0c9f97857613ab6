"""The full-text index with each review's blog in it (archive/search_index.py, migration m007).

Real SQLite files throughout: an archive left at m006 is migrated as `shelfmark serve`
would (archive.schema.open_db), written to through the store and plain SQL, and
searched through the real Datasette.
"""

from __future__ import annotations

import html
import sqlite3

import pytest
import sqlite_utils
import yaml

from archive import search_index
from archive.datasette.plugins import shelfmark_fts
from archive.schema import migrations, open_db
from archive.serve import CONFIG_DIR, make_datasette
from tests.reader_archive import add_reviews

SOURCES = [
    {"slug": "alpha", "name": "Alpha Reads", "home_url": "http://alpha.test/"},
    {"slug": "alpha-2", "name": "Alpha Again", "home_url": "http://alpha2.test/"},
    {"slug": "bücher", "name": "Bücherblog", "home_url": "http://buecher.test/"},
]
WEIGHTS = ", ".join(str(w) for w in search_index.WEIGHTS)


def structure(path) -> bytes:
    """The FTS5 structure record: it changes whenever the index is written."""
    with sqlite3.connect(path) as conn:
        return conn.execute("select block from reviews_fts_data where id = 10").fetchone()[0]


def integrity_check(path) -> None:
    """FTS5 compares its index with the content it reads (the view over reviews); raises if they differ."""
    with sqlite3.connect(path) as conn:
        conn.execute("insert into reviews_fts(reviews_fts) values ('integrity-check')")


def matches(path, query: str) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [r for (r,) in conn.execute("select rowid from reviews_fts where reviews_fts match ? order by rowid", [query])]


@pytest.mark.parametrize("slug", ["alpha", "alpha-2", "bücher", "blog-0003"])
def test_the_blog_token_is_what_the_index_holds(tmp_path, slug):
    with sqlite3.connect(tmp_path / "t.db") as conn:
        assert conn.execute("select lower(hex(?))", [slug]).fetchone()[0] == search_index.blog_token(slug)


@pytest.fixture
def old_archive(tmp_path):
    """An archive at m006 (the index without the blog) holding reviews from three blogs, one whose slug
    starts with another's."""
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m007_search_index_with_blog")
    db["sources"].insert_all([{"slug": s["slug"], "name": s["name"], "home_url": s["home_url"]} for s in SOURCES])
    for i in range(1, 31):
        slug = SOURCES[i % 3]["slug"]
        body = f"Review {i}: a lighthouse keeper and the sea." + (" A heron stands in the marsh." if i % 4 == 0 else "")
        db["pages"].insert({"id": i, "url": f"http://{i}.test/", "source_slug": slug})
        db["reviews"].insert({"id": i, "page_id": i, "url": f"http://{i}.test/", "source_slug": slug,
                              "title": "Heron days" if i == 5 else f"Post {i}", "book_title": f"Book {i}",
                              "reviewer": "Ann", "published": f"2024-01-{i:02d}", "body_text": body,
                              "body_markdown": body})
    db.close()
    return path


def test_migration_keeps_every_match_and_adds_the_blog(old_archive):
    before = {word: matches(old_archive, word) for word in ("heron", "lighthouse", "sea")}
    db = open_db(old_archive)
    db.close()
    assert {word: matches(old_archive, word) for word in before} == before
    integrity_check(old_archive)
    with sqlite3.connect(old_archive) as conn:
        columns = [r[1] for r in conn.execute("pragma table_info(reviews_fts)")]
        per_blog = dict(conn.execute("select source_slug, count(*) from reviews group by source_slug"))
        config = dict(conn.execute("select k, v from reviews_fts_config"))
    assert columns == list(search_index.COLUMNS)
    assert config.get("hashsize") == search_index.DEFAULT_HASHSIZE  # the build's larger buffer is not kept
    for slug, count in per_blog.items():
        assert len(matches(old_archive, f'blog : "{search_index.blog_token(slug)}"')) == count
    # "alpha" is not a prefix match of "alpha-2": each blog is one token
    alpha = matches(old_archive, f'blog : "{search_index.blog_token("alpha")}" AND heron')
    with sqlite3.connect(old_archive) as conn:
        expected = [r for (r,) in conn.execute(
            "select id from reviews where source_slug = 'alpha' and body_text like '%heron%' order by id")]
    assert alpha == expected and alpha


def test_triggers_follow_every_write_and_skip_unindexed_columns(old_archive):
    open_db(old_archive).close()
    with sqlite3.connect(old_archive) as conn:
        conn.execute("update reviews set last_seen = '2025-01-01', crawl_id = null")
    assert matches(old_archive, "heron")  # unchanged, and the index was not written:
    untouched = structure(old_archive)
    with sqlite3.connect(old_archive) as conn:
        conn.execute("update reviews set last_seen = '2025-02-02' where id = 4")
        # as the store saves a review fetched again unchanged: every column set, to the values it had
        conn.execute("update reviews set title = title, body_text = body_text, source_slug = source_slug where id = 4")
    assert structure(old_archive) == untouched
    with sqlite3.connect(old_archive) as conn:
        conn.execute("update reviews set body_text = 'Only a cormorant now.' where id = 4")
        conn.execute("update reviews set source_slug = 'bücher' where id = 8")
        conn.execute("delete from reviews where id = 12")
    assert structure(old_archive) != untouched
    integrity_check(old_archive)
    assert 4 not in matches(old_archive, "heron") and matches(old_archive, "cormorant") == [4]
    assert 8 in matches(old_archive, f'blog : "{search_index.blog_token("bücher")}" AND heron')
    assert 12 not in matches(old_archive, "lighthouse")


@pytest.fixture
def served(tmp_path):
    path = tmp_path / "shelfmark.db"
    rows = [(SOURCES[i % 3]["slug"], f"http://{i}.test/r", "Heron days" if i % 7 == 0 else f"Notes {i}",
             f"Book {i}", "Ann Author", f"2024-02-{1 + i % 28:02d}",
             # the word 1-3 times in texts of 0-39 more words: lengths and counts that cross
             "The heron waits. " * (1 + i % 3) + "marsh " * (i * 7 % 40) + f"Entry {i} about the sea.", 0.8)
            for i in range(60)]
    add_reviews(path, rows, SOURCES)
    return path


@pytest.mark.parametrize("blog", ["alpha", "alpha-2", "bücher"])
async def test_a_blog_search_ranks_the_blogs_matches_as_bm25_does(served, blog):
    ds = make_datasette(served)
    response = await ds.client.get("/shelfmark/search.json", params={"_shape": "array", "q": "the heron", "blog": blog})
    assert response.status_code == 200, response.text
    rows = response.json()
    with sqlite3.connect(served) as conn:
        expected = [r for (r,) in conn.execute(
            f"select rowid from reviews_fts where reviews_fts match 'heron' "
            f"and rowid in (select id from reviews where source_slug = ?) order by bm25(reviews_fts, {WEIGHTS}), rowid",
            [blog])]
    assert [r["id"] for r in rows] == expected and len(expected) == 20
    assert {r["source_slug"] for r in rows} == {blog}
    assert all("<mark>heron</mark>" in r["snippet"].lower() and "blog" not in r["snippet"] for r in rows)


async def test_a_blog_search_with_another_filter_keeps_both(served):
    ds = make_datasette(served)
    rows = (await ds.client.get("/shelfmark/search.json",
                                params={"_shape": "array", "q": "heron", "blog": "alpha", "until": "2024-02-10"})).json()
    with sqlite3.connect(served) as conn:
        expected = {r for (r,) in conn.execute(
            "select id from reviews where source_slug = 'alpha' and published <= '2024-02-10'")}
    assert {r["id"] for r in rows} == expected and rows
    assert all("<mark>heron</mark>" in r["snippet"].lower() for r in rows)


def test_filtered_snippets_find_each_review_by_rowid(served):
    """With a filter other than the blog, the 50 shown can lie anywhere: each snippet must come from a
    rowid lookup in the index, not from walking every match and keeping the 50 (a word in 12% of a million
    reviews: 0.1-1.9 s)."""
    sql = yaml.safe_load((CONFIG_DIR / "metadata.yml").read_text())["databases"]["shelfmark"]["queries"]["search"]["sql"]
    params = {"q": "heron", "book": "", "author": "", "blog": "", "min_stars": "4", "since": "", "until": ""}
    with sqlite3.connect(served) as conn:
        shelfmark_fts.prepare_connection(conn)
        plan = [row[3] for row in conn.execute("explain query plan " + sql, params)]
    walks = [line for line, after in zip(plan, plan[1:]) if "reviews_fts VIRTUAL TABLE" in line and "SEARCH best" in after]
    lookups = [after for line, after in zip(plan, plan[1:]) if line == "SCAN best" and "reviews_fts" in after]
    assert not walks and lookups and all(":=" in line for line in lookups), plan


async def test_the_blog_filter_lists_every_blog_escaped_with_the_chosen_one_selected(tmp_path):
    path = tmp_path / "shelfmark.db"
    sources = [*SOURCES, {"slug": "odd", "name": '<b>Tom & "Jerry"</b>', "home_url": "http://odd.test/"}]
    add_reviews(path, [("odd", "http://odd.test/r", "Heron", "Book", "Ann", "2024-01-01", "A heron.", 0.8)], sources)
    page = (await make_datasette(path).client.get("/search", params={"q": "heron", "blog": "bücher"})).text
    select = page[page.index('<select name="blog">'):]
    select = select[: select.index("</select>")]
    assert select.count("<option") == len(sources) + 1  # and "any"
    assert '<option value="bücher" selected>Bücherblog</option>' in select
    assert select.count("selected") == 1
    odd = select[select.index('<option value="odd">') + len('<option value="odd">'):]
    odd = odd[: odd.index("</option>")]
    assert html.unescape(odd) == '<b>Tom & "Jerry"</b>' and "<b>" not in select and '"Jerry' not in select
