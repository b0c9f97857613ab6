"""The full-text index readers search (`reviews_fts`), with each review's blog in it.

The index holds the five text columns of a review (title, book title, book author,
reviewer, text) and, since migration m007, a sixth: `blog`, one token per review
that names its blog (the hex of the slug, so it is a single token no word of a
review can equal). A search of one blog then asks FTS5 for `blog : "<token>" AND
(<words>)`, and FTS5 answers it inside the index, stepping between the two lists of
matches, instead of reading every review that holds the words to keep the blog's
(a very common word: 600,000 reviews read for one blog's 1,250; docs/benchmarks.md).

The ranking gives the blog column no weight (`WEIGHTS`), so a blog's token never
changes a score; it does count as one more word of each review in bm25's length
normalisation, the same for every review.

The index reads its text through the view `reviews_fts_content` (external content:
the words are not stored twice), and triggers on `reviews` keep it up to date in the
same transaction as every write. The update trigger fires only when an indexed
column's value changes, so a crawl that saves a review again unchanged, or only
marks it as seen or gone, leaves the index alone (re-indexing a review tokenises its
whole text twice, to delete and to insert). Since m009 a review marked as no longer one
(`unreviewed_at`, archive/unreviewed.py) leaves the index, and the view, until the mark clears.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable

import sqlite_utils

from archive import unreviewed

logger = logging.getLogger(__name__)

TABLE = "reviews_fts"
CONTENT_VIEW = "reviews_fts_content"
TEXT_COLUMNS = ("title", "book_title", "book_author", "reviewer", "body_text")
COLUMNS = (*TEXT_COLUMNS, "blog")
# bm25 weights, column by column: a match in the title or the book counts more than one in the text;
# the blog token counts nothing (it is matched only to filter by blog).
WEIGHTS = (8.0, 6.0, 4.0, 2.0, 1.0, 0.0)
# Porter stemming so "reviewing" finds "reviewed"; remove_diacritics 2 so "Paramo" finds "Páramo".
TOKENIZE = "porter unicode61 remove_diacritics 2"
# FTS5 keeps new entries in memory until this many bytes and then writes them out as a segment to merge
# later; the default (1 MB) makes thousands of small segments while the index is built from scratch.
BUILD_HASHSIZE = 64 * 1024 * 1024
DEFAULT_HASHSIZE = 1024 * 1024

CONTENT_SQL = f"""
select id, {", ".join(TEXT_COLUMNS)}, lower(hex(source_slug)) as blog
from reviews
"""
# Since m009 a review a later reading no longer takes for one keeps its row, marked (archive/unreviewed.py),
# and leaves the index: readers do not find it. The index reads only unmarked rows.
CONTENT_MARKED_SQL = CONTENT_SQL + "where unreviewed_at is null\n"


def content_sql(conn: sqlite3.Connection) -> str:
    return CONTENT_MARKED_SQL if unreviewed.marks(conn) else CONTENT_SQL


def blog_token(slug: str) -> str:
    """The index's token for a blog: what `lower(hex(source_slug))` gives for the slug."""
    return slug.encode("utf-8").hex()


def _values(row: str) -> str:
    return ", ".join([*(f'{row}."{c}"' for c in TEXT_COLUMNS), f"lower(hex({row}.source_slug))"])


def triggers_sql(marks: bool = False) -> list[str]:
    """The three triggers that keep the index in step with `reviews`; with `marks` (m009 on), only for rows
    not marked as no longer reviews: marking one takes it out of the index, clearing the mark puts it back."""
    names = ", ".join(f'"{c}"' for c in COLUMNS)
    insert = f'INSERT INTO "{TABLE}" (rowid, {names}) SELECT new.id, {_values("new")}'
    delete = f"""INSERT INTO "{TABLE}" ("{TABLE}", rowid, {names}) SELECT 'delete', old.id, {_values("old")}"""
    if marks:
        insert, delete = insert + " WHERE new.unreviewed_at IS NULL", delete + " WHERE old.unreviewed_at IS NULL"
    insert, delete = insert + ";", delete + ";"
    watched = ["id", *TEXT_COLUMNS, "source_slug", *(["unreviewed_at"] if marks else [])]
    changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in watched)
    return [
        f'CREATE TRIGGER "reviews_ai" AFTER INSERT ON "reviews" BEGIN\n  {insert}\nEND',
        f'CREATE TRIGGER "reviews_ad" AFTER DELETE ON "reviews" BEGIN\n  {delete}\nEND',
        f'CREATE TRIGGER "reviews_au" AFTER UPDATE OF {", ".join(watched)} ON "reviews"\n'
        f"WHEN {changed} BEGIN\n  {delete}\n  {insert}\nEND",
    ]


def replace_triggers(conn: sqlite3.Connection) -> None:
    """Make the index's three triggers again (as `triggers_sql` writes them now)."""
    for trigger in ("reviews_ai", "reviews_ad", "reviews_au"):
        conn.execute(f'drop trigger if exists "{trigger}"')
    for statement in triggers_sql(unreviewed.marks(conn)):
        conn.execute(statement)


def fill(conn: sqlite3.Connection, log: Callable[[str], None] = logger.info) -> dict:
    """Index every review again ('rebuild') and merge the index into one segment ('optimize'), with a large
    in-memory buffer while it is built. Returns the seconds each step took."""
    took = {}
    reviews = conn.execute("select count(*) from reviews").fetchone()[0]
    log(f"indexing {reviews:,} reviews for search")
    conn.execute(f"insert into {TABLE}({TABLE}, rank) values ('hashsize', {BUILD_HASHSIZE})")
    step = time.monotonic()
    conn.execute(f"insert into {TABLE}({TABLE}) values ('rebuild')")
    took["rebuild"] = time.monotonic() - step
    log(f"indexed in {took['rebuild']:.0f} s; merging the index into one segment")
    step = time.monotonic()
    conn.execute(f"insert into {TABLE}({TABLE}) values ('optimize')")
    took["optimize"] = time.monotonic() - step
    conn.execute(f"insert into {TABLE}({TABLE}, rank) values ('hashsize', {DEFAULT_HASHSIZE})")  # everyday writes
    return took


def create(db: sqlite_utils.Database, log: Callable[[str], None] = logger.info) -> dict:
    """(Re)make the index, its content view and its triggers, filled from `reviews` and merged into one
    segment. Runs inside the caller's transaction, so a failure or a kill leaves the index as it was.
    Returns the seconds each step took."""
    conn = db.conn
    took: dict[str, float] = {}
    started = time.monotonic()
    for trigger in ("reviews_ai", "reviews_ad", "reviews_au"):
        conn.execute(f'drop trigger if exists "{trigger}"')  # they would write to the index while it is made
    conn.execute(f'drop table if exists "{TABLE}"')
    conn.execute(f'drop view if exists "{CONTENT_VIEW}"')
    conn.execute(f'create view "{CONTENT_VIEW}" as {content_sql(conn)}')
    conn.execute(
        f'create virtual table "{TABLE}" using fts5({", ".join(COLUMNS)}, '
        f"tokenize='{TOKENIZE}', content='{CONTENT_VIEW}', content_rowid='id')"
    )
    took["drop"] = time.monotonic() - started
    took |= fill(conn, log)
    replace_triggers(conn)
    took["total"] = time.monotonic() - started
    return took
