"""`fts_query(q)` SQL function, so canned searches accept what readers type.

Raw FTS5 syntax errors on ordinary input (an apostrophe, a hyphen, "AND" at the
end); Datasette's own escape_fts quotes each word and keeps "quoted phrases".
An empty query becomes `""`, which matches nothing instead of failing, so the
search page opens cleanly before anything is typed.
"""

from datasette import hookimpl
from datasette.utils import escape_fts

MATCH_NOTHING = '""'


def fts_query(q: str | None) -> str:
    return escape_fts(q or "") or MATCH_NOTHING


@hookimpl
def prepare_connection(conn):
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
