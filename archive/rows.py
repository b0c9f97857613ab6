"""Row reads and writes on the crawl's hot path, as plain SQL built once per table and columns.

sqlite-utils' ``insert``, ``upsert``, ``update`` and ``rows_where`` look the
table up on every call (does it exist, its columns, whether it has a rowid)
and wrap each write in a savepoint: ~0.3 ms a call, several calls a page, in
the crawl process. These functions run the statements sqlite-utils would run
(the same columns and values; lists and dicts stored as JSON, as sqlite-utils
stores them), each built once and kept, so SQLite's statement cache keeps it
prepared. Schema and migrations stay with sqlite-utils (``archive.schema``);
the caller holds the transaction (``db.atomic()``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

_SQL: dict[tuple, str] = {}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _value(value: Any) -> Any:
    return json.dumps(value, default=repr, ensure_ascii=False) if isinstance(value, (dict, list, tuple)) else value


def insert(db: sqlite_utils.Database, table: str, row: Mapping[str, Any]) -> int:
    """Insert `row`; its rowid."""
    key = ("insert", table, *row)
    sql = _SQL.get(key)
    if sql is None:
        sql = _SQL[key] = (f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, row))}) "
                           f"VALUES ({', '.join('?' for _ in row)})")
    return db.conn.execute(sql, [_value(v) for v in row.values()]).lastrowid


def upsert(db: sqlite_utils.Database, table: str, row: Mapping[str, Any], conflict: str) -> int:
    """Insert `row`, or update the row with its `conflict` value (a unique column): the columns
    given are set, the others kept. The rowid of a row inserted (of an updated one: not this)."""
    key = ("upsert", table, conflict, *row)
    sql = _SQL.get(key)
    if sql is None:
        updates = ", ".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in row if c != conflict)
        sql = _SQL[key] = (f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, row))}) "
                           f"VALUES ({', '.join('?' for _ in row)}) ON CONFLICT({_quote(conflict)}) DO UPDATE SET {updates}")
    return db.conn.execute(sql, [_value(v) for v in row.values()]).lastrowid


def update(db: sqlite_utils.Database, table: str, row_id: int, changes: Mapping[str, Any]) -> None:
    """Set `changes` on the row whose id is `row_id`."""
    if not changes:
        return
    key = ("update", table, *changes)
    sql = _SQL.get(key)
    if sql is None:
        sql = _SQL[key] = f"UPDATE {_quote(table)} SET {', '.join(f'{_quote(c)} = ?' for c in changes)} WHERE id = ?"
    db.conn.execute(sql, [*(_value(v) for v in changes.values()), row_id])


def first(db: sqlite_utils.Database, sql: str, params: Sequence[Any]) -> dict | None:
    """The first row `sql` selects, as a dict, or None."""
    cursor = db.conn.execute(sql, params)
    row = cursor.fetchone()
    return None if row is None else dict(zip([d[0] for d in cursor.description], row))
