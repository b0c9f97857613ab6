"""The archive's schema, as versioned sqlite-utils migrations.

Every schema change is a new function decorated with `@migrations()` appended
below; never edit one that has shipped, because databases in the wild have it
recorded as applied in `_sqlite_migrations`.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations
from sqlite_utils.db import DescIndex

from archive.views import BOOK_SUMMARY_SQL, REVIEW_INDEX_SQL, REVIEWS_BY_BOOK_SQL

logger = logging.getLogger(__name__)

MIGRATION_SET = "shelfmark"
migrations = Migrations(MIGRATION_SET)

CRAWL_STATUSES = ("running", "finished", "failed", "interrupted")

# Porter stemming so "reviewing" finds "reviewed"; remove_diacritics 2 so
# "Paramo" finds "Páramo" (readers rarely type accents).
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"
FTS_COLUMNS = ["title", "book_title", "book_author", "reviewer", "body_text"]

CRAWL_COUNT_COLUMNS = (
    "pages_fetched",
    "pages_failed",
    "reviews_new",
    "reviews_changed",
    "reviews_unchanged",
    "non_reviews",
    "dropped",
    "bytes",
)

# Per source per crawl (crawl_sources): pages new/changed/unchanged/gone, plus the review outcomes.
SOURCE_COUNT_COLUMNS = (
    "fetched",
    "new",
    "changed",
    "unchanged",
    "gone",
    "failed",
    "dropped",
    "bytes",
    "reviews_new",
    "reviews_changed",
    "non_reviews",
)

# Counts m010 added to both crawl records, kept out of the two tuples above (m001 and m002 make their tables from
# them, and a shipped migration must make the same table on a fresh archive): the reviews a crawl no longer read
# as reviews, kept and marked (archive/unreviewed.py). Null on records made before m010: not counted then.
LATER_COUNT_COLUMNS = ("reviews_unreviewed",)

@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {
            "slug": str,
            "name": str,
            "home_url": str,
            "platform": str,
            "feeds": str,  # JSON list
            "sitemaps": str,  # JSON list
            "first_seen": str,
            "last_seen": str,
        },
        pk="slug",
        not_null={"name"},
    )
    db["crawls"].create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,
            "sources": str,  # JSON list of slugs
            "user_agent": str,
            "extractor_version": str,
            **{name: int for name in CRAWL_COUNT_COLUMNS},
            "counts": str,  # JSON: any other counters the crawler kept
        },
        pk="id",
        not_null={"started_at", "status"},
        defaults={name: 0 for name in CRAWL_COUNT_COLUMNS},
    )
    db["pages"].create(
        {
            "id": int,
            "url": str,
            "source_slug": str,
            "crawl_id": int,
            "status": int,
            "fetched_at": str,
            "content_type": str,
            "bytes": int,
            "content_hash": str,
            "kind": str,
            "is_review": int,
            "reason": str,
            "title": str,
            "canonical_url": str,
            "language": str,
            "error": str,
            "extractor_version": str,
        },
        pk="id",
        not_null={"url", "source_slug"},
        foreign_keys=[("source_slug", "sources", "slug"), ("crawl_id", "crawls", "id")],
    )
    db["books"].create(
        {
            "id": int,
            "key": str,
            "title": str,
            "author": str,
            "year": int,
            "publisher": str,
        },
        pk="id",
        not_null={"key", "title"},
    )
    db["reviews"].create(
        {
            "id": int,
            "page_id": int,
            "url": str,
            "canonical_url": str,
            "source_slug": str,
            "book_id": int,
            "book_title": str,
            "book_author": str,
            "title": str,
            "reviewer": str,
            "published": str,
            "language": str,
            "categories": str,  # JSON list
            "tags": str,  # JSON list
            "rating_raw": str,
            "rating": float,
            "stars": float,
            "body_markdown": str,
            "body_text": str,
            "word_count": int,
            "content_hash": str,
            "first_seen": str,
            "last_seen": str,
            "crawl_id": int,
            "extractor_version": str,
        },
        pk="id",
        not_null={"page_id", "url", "source_slug"},
        foreign_keys=[
            ("page_id", "pages", "id"),
            ("source_slug", "sources", "slug"),
            ("book_id", "books", "id"),
            ("crawl_id", "crawls", "id"),
        ],
    )

    db["pages"].create_index(["url"], unique=True)
    db["books"].create_index(["key"], unique=True)
    db["reviews"].create_index(["page_id"], unique=True)
    for table, columns in {
        "pages": ["source_slug", "crawl_id", "kind"],
        "books": ["author"],
        "reviews": [
            "source_slug",
            "book_id",
            "crawl_id",
            "book_author",
            "stars",
            "published",
            "language",
        ],
    }.items():
        for column in columns:
            db[table].create_index([column])

    db["reviews"].enable_fts(FTS_COLUMNS, create_triggers=True, tokenize=FTS_TOKENIZE)
    db.create_view("book_summary", BOOK_SUMMARY_SQL)
    db.create_view("reviews_by_book", REVIEWS_BY_BOOK_SQL)


@migrations()
def m002_archivist(db: sqlite_utils.Database) -> None:
    """WARC pointers, conditional-request validators, gone dates, review versions, per-source crawl records."""
    db["pages"].add_column("warc_file", str)  # file name inside the archive's WARC folder
    db["pages"].add_column("warc_offset", int)  # byte offset of the response record
    db["pages"].add_column("etag", str)
    db["pages"].add_column("last_modified", str)
    db["pages"].add_column("gone_at", str)  # first 404/410 after it was archived; never deleted
    db["pages"].add_column("checked_at", str)  # last time a crawl confirmed it unchanged
    db["pages"].add_column("last_crawl_id", int)  # last crawl that fetched or confirmed it (resume reads it)
    db["reviews"].add_column("gone_at", str)
    db["review_versions"].create(
        {
            "id": int,
            "review_id": int,
            "version": int,
            "body_markdown": str,
            "body_text": str,
            "content_hash": str,
            "seen_at": str,
            "crawl_id": int,
            "extractor_version": str,
            "warc_file": str,
            "warc_offset": int,
        },
        pk="id",
        not_null={"review_id", "version"},
        foreign_keys=[("review_id", "reviews", "id"), ("crawl_id", "crawls", "id")],
    )
    db["review_versions"].create_index(["review_id", "version"], unique=True)
    db["crawl_sources"].create(
        {
            "crawl_id": int,
            "source_slug": str,
            "started_at": str,
            "finished_at": str,
            "status": str,
            **{name: int for name in SOURCE_COUNT_COLUMNS},
            "dropped_reasons": str,  # JSON: reason -> count
        },
        pk=("crawl_id", "source_slug"),
        foreign_keys=[("crawl_id", "crawls", "id")],
        defaults={name: 0 for name in SOURCE_COUNT_COLUMNS},
    )
    db["crawl_sources"].create_index(["source_slug"])
    # Backfill: every review already archived becomes its own version 1.
    db.execute(
        "insert into review_versions (review_id, version, body_markdown, body_text, content_hash, seen_at, crawl_id, extractor_version) "
        "select id, 1, body_markdown, body_text, content_hash, first_seen, crawl_id, extractor_version from reviews"
    )


@migrations()
def m003_reader_review_index(db: sqlite_utils.Database) -> None:
    """A view readers facet by blog, author, rating and year, and indexes for complete CSV streams."""
    db.create_view("review_index", REVIEW_INDEX_SQL)
    # Datasette 0.65.5 orders a table's first page by the sort column alone and later
    # pages by (column, id): sorted descending on a plain index, ties come back in id
    # order reversed and a streamed CSV loses and repeats rows (measured: 1,766 of
    # 2,500 reviews, 1,717 distinct). With (column desc, id) SQLite reads ties in id
    # order on every page, so `published` (the default sort) and `stars` stream whole.
    db["reviews"].create_index([DescIndex("published"), "id"], index_name="idx_reviews_published_desc_id")
    db["reviews"].create_index([DescIndex("stars"), "id"], index_name="idx_reviews_stars_desc_id")


# What a reviewer notes beside the review (scraper/extract/notes.py), on the review and on each version.
NOTE_COLUMNS = {"disclosure": str, "content_warnings": str, "spoiler_sections": int}


@migrations()
def m004_review_notes(db: sqlite_utils.Database) -> None:
    """Free-copy disclosures, content warnings and spoiler sections. Rows made before stay null (not looked
    for, which is not "none"): `shelfmark reextract` fills them from the captures."""
    for table in ("reviews", "review_versions"):
        for column, kind in NOTE_COLUMNS.items():
            db[table].add_column(column, kind)


@migrations()
def m005_reader_counts(db: sqlite_utils.Database) -> None:
    """Counts the whole-archive reader pages show (books, authors, blogs, months, ratings), kept up to date by
    triggers (archive/counts.py) instead of counted per request; filled here from the reviews: 27 s on
    the 13 GB benchmark archive of a million reviews (two covering indexes, five `group by` passes)."""
    from archive import counts

    counts.create(db)
    db.execute("drop view book_summary")
    db.create_view("book_summary", BOOK_SUMMARY_KEPT_SQL)


# book_summary since m005: the kept counts (book_stats) instead of a `group by` over every review.
BOOK_SUMMARY_KEPT_SQL = """
select
  books.id as book_id,
  books.title,
  books.author,
  books.year,
  coalesce(s.review_count, 0) as review_count,
  coalesce(s.source_count, 0) as source_count,
  round(s.rating_mean, 3) as average_rating,
  round(s.rating_mean * 5, 1) as average_stars,
  s.first_review,
  s.last_review
