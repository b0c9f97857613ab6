"""Reviews that a later reading no longer takes for reviews: kept, marked, and out of the readers' way.

A blogger edits a review into a reading list, or a better classifier makes `shelfmark reextract`
read a page as an announcement. Nothing archived is deleted for that: the review row and every
one of its versions stay, and the row is marked (`reviews.unreviewed_at`: when a reading first
found it no longer a review; `reviews.unreviewed_kind`: the kind it was read as, the page row
keeping the extractor's reason). Like a withdrawn review, a marked one is left out of what
readers see: the reader views (`review_index`, `reviews_by_book`), the canned queries, the search
index (archive/search_index.py) and the kept counts (archive/counts.py). Researchers still find
it in the `reviews` table, marker and all, and in every export. When a later reading takes the
page for a review again, the same row comes back with the mark cleared, and a new version only
if its text changed (archive/store.py). Its book stays while any review of it, marked or not, does.

Migration m009 adds the columns; code that earlier migrations run (`counts.create`,
`search_index.create`) asks `marks(conn)` whether they are there yet.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

COLUMNS = {"unreviewed_at": str, "unreviewed_kind": str}
# The count triggers' covering indexes, with the marker as a last column so that they still cover a
# count of the reviews readers see (SQLite 3.40 does not take a partial index as covering).
COUNT_INDEXES = {
    "idx_reviews_book_counts": ("book_id", "published", "source_slug", "rating", "stars", "unreviewed_at"),
    "idx_reviews_source_published": ("source_slug", "published", "stars", "unreviewed_at"),
}


def marks(conn: sqlite3.Connection) -> bool:
    """Has this archive the marker column yet (migration m009)?"""
    return any(row[1] == "unreviewed_at" for row in conn.execute("pragma table_info(reviews)"))


def per_source(conn: sqlite3.Connection) -> dict[str, int]:
    """How many reviews of each blog are kept, marked as no longer reviews."""
    return dict(conn.execute("select source_slug, count(*) from reviews where unreviewed_at is not null group by source_slug"))


def migrate(db: sqlite_utils.Database) -> None:
    """m009: the marker columns, the count indexes that cover them, and the search index, counts and reader
    views made to leave marked reviews out. No review is marked yet, so no count or index entry changes."""
    from archive import counts, search_index
    from archive.views import REVIEW_INDEX_LIVE_SQL, REVIEWS_BY_BOOK_LIVE_SQL

    for column, kind in COLUMNS.items():
        db["reviews"].add_column(column, kind)
    for name, columns in COUNT_INDEXES.items():
        db.execute(f"drop index if exists {name}")
        db.execute(f"create index {name} on reviews ({', '.join(columns)})")
    # The few marked rows, per blog, for `shelfmark status` without reading every review.
    db.execute("create index idx_reviews_unreviewed on reviews (source_slug, unreviewed_at) where unreviewed_at is not null")
    counts.replace_triggers(db)
    db.execute(f'drop view if exists "{search_index.CONTENT_VIEW}"')
    db.execute(f'create view "{search_index.CONTENT_VIEW}" as {search_index.content_sql(db.conn)}')
    search_index.replace_triggers(db.conn)
    for view, sql in (("review_index", REVIEW_INDEX_LIVE_SQL), ("reviews_by_book", REVIEWS_BY_BOOK_LIVE_SQL)):
        db.execute(f"drop view if exists {view}")
        db.create_view(view, sql)
