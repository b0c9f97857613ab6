"""Migration m010: the crawl records count the reviews a crawl no longer read as reviews.

Real SQLite files: an archive made at m009 (crawl records, pages and reviews written as that
schema had them) opened by the current code, and a fresh archive. Records made before m010 say
"not counted" (null), never a made-up 0; every record made after counts.
"""

from __future__ import annotations

import sqlite_utils

from archive.schema import migrations, open_db
from archive.store import Archive
from scraper.run import CrawlSummary, _record_totals
from shelfmark.cli import _print_summary
from tests.reader_archive import page_item, record

COLUMN = "reviews_unreviewed"
BEFORE_M010 = "m010_crawl_records_count_unreviewed"
REVIEWS = {  # id: (url, post title, book, author, published, text)
    1: ("http://beta.test/paramo", "Comala", "Pedro Páramo", "Juan Rulfo", "2023-11-20", "Ghosts whisper in Comala."),
    2: ("http://beta.test/aura", "A house", "Aura", "Carlos Fuentes", "2024-01-10", "A house in Mexico City, and a widow."),
}


def as_list(url: str, *rest) -> dict:
    return {**record(url, *rest, 0.8), "kind": "list", "is_review": False, "reason": "a list of books"}


def columns(db: sqlite_utils.Database, table: str) -> list[tuple]:
    """Each column's name, type, not-null and default, as a fresh table would declare them."""
    return [tuple(r[1:5]) for r in db.execute(f"pragma table_info({table})")]


def made_at_m009(path) -> None:
    """An archive as m009 left it: a finished crawl and an interrupted one, with their records."""
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before=BEFORE_M010)
    assert COLUMN not in db["crawl_sources"].columns_dict  # m002 makes the table it always made
    db["sources"].insert({"slug": "beta", "name": "Beta Books", "home_url": "http://beta.test/"})
    db["crawls"].insert_all([
        {"id": 1, "started_at": "2024-05-01T10:00:00+00:00", "finished_at": "2024-05-01T10:05:00+00:00",
         "status": "finished", "sources": '["beta"]', "pages_fetched": 2, "reviews_new": 2, "bytes": 2000},
        {"id": 2, "started_at": "2024-06-01T10:00:00+00:00", "status": "interrupted", "sources": '["beta"]'}])
    db["crawl_sources"].insert_all([
        {"crawl_id": 1, "source_slug": "beta", "started_at": "2024-05-01T10:00:00+00:00", "status": "finished",
         "finished_at": "2024-05-01T10:05:00+00:00", "fetched": 2, "new": 2, "reviews_new": 2, "bytes": 2000,
         "dropped_reasons": "{}"},
        {"crawl_id": 2, "source_slug": "beta", "started_at": "2024-06-01T10:00:00+00:00", "status": "interrupted",
         "fetched": 1, "unchanged": 1, "dropped_reasons": "{}"}])
    for review_id, (url, _, book, author, published, words) in REVIEWS.items():
        db["pages"].insert({"id": review_id, "url": url, "source_slug": "beta", "crawl_id": 1, "kind": "review",
                            "is_review": 1, "content_hash": "0" * 64, "fetched_at": "2024-05-01T10:01:00+00:00"})
        db["reviews"].insert({"id": review_id, "page_id": review_id, "url": url, "source_slug": "beta", "crawl_id": 1,
                              "title": book, "book_title": book, "book_author": author, "published": published,
                              "body_text": words, "body_markdown": words, "content_hash": str(review_id) * 64})
        db["review_versions"].insert({"review_id": review_id, "version": 1, "body_text": words, "content_hash": "x"})
    db.close()


def test_a_fresh_archive_counts_from_its_first_crawl(tmp_path):
    with Archive(tmp_path / "fresh.db") as archive:
        archive.upsert_sources([{"slug": "beta", "name": "Beta Books"}])
        crawl = archive.start_crawl(["beta"])
        assert archive.db["crawls"].get(crawl)[COLUMN] == 0
        assert archive.source_records(crawl)["beta"][COLUMN] == 0
        assert dict(zip(("name", "type", "notnull", "default"), columns(archive.db, "crawl_sources")[-1])) == {
            "name": COLUMN, "type": "INTEGER", "notnull": 0, "default": "0"}