from books
left join book_stats s on s.book_id = books.id
"""


@migrations()
def m006_book_summary_of_reviewed_books(db: sqlite_utils.Database) -> None:
    """book_summary from book_stats outwards: one row per reviewed book (the store drops a book when its last
    review goes), so Datasette's table of it, sorted by review_count, walks the kept index instead of sorting
    every book (233 ms -> 1 ms at a million reviews)."""
    db.execute("drop view book_summary")
    db.create_view("book_summary", BOOK_SUMMARY_REVIEWED_SQL)


BOOK_SUMMARY_REVIEWED_SQL = """
select
  books.id as book_id,
  books.title,
  books.author,
  books.year,
  s.review_count,
  s.source_count,
  round(s.rating_mean, 3) as average_rating,
  round(s.rating_mean * 5, 1) as average_stars,
  s.first_review,
  s.last_review
from book_stats s
join books on books.id = s.book_id
"""



@migrations()
def m007_search_index_with_blog(db: sqlite_utils.Database) -> None:
    """The full-text index made again with each review's blog in it, in one segment (archive/search_index.py;
    789 s at a million reviews). One transaction: killed part way, the old index stays."""
    from archive import search_index

    search_index.create(db, log=lambda message: logger.info("m007: %s", message))



@migrations()
def m008_search_index_skips_unchanged_text(db: sqlite_utils.Database) -> None:
    """m007's FTS update trigger again, firing only when an indexed value changes (the store sets every column)."""
    from archive import search_index

    search_index.replace_triggers(db.conn)


