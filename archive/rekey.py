"""Books keyed again when `archive.books.book_key` changes, merging the rows that now share a key.

A key change splits nothing and only ever joins: migration m011 gave names in Chinese, Japanese and Korean
script one key with or without the space between their parts ("谷崎 潤一郎" and "谷崎潤一郎" had been two
books), and stopped dropping one-letter words of scripts without case ("幸田 文" had been keyed as "幸田").
Each book whose key comes out different is moved to its new key; where another book already holds that key,
its reviews move there (the count triggers of archive/counts.py follow them), the kept book takes the better
display title and author of the two, and the emptied row goes. `author_stats` is keyed by the author half of
`books.key`, which no trigger watches, so it is counted again at the end.

Only authors with a character outside ASCII are keyed again: an ASCII name's key did not change. Run inside
the migration's transaction: killed part way, the archive stays as it was.
"""

from __future__ import annotations

import sqlite_utils

from archive import counts
from archive.books import book_key, display_author, display_title


def rekey_books(db: sqlite_utils.Database) -> dict[str, int]:
    """Key every book again by today's `book_key`; returns how many were moved and how many merged."""
    moved = merged = 0
    candidates = [row[0] for row in db.execute(
        "select id from books where author is not null and author glob '*[^ -~]*' order by id").fetchall()]
    for book_id in candidates:
        row = db.execute("select key, title, author, year, publisher from books where id = ?", [book_id]).fetchone()
        if row is None or not (row[1] or "").strip():  # merged away already, or no title to key by
            continue
        key, title, author, year, publisher = row
        new = book_key(title, author)
        if new == key:
            continue
        other = db.execute("select id, title, author, year, publisher from books where key = ?", [new]).fetchone()
        if other is None:
            db.execute("update books set key = ? where id = ?", [new, book_id])
            moved += 1
            continue
        other_id, other_title, other_author, other_year, other_publisher = other
        db.execute("update reviews set book_id = ? where book_id = ?", [other_id, book_id])
        db.execute(
            "update books set title = ?, author = ?, year = ?, publisher = ? where id = ?",
            [display_title([other_title, title]), display_author([other_author, author]),
             other_year or year, other_publisher or publisher, other_id],
        )
        db.execute("delete from books where id = ?", [book_id])
        merged += 1
    if moved or merged:
        counts.refill(db, ("author_stats",))
    return {"moved": moved, "merged": merged}