def test_m010_on_an_archive_made_at_m009(tmp_path, capsys):
    path = tmp_path / "old.db"
    made_at_m009(path)
    old = sqlite_utils.Database(path)
    before = {t: [dict(r) for r in old[t].rows] for t in ("crawls", "crawl_sources")}
    old.close()

    db = open_db(path)  # as `shelfmark crawl` or `serve` opens it
    fresh = open_db(tmp_path / "fresh.db")
    try:
        for table in ("crawls", "crawl_sources"):
            assert columns(db, table) == columns(fresh, table)  # the same table a fresh archive has
            after = [dict(r) for r in db[table].rows]
            assert [r.pop(COLUMN) for r in after] == [None, None]  # not counted then: null, not 0
            assert after == before[table]  # every other count and date as it was
    finally:
        db.close()
        fresh.close()

    with Archive(path) as archive:
        # the interrupted crawl resumes: the review it re-reads as a list is marked, its record cannot count it
        archive.resume_crawl(2, ["beta"])
        url, *rest = REVIEWS[1]
        archive.save_pages([page_item(2, "beta", url, as_list(url, *rest))],
                           tally={"crawl_id": 2, "source_slug": "beta", "fetched": 1})
        resumed = archive.source_records(2)
        assert (resumed["beta"]["non_reviews"], resumed["beta"]["fetched"], resumed["beta"][COLUMN]) == (1, 2, None)
        assert archive.db["reviews"].get(1)["unreviewed_kind"] == "list"
        totals = _record_totals(resumed, {"beta": {}})
        assert totals[COLUMN] is None and totals["non_reviews"] == 1
        archive.finish_crawl(2, totals)
        assert archive.db["crawls"].get(2)[COLUMN] is None

        # a crawl begun after m010 counts it
        crawl = archive.start_crawl(["beta"])
        url, *rest = REVIEWS[2]
        outcomes = archive.save_pages([page_item(crawl, "beta", url, as_list(url, *rest))],
                                      tally={"crawl_id": crawl, "source_slug": "beta", "fetched": 1})
        assert (outcomes["reviews_unreviewed"], outcomes["non_reviews"]) == (1, 1)
        counted = archive.source_records(crawl)
        assert (counted["beta"][COLUMN], counted["beta"]["non_reviews"]) == (1, 1)
        again = archive.save_pages([page_item(crawl, "beta", url, as_list(url, *rest))],
                                   tally={"crawl_id": crawl, "source_slug": "beta", "fetched": 1})
        assert again["reviews_unreviewed"] == 0  # marked once: a later reading of the list is a non-review only
        counted = archive.source_records(crawl)
        assert (counted["beta"][COLUMN], counted["beta"]["non_reviews"]) == (1, 2)
        new_totals = _record_totals(counted, {"beta": {}})
        archive.finish_crawl(crawl, new_totals)
        assert archive.db["crawls"].get(crawl)[COLUMN] == 1
        assert [r[COLUMN] for r in archive.db["crawls"].rows_where(order_by="id")] == [None, None, 1]

    per_source = {"beta": {"pages_fetched": 1, "record": counted["beta"]}}
    _print_summary(CrawlSummary(crawl, "finished", per_source, 1.0, record_totals=new_totals), str(path))
    _print_summary(CrawlSummary(2, "finished", {"beta": {"pages_fetched": 1, "record": resumed["beta"]}}, 1.0,
                                record_totals=totals), str(path))
    printed = capsys.readouterr().out.splitlines()
    assert "no longer reviews 1; non-reviews 2;" in printed[0]
    assert printed[1:3] == ["  beta: 1 pages; refused: 0",
                            "  beta: no longer reviews: 1, kept and marked (reviews.unreviewed_at), out of the reader's pages"]
    assert "no longer reviews not counted; non-reviews 1;" in printed[4]