@migrations()
def m009_reviews_no_longer_reviews_kept(db: sqlite_utils.Database) -> None:
    """A review a later reading no longer takes for one is kept and marked (`reviews.unreviewed_at`,
    `unreviewed_kind`) instead of deleted, and left out of the reader views, search and counts
    (archive/unreviewed.py). Remakes the two covering count indexes with the marker in them."""
    from archive import unreviewed

    unreviewed.migrate(db)


@migrations()
def m010_crawl_records_count_unreviewed(db: sqlite_utils.Database) -> None:
    """`crawls` and `crawl_sources` count the reviews a crawl no longer read as reviews (`reviews_unreviewed`,
    the store's outcome since m009), 0 on every record made from now on; records made before stay null, as
    they were not counted then (before m009 such a review was deleted and counted as a non-review only)."""
    for table in ("crawls", "crawl_sources"):
        for column in LATER_COUNT_COLUMNS:
            db.execute(f"alter table {table} add column {column} integer default 0")
            db.execute(f"update {table} set {column} = null")


@migrations()
def m011_book_keys_for_names_written_without_spaces(db: sqlite_utils.Database) -> None:
    """Books keyed again (archive/rekey.py): a name in Chinese, Japanese or Korean script has one key with or without
    the space between its parts, and a one-letter word of a script without case is kept; books that now share a
    key are merged."""
    from archive import rekey

    logger.info("m011: %s", rekey.rekey_books(db))


@migrations()
def m012_moved_blogs(db: sqlite_utils.Database) -> None:
    """`source_moves` and `review_moves`: a blog's confirmed moves to a new address, and each review carried on
    from its old page to its new one (archive/moves.py), so a moved blog's reviews are continued, not doubled."""
    from archive import moves

    moves.create(db)


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open the archive at `path`, creating it if needed, and apply pending migrations."""
    db = sqlite_utils.Database(path)
    # Both pragmas must be set outside a transaction and per connection.
    db.enable_wal()
    db.execute("PRAGMA synchronous=NORMAL;")
    db.execute("PRAGMA foreign_keys=ON;")
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        logger.info("applying migrations to %s: %s", path, ", ".join(pending))
        migrations.apply(db)
    return db
