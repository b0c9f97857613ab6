"""A review that a later reading no longer takes for one: kept with its versions, marked, out of the readers' way.

Real SQLite files written through `Archive`, the real Datasette (its test client) for what readers and
researchers see, a real export, and an archive made before migration m009 migrated with its data in it.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3

import pytest
import sqlite_utils

from archive import counts, unreviewed
from archive.export import export_release
from archive.schema import migrations, open_db
from archive.serve import make_datasette
from archive.store import Archive
from tests.reader_archive import add_reviews, page_item, record

URL = "http://beta.test/paramo"  # the only review of Pedro Páramo, from beta
PARAMO = ("Comala", "Pedro Páramo", "Juan Rulfo", "2023-11-20")
EDITED = "Ghosts whisper in Comala; Páramo is the father. Read again: stranger still, and essential."


def reread(archive: Archive, url: str, rec: dict, content_hash: str) -> dict:
    """One crawl of one page, its per-source record kept as a real crawl keeps it."""
    crawl = archive.start_crawl(["beta"])
    item = {**page_item(crawl, "beta", url, rec), "content_hash": content_hash}
    archive.save_pages([item], tally={"crawl_id": crawl, "source_slug": "beta", "fetched": 1})
    archive.finish_crawl(crawl, {"pages_fetched": 1})
    return archive.source_records(crawl)["beta"]


def as_list(url: str) -> dict:
    return {**record(url, *PARAMO, "My autumn reading list: Rulfo, then Fuentes.", None),
            "kind": "list", "is_review": False, "reason": "a list of books, none reviewed at length"}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "shelfmark.db"
    add_reviews(path)
    with Archive(path) as archive:  # an edit on the blog: a second version
        reread(archive, URL, record(URL, *PARAMO, EDITED, 1.0), "1" * 64)
    return path


async def seen(ds, review_id: int, book_id: int) -> dict[str, bool]:
    """Where readers and researchers meet the review."""
    async def rows(path, **params):
        return (await ds.client.get(path, params={"_shape": "array", **params})).json()

    blog = (await ds.client.get("/blog/beta")).text
    return {
        "review_index": any(r["review_id"] == review_id for r in await rows("/shelfmark/review_index.json", _size="max")),
        "search": [r["id"] for r in await rows("/shelfmark/search.json", q="comala")] == [review_id],
        "table search": [r["id"] for r in await rows("/shelfmark/reviews.json", _search="comala")] == [review_id],
        "newest": any(r["id"] == review_id for r in await rows("/shelfmark/newest_reviews.json")),
        "blog page": "Comala" in blog,
        "book page": (await ds.client.get(f"/book/{book_id}")).status_code == 200,
        "reviews table": (await ds.client.get(f"/shelfmark/reviews/{review_id}.json")).json()["rows"] != [],
    }


async def test_a_review_read_as_a_list_is_kept_marked_and_comes_back(db, tmp_path):
    with Archive(db) as archive:
        (review_id, book_id) = archive.db.execute("select id, book_id from reviews where url = ?", [URL]).fetchone()
        assert archive.db["reviews"].count_where("book_id = ?", [book_id]) == 1  # its book's only review
        ds = make_datasette(db)
        assert set((await seen(ds, review_id, book_id)).values()) == {True}

        record_kept = reread(archive, URL, as_list(URL), "2" * 64)  # the blogger turned it into a list
        assert (record_kept["changed"], record_kept["non_reviews"], record_kept["reviews_new"],
                record_kept["reviews_changed"]) == (1, 1, 0, 0)
        row = archive.db["reviews"].get(review_id)
        assert (row["unreviewed_kind"], row["body_text"], row["book_id"]) == ("list", EDITED, book_id)
        assert row["unreviewed_at"] == "2024-06-02T10:00:00+00:00"
        assert [v["body_text"].startswith("Ghosts") for v in archive.db["review_versions"].rows_where(
            "review_id = ?", [review_id], order_by="version")] == [True, True]
        assert archive.db["books"].get(book_id)["title"] == "Pedro Páramo"  # its book stays

    ds = make_datasette(db)
    assert await seen(ds, review_id, book_id) == {"review_index": False, "search": False, "table search": False, "newest": False,
                                         "blog page": False, "book page": False, "reviews table": True}
    page = (await ds.client.get(f"/review/{review_id}")).text
    assert "No longer read as a review." in page and "reads this page as list" in page
    blogs = (await ds.client.get("/shelfmark/blogs.json", params={"_shape": "array", "slug": "beta"})).json()
    assert blogs[0]["reviews"] == 1

    release = export_release(db, tmp_path / "out", today=dt.date(2025, 4, 1))
    with open(release / "data/reviews.csv", newline="", encoding="utf-8") as f:
        exported = {int(r["id"]): r for r in csv.DictReader(f)}
    assert exported[review_id]["unreviewed_at"] == "2024-06-02T10:00:00+00:00" and exported[review_id]["body_text"] == EDITED
    with open(release / "data/review_versions.csv", newline="", encoding="utf-8") as f:
        assert sum(int(r["review_id"]) == review_id for r in csv.DictReader(f)) == 2
    provenance = json.loads((release / "provenance.json").read_text())
    beta = next(s for s in provenance["sources"] if s["slug"] == "beta")
    assert (beta["reviews"], beta["no_longer_reviews"], provenance["reviews"]) == (1, 1, 4)
    assert "1 rows that a later reading no longer takes for reviews" in (release / "README.md").read_text()

    with Archive(db) as archive:  # the blogger put the review back as it was
        record_back = reread(archive, URL, record(URL, *PARAMO, EDITED, 1.0), "1" * 64)
        assert (record_back["reviews_new"], record_back["reviews_changed"], record_back["non_reviews"]) == (0, 0, 0)
        row = archive.db["reviews"].get(review_id)
        assert (row["unreviewed_at"], row["unreviewed_kind"]) == (None, None)
        assert archive.db["review_versions"].count_where("review_id = ?", [review_id]) == 2  # same text: no version
        for table in counts.FILL_ORDER:
            assert counts.kept(archive.db, table) == counts.fresh(archive.db, table), table
    assert set((await seen(make_datasette(db), review_id, book_id)).values()) == {True}


def test_a_withdrawal_and_restore_keep_the_mark(db):
    """Restored rows are inserted again: a marked one must come back marked, still out of search and counts."""
    from archive.withdraw import restore, withdraw

    with Archive(db) as archive:
        reread(archive, URL, as_list(URL), "2" * 64)
        withdraw(archive, "beta", "asked to take it down")
        restore(archive, "beta")
        (row,) = archive.db.execute("select id, unreviewed_kind from reviews where url = ?", [URL]).fetchall()
        assert row[1] == "list" and archive.db["review_versions"].count_where("review_id = ?", [row[0]]) == 2
        archive.db.execute("insert into reviews_fts(reviews_fts) values ('integrity-check')")
        assert archive.db.execute("select rowid from reviews_fts where reviews_fts match 'comala'").fetchall() == []
        for table in counts.FILL_ORDER:
            assert counts.kept(archive.db, table) == counts.fresh(archive.db, table), table


def test_status_names_the_blogs_with_reviews_kept_marked(db, tmp_path):
    from scraper.sources import load_sources
    from shelfmark.status import status_lines

    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - slug: beta\n    name: Beta Books\n    home_url: http://beta.test/\n", encoding="utf-8")
    assert not any("no longer read as reviews" in line for line in status_lines(load_sources(sources), str(db)))
    with Archive(db) as archive:
        reread(archive, URL, as_list(URL), "2" * 64)
    assert status_lines(load_sources(sources), str(db))[-1] == (
        "kept, but no longer read as reviews (reviews.unreviewed_at): beta 1")


def test_migration_keeps_an_older_archive_whole_and_marks_from_then_on(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m009_reviews_no_longer_reviews_kept")
    db["sources"].insert({"slug": "beta", "name": "Beta Books", "home_url": "http://beta.test/"})
    db["books"].insert_all([{"id": 1, "key": "pedro paramo|juan rulfo", "title": "Pedro Páramo", "author": "Juan Rulfo"},
                            {"id": 2, "key": "aura|carlos fuentes", "title": "Aura", "author": "Carlos Fuentes"}])
    for i, (book, words, stars) in enumerate([(1, "Ghosts whisper in Comala.", 5.0), (2, "A house in Mexico City.", 4.0),
                                              (1, "Comala again, years later.", 3.0)], start=1):
        db["pages"].insert({"id": i, "url": f"http://beta.test/{i}", "source_slug": "beta", "kind": "review", "is_review": 1})
        db["reviews"].insert({"id": i, "page_id": i, "url": f"http://beta.test/{i}", "source_slug": "beta", "book_id": book,
                              "title": f"Post {i}", "published": f"2024-0{i}-01", "stars": stars, "rating": stars / 5,
                              "body_text": words, "body_markdown": words, "content_hash": str(i) * 64})
        db["review_versions"].insert({"review_id": i, "version": 1, "body_text": words, "content_hash": str(i) * 64})
    before = {table: counts.kept(db, table) for table in counts.FILL_ORDER}
    index_rows = db.execute("select * from review_index order by review_id").fetchall()
    db.close()

    db = open_db(path)  # as `shelfmark serve` or a crawl opens it: m009 applies to the data in it
    try:
        assert {"unreviewed_at", "unreviewed_kind"} <= set(db["reviews"].columns_dict)
        assert db.execute("select count(*) from reviews where unreviewed_at is not null").fetchone() == (0,)
        assert {table: counts.kept(db, table) for table in counts.FILL_ORDER} == before
        assert db.execute("select * from review_index order by review_id").fetchall() == index_rows
        db.execute("insert into reviews_fts(reviews_fts) values ('integrity-check')")
        for name, columns in unreviewed.COUNT_INDEXES.items():
            assert tuple(r[2] for r in db.execute(f"pragma index_info({name})")) == columns
    finally:
        db.close()

    with Archive(path) as archive:
        crawl = archive.start_crawl(["beta"])
        archive.save_pages([page_item(crawl, "beta", "http://beta.test/3", as_list("http://beta.test/3"))])
        assert archive.db.execute("select rowid from reviews_fts where reviews_fts match 'comala'").fetchall() == [(1,)]
        archive.db.execute("insert into reviews_fts(reviews_fts) values ('integrity-check')")
        assert archive.db.execute("select review_count, last_review from book_stats where book_id = 1").fetchone() == (1, "2024-01-01")
        for table in counts.FILL_ORDER:
            assert counts.kept(archive.db, table) == counts.fresh(archive.db, table), table
        assert archive.db["review_versions"].count == 3
        assert [r[0] for r in archive.db.execute("select review_id from review_index order by review_id")] == [1, 2]


def test_an_archive_made_before_m009_exports_as_it_is(tmp_path):
    """`shelfmark export` reads an archive without migrating it: one from before m009 exports as before."""
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m009_reviews_no_longer_reviews_kept")
    db["sources"].insert({"slug": "beta", "name": "Beta Books", "home_url": "http://beta.test/"})
    db["pages"].insert({"id": 1, "url": "http://beta.test/1", "source_slug": "beta"})
    db["reviews"].insert({"id": 1, "page_id": 1, "url": "http://beta.test/1", "source_slug": "beta", "body_text": "Comala."})
    db.close()
    assert not unreviewed.marks(sqlite3.connect(path))
    release = export_release(path, tmp_path / "out", today=dt.date(2025, 4, 1))
    provenance = json.loads((release / "provenance.json").read_text())
    assert (provenance["reviews"], provenance["no_longer_reviews"]) == (1, 0)
