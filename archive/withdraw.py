"""Withdraw a source (a takedown) and restore it.

A withdrawn source's rows (its ``sources`` row, pages, reviews and review
versions) move out of the archive Datasette serves and exports read, into a
sidecar SQLite file beside it (``<archive>.withdrawn.db``), where they stay
recoverable; its WARC files are left where they are. The sidecar's
``withdrawals`` table keeps the slug, date and reason, so the source is not
crawled again until it is restored; nothing about the takedown stays in the
archive that is served and exported.

Rows are copied to the sidecar and committed there before they are deleted
from the archive, so a crash in between leaves two copies, never none.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from archive.store import Archive, utc_now

# source_moves and review_moves (m012) name the blog's addresses: they go with it
MOVED = ("sources", "pages", "reviews", "review_versions", "source_moves", "review_moves")
HELD_BY = "withdrawn_slug"


class WithdrawError(Exception):
    """The withdrawal or restore cannot be done; the message says why."""


def sidecar_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".withdrawn.db")


def withdrawn(db_path: str | Path) -> dict[str, dict]:
    """Withdrawn sources: slug -> {slug, withdrawn_at, reason}."""
    path = sidecar_path(db_path)
    if not path.exists():
        return {}
    side = sqlite_utils.Database(path)
    try:
        return {row["slug"]: row for row in side["withdrawals"].rows} if side["withdrawals"].exists() else {}
    finally:
        side.close()


def _rows(archive: Archive, slug: str) -> dict[str, list[dict]]:
    db = archive.db
    return {
        "sources": list(db["sources"].rows_where("slug = ?", [slug])),
        "pages": list(db["pages"].rows_where("source_slug = ?", [slug])),
        "reviews": list(db["reviews"].rows_where("source_slug = ?", [slug])),
        "review_versions": list(db.query(
            "select * from review_versions where review_id in (select id from reviews where source_slug = ?)", [slug])),
        **{table: list(db[table].rows_where("source_slug = ?", [slug])) for table in ("source_moves", "review_moves")},
    }


def withdraw(archive: Archive, slug: str, reason: str) -> dict[str, int]:
    """Move a source's rows to the sidecar; return how many rows of each table moved."""
    if not reason.strip():
        raise WithdrawError("give the reason for the withdrawal (--reason), it is kept with the record")
    if slug in withdrawn(archive.path):
        raise WithdrawError(f"{slug} is already withdrawn; `shelfmark withdraw {slug} --restore` brings it back")
    rows = _rows(archive, slug)
    if not rows["sources"]:
        raise WithdrawError(f"no source {slug!r} in {archive.path}; `shelfmark status` lists the archive's sources")
    side = sqlite_utils.Database(sidecar_path(archive.path))
    with side.conn:
        for table in MOVED:
            if rows[table]:
                # ids are reused by the archive after a delete: the sidecar keys rows by their source, not their id
                side[table].insert_all([{**row, HELD_BY: slug} for row in rows[table]], alter=True)
        side["withdrawals"].insert({"slug": slug, "withdrawn_at": utc_now(), "reason": reason}, pk="slug", replace=True)
    side.close()
    db = archive.db
    book_ids = {r["book_id"] for r in rows["reviews"] if r["book_id"]}
    # Deleted rows linger in free pages (and FTS segments) that a file copy, such as
    # an export's snapshot, carries along: zero them, and rewrite the search index.
    db.execute("PRAGMA secure_delete = ON")
    with db.atomic():
        db.execute("delete from review_versions where review_id in (select id from reviews where source_slug = ?)", [slug])
        for table in ("source_moves", "review_moves"):
            db.execute(f"delete from {table} where source_slug = ?", [slug])
        db.execute("delete from reviews where source_slug = ?", [slug])
        db.execute("delete from pages where source_slug = ?", [slug])
        db.execute("delete from sources where slug = ?", [slug])
        for book_id in book_ids:
            archive._drop_orphan_book(book_id)
        db.execute("insert into reviews_fts(reviews_fts) values ('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {table: len(rows[table]) for table in MOVED}


def restore(archive: Archive, slug: str) -> dict[str, int]:
    """Bring a withdrawn source's rows back from the sidecar (with new ids where old ones were reused)."""
    if slug not in withdrawn(archive.path):
        raise WithdrawError(f"{slug} is not withdrawn; `shelfmark status` shows which sources are")
    path = sidecar_path(archive.path)
    if not path.exists():
        raise WithdrawError(f"{path} is missing: the withdrawn rows of {slug} cannot be restored from it")
    side = sqlite_utils.Database(path)
    held = {}
    for table in MOVED:
        rows = list(side[table].rows_where(f"{HELD_BY} = ?", [slug])) if side[table].exists() else []
        for row in rows:
            row.pop(HELD_BY)
        held[table] = rows
    db = archive.db
    with db.atomic():
        for row in held["sources"]:
            db["sources"].upsert(row, pk="slug")
        page_ids = {}
        for row in held["pages"]:
            old = row.pop("id")
            page_ids[old] = int(db["pages"].insert(row).last_pk)
        new_review_ids = {}
        for row in held["reviews"]:
            old = row.pop("id")
            row["page_id"] = page_ids[row["page_id"]]
            row["book_id"] = archive._book_id({"book_title": row["book_title"], "book_author": row["book_author"]})
            new_review_ids[old] = int(db["reviews"].insert(row).last_pk)
        for row in held["review_versions"]:
            row.pop("id")
            row["review_id"] = new_review_ids[row["review_id"]]
            db["review_versions"].insert(row)
        for row in held["source_moves"]:
            row.pop("id")
            db["source_moves"].insert(row)
        for row in held["review_moves"]:
            row.pop("id")
            row["review_id"] = new_review_ids.get(row["review_id"], row["review_id"])
            row["from_page_id"] = page_ids.get(row["from_page_id"], row["from_page_id"])
            row["to_page_id"] = page_ids.get(row["to_page_id"], row["to_page_id"])
            db["review_moves"].insert(row)
    with side.conn:
        for table in MOVED:
            if side[table].exists():
                side.execute(f"delete from [{table}] where {HELD_BY} = ?", [slug])
        side.execute("delete from withdrawals where slug = ?", [slug])
    side.close()
    return {table: len(rows) for table, rows in held.items()}
